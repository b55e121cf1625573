import type { StaffContext } from '../../http/context.ts';
import { ENTITY, load } from '../blue-card/service.ts';
import * as repo from './repo.ts';

/**
 * The Niebieska Karta team's view of the commission's proceedings linked to its procedure. The
 * procedure's own gate answers a viewer outside the compartment with 404, as for a missing id, and
 * the SQL repeats the test; the read is logged as one of the procedure, so it stays in the compartment.
 */
export async function linkedToBlueCard(ctx: StaffContext, procedureId: string) {
  await load(ctx, procedureId);
  const items = await repo.linkedToBlueCard(ctx.q, procedureId, ctx.actor.id);
  await ctx.audit({
    action: 'read',
    entity: ENTITY,
    entityId: procedureId,
    details: { alcoholProceedings: items.map((p) => p.id) },
    persons: [...new Set(items.map((p) => p.person.id))],
  });
  return { items };
}
