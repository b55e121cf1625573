import type { UkrStatusData } from '@ostoja/domain/registry/ukr-status';
import type { StaffContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { personScope } from './access.ts';
import * as repo from './ukr-status-repo.ts';

// A person's UKR status (art. 4 of the act of 12.03.2022 on help to citizens of Ukraine): read
// with its history, and set by those who keep the registry. A sealed person looks missing.

async function answer(ctx: StaffContext, row: repo.UkrStatusRow) {
  const { citizenship: _c, documentType: _d, ...status } = row;
  return { ...status, history: await repo.history(ctx.q, row.personId) };
}

export async function getUkrStatus(ctx: StaffContext, personId: string) {
  const row = await repo.findStatus(ctx.q, personId, personScope(ctx.actor));
  if (!row) throw notFound();
  await ctx.audit({ action: 'read', entity: 'personUkrStatus', entityId: personId, persons: [personId] });
  return answer(ctx, row);
}

export async function setUkrStatus(ctx: StaffContext, personId: string, s: UkrStatusData) {
  const before = await repo.findStatus(ctx.q, personId, personScope(ctx.actor), true);
  if (!before) throw notFound();
  await repo.setStatus(ctx.q, personId, s, ctx.actor.id);
  await ctx.audit({
    action: 'update',
    entity: 'personUkrStatus',
    entityId: personId,
    details: {
      from: before.status,
      to: s.status,
      since: s.since,
      lostOn: s.lostOn,
      lostReason: s.lostReason,
    },
    persons: [personId],
  });
  return answer(ctx, { ...before, ...s });
}
