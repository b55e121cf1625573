import { formatMoney } from '@ostoja/domain/benefits/explanation';
import type {
  CreateFuneral,
  FuneralCostLimitInput,
  FuneralHomeInput,
  FuneralInvoiceInput,
  FuneralQuery,
  FuneralRecoveryInput,
} from '@ostoja/domain/funerals/funeral';
import { funeralProblems, limitOn, recoveryBalance } from '@ostoja/domain/funerals/rules';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { badRequest, conflict, fieldError } from '../../http/errors.ts';
import { namePage } from '../../shared/cursor.ts';
import { localLaw } from '../../shared/local-law.ts';
import { nextNumber } from '../../shared/register.ts';
import { personVisible } from '../registry/access.ts';
import { personRegister } from '../registry/person-register.ts';
import { knownToCentre } from '../registry/release.ts';
import * as repo from './repo.ts';

// Sprawienie pogrzebu (art. 44 ups): the contracted funeral homes, the council's cost limit, the
// funerals the centre arranges and the recovery of their cost (art. 96 ust. 3 ups). Each use case
// runs in the route's one transaction.

const ENTITY = 'funeral';

export const listHomes = namePage(repo.listHomes);

export async function addHome(ctx: StaffContext, input: z.output<typeof FuneralHomeInput>) {
  const id = await repo.insertHome(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'funeralHome', entityId: id, details: { name: input.name } });
  return (await repo.findHome(ctx.q, id))!;
}

/** The council's cost limits; a new one is data, an existing one is never changed, so funerals keep theirs. */
export const { list: listLimits, add: addLimit } = localLaw({
  entity: 'funeralCostLimit',
  taken: { message: 'funerals.limitExists', field: 'resolutionNumber' },
  details: (l: z.output<typeof FuneralCostLimitInput>) => ({
    resolutionNumber: l.resolutionNumber,
    validFrom: l.validFrom,
  }),
  list: repo.listLimits,
  find: repo.findLimit,
  exists: repo.limitExists,
  insert: repo.insertLimit,
});

const view = (f: repo.FuneralRow) => {
  const { pesel: _, funeralHomeAddress: __, contractNumber: ___, ...rest } = f;
  return { ...rest, ...recoveryBalance(f.costGrosze, f.recoveries) };
};

const register = personRegister(ENTITY, repo.listFunerals, repo.findFuneral, (f) => f.orderedOn, view);

export const listFunerals = (ctx: StaffContext, query: z.output<typeof FuneralQuery>) =>
  register.page(ctx, { personId: query.personId ?? null, outstanding: query.outstanding === 'true' }, query);

/** The funeral as stored, within the actor's scope (a sealed deceased answers as missing). */
export const funeralRow = register.row;

export const getFuneral = async (ctx: StaffContext, id: string) => view(await funeralRow(ctx, id));

/**
 * Logs a change of the funeral `id` (naming the deceased) as the funeral's own or as `record`'s,
 * and answers the funeral as it now is.
 */
async function changed(
  ctx: StaffContext,
  id: string,
  personId: string,
  action: 'create' | 'update',
  details: Record<string, unknown>,
  record: { entity: string; entityId: string } = { entity: ENTITY, entityId: id },
) {
  await ctx.audit({ action, ...record, details, persons: [personId] });
  return getFuneral(ctx, id);
}

/**
 * Art. 44 ups: the centre arranges a funeral through a contracted funeral home, within the cost limit
 * of the council's resolution in force on the order's day (above it only with a written reason).
 * No decision (art. 106 ust. 2): the order is numbered in its own register.
 */
export async function arrange(ctx: StaffContext, input: z.output<typeof CreateFuneral>) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.funerals.unknownPerson');
  if (!(await repo.findHome(ctx.q, input.funeralHomeId)))
    throw fieldError('funeralHomeId', 'validation.funerals.unknownHome');
  const limit = limitOn(await repo.limitsUpTo(ctx.q, input.orderedOn), input.orderedOn);
  const problems = funeralProblems({ ...input, overLimitReason: input.overLimitReason ?? null }, limit);
  if (problems.length) throw badRequest(problems);
  const already = await repo.funeralOf(ctx.q, input.personId);
  if (already)
    throw conflict('funerals.already', `error.funerals.already?number=${already.number}`, [
      { path: 'personId', message: `error.funerals.already?number=${already.number}` },
    ]);
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  const number = await nextNumber(ctx.q, 'funeral', 'POG', input.orderedOn, 4);
  const id = await repo.insertFuneral(
    ctx.q,
    {
      ...input,
      number,
      placeOfDeath: input.placeOfDeath ?? null,
      limitId: limit!.id,
      overLimitReason: input.overLimitReason ?? null,
    },
    ctx.actor.id,
  );
  return changed(ctx, id, input.personId, 'create', {
    number,
    personId: input.personId,
    costGrosze: input.costGrosze,
  });
}

/** The funeral home's invoice: its amount becomes the cost, held to the same limit. */
export async function recordInvoice(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof FuneralInvoiceInput>,
) {
  const f = await funeralRow(ctx, id);
  const reason = input.overLimitReason ?? f.overLimitReason;
  if (input.invoiceGrosze > f.limitGrosze && !reason)
    throw fieldError('overLimitReason', 'validation.funerals.overLimitReason');
  if (input.issuedOn < f.orderedOn) throw fieldError('issuedOn', 'validation.funerals.recoveryBeforeOrder');
  await repo.setInvoice(ctx.q, id, { ...input, overLimitReason: input.overLimitReason ?? null });
  const details = { invoiceNumber: input.invoiceNumber, invoiceGrosze: input.invoiceGrosze };
  return changed(ctx, id, f.personId, 'update', details);
}

/** Art. 96 ust. 3 ups: a demand sent or money received; what is received never passes the cost. */
export async function addRecovery(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof FuneralRecoveryInput>,
) {
  await repo.lockFuneral(ctx.q, id);
  const f = await funeralRow(ctx, id);
  if (input.on < f.orderedOn) throw fieldError('on', 'validation.funerals.recoveryBeforeOrder');
  const { receivedGrosze } = recoveryBalance(f.costGrosze, f.recoveries);
  if (input.kind === 'received' && receivedGrosze + input.amountGrosze > f.costGrosze)
    throw fieldError(
      'amountGrosze',
      `validation.funerals.receivedOverCost?cost=${encodeURIComponent(formatMoney(f.costGrosze, 'pl'))}`,
    );
  const recoveryId = await repo.insertRecovery(ctx.q, id, input, ctx.actor.id);
  const details = { funeralId: id, source: input.source, kind: input.kind, amountGrosze: input.amountGrosze };
  return changed(ctx, id, f.personId, 'create', details, { entity: 'funeralRecovery', entityId: recoveryId });
}
