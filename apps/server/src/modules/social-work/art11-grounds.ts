import { art11Justification } from '@ostoja/domain/social-work/art11';
import { contractStatus } from '@ostoja/domain/social-work/contract-workflow';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import { personVisible } from '../registry/access.ts';
import { householdUnsealed } from './access.ts';
import * as repo from './repo.ts';

// Art. 11 ust. 2 ups for the clerk: the broken social contracts of the household a person lives in,
// each with the justification drafted from its case file, and the check a refusal, revocation or
// suspension makes before it rests on one. The clerk works on the household's benefits, not its
// social work, so the scope is the compartment seal, not the case file's team.

async function broken(ctx: StaffContext, personId: string) {
  const all = await repo.contractsOfPersonHousehold(
    ctx.q,
    personId,
    householdUnsealed(ctx.actor, 'c.household_id'),
  );
  return all.filter((k) => contractStatus(k.actions) === 'broken');
}

/** A broken contract's breach and the justification drafted from it and the case file's last notes. */
export async function draftedJustification(q: Queryable, k: repo.ContractRow) {
  const breach = k.actions.findLast((a) => a.type === 'break')!;
  const notes = await repo.listNotes(q, k.caseFileId, null, null, 5);
  const justification = art11Justification({
    contractNumber: k.number,
    concludedOn: k.concludedOn,
    personName: k.person.fullName,
    personObligations: k.personObligations,
    brokenOn: breach.on,
    breachNote: breach.note,
    notes,
  });
  return { brokenOn: breach.on, justification };
}

/** The broken contracts of the person's household, with their drafted justifications (a logged read). */
export async function brokenContracts(ctx: StaffContext, personId: string) {
  if (!(await personVisible(ctx.q, ctx.actor, personId))) throw notFound();
  const items = [];
  for (const k of await broken(ctx, personId))
    items.push({
      contractId: k.id,
      number: k.number,
      personName: k.person.fullName,
      ...(await draftedJustification(ctx.q, k)),
    });
  await ctx.audit({
    action: 'read',
    entity: 'socialContract',
    entityId: personId,
    details: { art11: items.map((i) => i.number) },
    persons: [personId],
  });
  return { items, nextCursor: null };
}

/** The contract a decision on art. 11 ust. 2 rests on: broken, in the person's household; else a 400 on the field. */
export async function art11Contract(ctx: StaffContext, contractId: string, personId: string) {
  const k = (await broken(ctx, personId)).find((x) => x.id === contractId);
  if (!k) throw fieldError('art11ContractId', 'validation.art11.notBroken');
  return { number: k.number };
}
