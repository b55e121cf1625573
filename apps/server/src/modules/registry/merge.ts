import { todayInPoland } from '@ostoja/domain/shared/validation';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { personVisible } from './access.ts';
import * as repo from './merge-repo.ts';
import { getPerson } from './service.ts';

const mergeConflict = (detail: string) => {
  const e = conflict('mergeConflict', 'error.registry.mergeConflict', [
    { path: 'intoId', message: 'validation.registry.mergeConflict' },
  ]);
  e.extra = { detail };
  return e;
};

/**
 * Decision 0015: two records of one human become one. Every reference to the duplicate (`id`) moves
 * onto the kept record (`intoId`) in this transaction, found in the catalog; the duplicate is
 * deleted and a row of person_merge leads its old id to the kept record. A person the actor may not
 * see is missing (404 for the duplicate, 400 on `intoId` for the kept one), as everywhere.
 */
export async function mergePersons(ctx: StaffContext, id: string, intoId: string) {
  if (!(await personVisible(ctx.q, ctx.actor, id))) throw notFound();
  if (intoId === id) throw fieldError('intoId', 'validation.registry.mergeSame');
  if (!(await personVisible(ctx.q, ctx.actor, intoId)))
    throw fieldError('intoId', 'validation.registry.mergeUnknown');
  const pair = await repo.lockPair(ctx.q, id, intoId);
  const dup = pair.get(id);
  const kept = pair.get(intoId);
  if (!dup) throw notFound();
  if (!kept) throw fieldError('intoId', 'validation.registry.mergeUnknown');
  if (dup.pesel && kept.pesel && dup.pesel !== kept.pesel)
    throw conflict('peselDiffers', 'error.registry.peselDiffers', [
      { path: 'intoId', message: 'validation.registry.peselDiffers' },
    ]);
  // Recorded first: the ledger lets a row move only to the person a recorded merge kept.
  await repo.recordMerge(ctx.q, dup, intoId, ctx.actor.id);
  await repo.settleDuplicates(ctx.q, id, intoId, todayInPoland());
  const moved = await repo.moveReferences(ctx.q, await repo.personColumns(ctx.q), id, intoId).catch(refused);
  await repo.deletePerson(ctx.q, id).catch(refused);
  // One record known to the centre stays known: sealed only when both were (decision 0015).
  const sealed = dup.sealed && kept.sealed;
  if (!sealed && kept.sealed) await repo.release(ctx.q, intoId, ctx.actor.id);
  else if (!sealed) await repo.unsealRoles(ctx.q, intoId);
  await repo.settleKept(ctx.q, intoId, dup.pesel, sealed).catch(refused);
  const details = { mergedId: id, intoId, moved };
  if (dup.sealed || kept.sealed) {
    // Naming a sealed record to the log's outside readers would tell them it existed: the entry
    // goes on the procedures, which only the compartment reads.
    for (const procedureId of await repo.proceduresOf(ctx.q, intoId))
      await ctx.audit({ action: 'mergePerson', entity: 'blueCardProcedure', entityId: procedureId, details });
    if (!kept.sealed)
      await ctx.audit({ action: 'merge', entity: 'person', entityId: intoId, details: { intoId } });
  } else
    await ctx.audit({ action: 'merge', entity: 'person', entityId: intoId, details, persons: [id, intoId] });
  return getPerson(ctx, intoId);
}

/** A unique index or a log that refuses the move: nothing is written, the clerk is told why. */
function refused(e: unknown): never {
  const code = (e as { code?: string }).code;
  if (code === '23505' || code === '42501' || code === '23503')
    throw mergeConflict((e as { constraint?: string }).constraint ?? (e as Error).message);
  throw e;
}
