import type { StaffContext } from '../../http/context.ts';
import { conflict } from '../../http/errors.ts';
import * as repo from './merge-repo.ts';

/**
 * Decision 0015: a person first registered through a Niebieska Karta procedure becomes known to
 * the centre when ordinary help is filed for them (an application, a benefit, a service, a fee, a
 * receivable). Only a member of the compartment can name a sealed person (everyone else meets a
 * missing one), so calling this after the caller's visibility check releases exactly the persons a
 * member chose, in the caller's transaction. The registry entry is unsealed; the procedures, the
 * person's roles in them and what the audit log holds from before stay in the compartment. The
 * release is logged on each procedure, where only the compartment reads it.
 *
 * `paths` names the request field of each person, for the 409 when the open registry already holds
 * a record with the same PESEL (the two must be merged first, or the PESEL would be there twice).
 */
export async function knownToCentre(ctx: StaffContext, persons: readonly { id: string; path: string }[]) {
  const sealed = await repo.sealedOf(
    ctx.q,
    persons.map((p) => p.id),
  );
  for (const s of sealed) {
    const path = persons.find((p) => p.id === s.id)!.path;
    if (s.pesel && (await repo.openRecordWithPesel(ctx.q, s.pesel, s.id)))
      throw conflict('sealedDuplicate', 'error.registry.sealedDuplicate', [
        { path, message: 'validation.registry.sealedDuplicate' },
      ]);
    for (const procedureId of await repo.release(ctx.q, s.id, ctx.actor.id))
      await ctx.audit({
        action: 'releasePerson',
        entity: 'blueCardProcedure',
        entityId: procedureId,
        details: { personId: s.id, field: path },
      });
  }
  return sealed.length;
}
