import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { receivablePostings, repaymentPostings, waiverPostings } from '@ostoja/domain/payments/ledger';
import {
  instalmentPlan,
  outstanding,
  overdueAmount,
  receivableLegalBasis,
  receivableStatus,
} from '@ostoja/domain/payments/receivable';
import type { CreateReceivable, Repayment, Waiver } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as ledger from './ledger-repo.ts';
import * as repo from './receivables-repo.ts';

// Receivables from undue or repayable benefits (art. 104 ups): established by decision with
// amount, due date and instalments; recovered by repayment or by deduction from payments;
// waived in part or whole by decision. Every change is a balanced ledger transaction.

/** Receivable and waiver decisions share the centre's decision register (configuration [M]). */

function present(r: repo.ReceivableRow, today: string) {
  const left = outstanding(r);
  return {
    ...r,
    outstanding: left,
    /** What a repayment or waiver may take now: deductions of payments not yet paid are reserved. */
    available: left - r.reserved,
    status: receivableStatus(r),
    overdue: overdueAmount(r.instalments, r, today),
  };
}

export async function getReceivable(ctx: StaffContext, id: string) {
  const r = await repo.find(ctx.q, id, false, personScope(ctx.actor));
  if (!r) throw notFound();
  const history = await repo.history(ctx.q, id);
  await ctx.audit({ action: 'read', entity: 'receivable', entityId: id, persons: [r.personId] });
  return { ...present(r, todayInPoland()), history };
}

/** Logs a change of the receivable (its creation, a repayment, a waiver) and answers it as it now is. */
async function changed(ctx: StaffContext, id: string, action: string, details: Record<string, unknown>) {
  await ctx.audit({ action, entity: 'receivable', entityId: id, details });
  return getReceivable(ctx, id);
}

/**
 * Receivables, the newest decision first (keyset on decided date and id): all, only those with
 * something outstanding, or one person's. The clerk's list; details come from getReceivable.
 */
export async function listReceivables(
  ctx: StaffContext,
  f: { open: boolean; personId: string | null; after: string | undefined; limit: number },
) {
  const after = decodeCursor(ReceivableCursor, f.after);
  const [text, params] = repo.list(personScope(ctx.actor), { ...f, after });
  // The page and its audit entry (the debtors shown) in one statement.
  const rows = await ctx.readLogged<repo.ReceivableListRow>(text, params, {
    entry: { action: 'search', entity: 'receivable', entityId: f.personId, details: { open: f.open } },
    personsColumn: 'personId',
    shown: f.limit,
  });
  const today = todayInPoland();
  const page = toPage(
    rows,
    f.limit,
    (x) => [x.decidedOn, x.id],
    ({ instalments, ...x }) => ({
      ...x,
      outstanding: outstanding(x),
      status: receivableStatus(x),
      overdue: overdueAmount(instalments, x, today),
    }),
  );
  return page;
}

const ReceivableCursor = z.tuple([keyDate, keyId]);

/**
 * `legalBasis`: the articles a module names itself (the alimony fund's undue-benefit ground);
 * otherwise the act of the source decision's benefit (receivableLegalBasis).
 */
export async function createReceivable(
  ctx: StaffContext,
  input: z.output<typeof CreateReceivable>,
  legalBasis?: string,
) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.invalidOption');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  const source = input.sourceDecisionId ? await repo.decisionApplicant(ctx.q, input.sourceDecisionId) : null;
  if (input.sourceDecisionId && source?.personId !== input.personId)
    throw fieldError('sourceDecisionId', 'validation.payments.decisionOfAnotherPerson');
  if (input.dueOn < input.decidedOn) throw fieldError('dueOn', 'validation.payments.dueBeforeDecision');
  if (input.instalments > input.amount)
    throw fieldError('instalments', 'validation.payments.tooManyInstalments');
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const plan = instalmentPlan(input.amount, input.instalments, input.dueOn);
  const id = await repo.insert(ctx.q, {
    number,
    kind: input.kind,
    personId: input.personId,
    sourceDecisionId: input.sourceDecisionId ?? null,
    months: input.months,
    decidedOn: input.decidedOn,
    legalBasis: legalBasis ?? receivableLegalBasis(input.kind, source?.benefit ?? null),
    amount: input.amount,
    dueOn: input.dueOn,
    instalments: plan,
    deductFromPayments: input.deductFromPayments,
    deductionCap: input.deductionCap ?? null,
    justification: input.justification,
    createdBy: ctx.actor.id,
  });
  await ledger.post(ctx.q, [
    {
      personId: input.personId,
      kind: 'receivable',
      onDate: input.decidedOn,
      receivableId: id,
      document: number,
      memo: input.justification,
      createdBy: ctx.actor.id,
      postings: receivablePostings(input.amount),
    },
  ]);
  return changed(ctx, id, 'create', { number, amount: input.amount });
}

async function forChange(ctx: StaffContext, id: string, on: string, field: 'paidOn' | 'decidedOn') {
  const r = await repo.find(ctx.q, id, true, personScope(ctx.actor));
  if (!r) throw notFound();
  if (on < r.decidedOn) throw fieldError(field, 'validation.payments.beforeDecision');
  return { r, available: outstanding(r) - r.reserved };
}

const tooMuch = (available: number) =>
  fieldError('amount', `validation.payments.exceedsOutstanding?max=${formatMoney(available, 'pl')}`);

/** The person repays by transfer or at the cash desk. */
export async function repay(ctx: StaffContext, id: string, input: z.output<typeof Repayment>) {
  const { r, available } = await forChange(ctx, id, input.paidOn, 'paidOn');
  if (input.amount > available) throw tooMuch(available);
  await repo.add(ctx.q, id, 'recovered', input.amount);
  await ledger.post(ctx.q, [
    {
      personId: r.personId,
      kind: 'repayment',
      onDate: input.paidOn,
      receivableId: id,
      createdBy: ctx.actor.id,
      postings: repaymentPostings(input.amount, input.channel),
    },
  ]);
  return changed(ctx, id, 'repayment', { amount: input.amount });
}

/** Art. 104 ust. 4: the organ waives the receivable in part or in whole, by decision. */
export async function waive(ctx: StaffContext, id: string, input: z.output<typeof Waiver>) {
  const { r, available } = await forChange(ctx, id, input.decidedOn, 'decidedOn');
  if (input.whole && r.reserved > 0)
    throw conflict('receivableReserved', 'error.payments.receivableReserved');
  const amount = input.whole ? available : input.amount!;
  if (amount <= 0) throw conflict('nothingOutstanding', 'error.payments.nothingOutstanding');
  if (amount > available) throw tooMuch(available);
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  await repo.add(ctx.q, id, 'waived', amount);
  await ledger.post(ctx.q, [
    {
      personId: r.personId,
      kind: 'waiver',
      onDate: input.decidedOn,
      receivableId: id,
      document: number,
      memo: input.reason,
      createdBy: ctx.actor.id,
      postings: waiverPostings(amount),
    },
  ]);
  return changed(ctx, id, 'waiver', { number, amount });
}

/** A person's ledger with the receivables it reflects. */
export async function personLedger(ctx: StaffContext, personId: string) {
  if (!(await personVisible(ctx.q, ctx.actor, personId))) throw notFound();
  const today = todayInPoland();
  const receivables = [];
  for (const id of await repo.idsOfPerson(ctx.q, personId))
    receivables.push(present((await repo.find(ctx.q, id))!, today));
  const payments = await repo.personPayments(ctx.q, personId);
  await ctx.audit({ action: 'read', entity: 'ledger', entityId: personId, persons: [personId] });
  return { personId, ...(await ledger.personLedger(ctx.q, personId)), receivables, payments };
}
