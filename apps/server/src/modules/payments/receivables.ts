import { decisionNumber } from '@ostoja/domain/applications/decision';
import { formatMoney } from '@ostoja/domain/benefits/explanation';
import { receivablePostings, repaymentPostings, waiverPostings } from '@ostoja/domain/payments/ledger';
import {
  type Instalment,
  instalmentPlan,
  outstanding,
  overdueAmount,
  RECEIVABLE_LEGAL_BASIS,
  receivableStatus,
} from '@ostoja/domain/payments/receivable';
import type { CreateReceivable, Repayment, Waiver } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import { centreSettings } from '../../config.ts';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextInRegister } from '../../shared/register.ts';
import { personScope, personVisible } from '../registry/access.ts';
import * as ledger from './ledger-repo.ts';
import { MONTH } from './repo.ts';
import { UNPAID_LIVE } from './runs-repo.ts';

// Receivables from undue or repayable benefits (art. 104 ups): established by decision with
// amount, due date and instalments; recovered by repayment or by deduction from payments;
// waived in part or whole by decision. Every change is a balanced ledger transaction.

/** Receivable and waiver decisions share the centre's decision register (configuration [M]). */

interface ReceivableRow {
  id: string;
  number: string;
  kind: 'undueBenefit' | 'repayableBenefit';
  personId: string;
  personName: string;
  sourceDecisionId: string | null;
  months: string[];
  decidedOn: string;
  legalBasis: string;
  amount: number;
  dueOn: string;
  instalments: Instalment[];
  deductFromPayments: boolean;
  deductionCap: number | null;
  recovered: number;
  waived: number;
  justification: string;
  reserved: number;
}

/** `scope`: the registry's row scope on `p` (a receivable of a sealed person is not found); TRUE inside a use case that found it already. */
async function find(q: Queryable, id: string, forUpdate = false, scope = 'TRUE') {
  if (forUpdate) await q.query('SELECT 1 FROM receivable WHERE id = $1 FOR UPDATE', [id]);
  const r = await q.query<ReceivableRow>(
    `SELECT r.id, r.number, r.kind, r.person_id AS "personId", p.first_name || ' ' || p.surname AS "personName",
            r.source_decision_id AS "sourceDecisionId", r.months, r.decided_on AS "decidedOn",
            r.legal_basis AS "legalBasis", r.amount, r.due_on AS "dueOn", r.instalments,
            r.deduct_from_payments AS "deductFromPayments", r.deduction_cap AS "deductionCap", r.recovered, r.waived,
            r.justification,
            COALESCE((SELECT sum(d.amount) FROM payment_deduction d JOIN payment_item i ON i.id = d.payment_item_id
                       WHERE d.receivable_id = r.id AND i.status IN ${UNPAID_LIVE}), 0)::int AS reserved
       FROM receivable r JOIN person p ON p.id = r.person_id WHERE r.id = $1 AND ${scope}`,
    [id],
  );
  return r.rows[0] ?? null;
}

function present(r: ReceivableRow, today: string) {
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
  const r = await find(ctx.q, id, false, personScope(ctx.actor));
  if (!r) throw notFound();
  const history = await ctx.q.query(
    `SELECT t.kind, t.on_date AS "onDate", t.document, t.memo, t.payment_item_id AS "paymentItemId",
            -COALESCE((SELECT sum(e.amount) FROM ledger_entry e WHERE e.txn_id = t.id AND e.account = 'receivable'), 0)
              AS "reducedBy"
       FROM ledger_txn t WHERE t.receivable_id = $1
     UNION ALL
     SELECT 'deduction', i.paid_on, i.decision_number, i.title, i.id, d.amount
       FROM payment_deduction d JOIN payment_item i ON i.id = d.payment_item_id
      WHERE d.receivable_id = $1 AND i.status IN ('paid', 'returned')
      ORDER BY 2, 1`,
    [id],
  );
  await ctx.audit({ action: 'read', entity: 'receivable', entityId: id });
  return { ...present(r, todayInPoland()), history: history.rows };
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
  const r = await ctx.q.query<Omit<ReceivableRow, 'justification' | 'reserved' | 'legalBasis' | 'months'>>(
    `SELECT r.id, r.number, r.kind, r.person_id AS "personId", p.first_name || ' ' || p.surname AS "personName",
            r.source_decision_id AS "sourceDecisionId", r.decided_on AS "decidedOn", r.amount, r.due_on AS "dueOn",
            r.instalments, r.deduct_from_payments AS "deductFromPayments", r.deduction_cap AS "deductionCap",
            r.recovered, r.waived
       FROM receivable r JOIN person p ON p.id = r.person_id
      WHERE (NOT $1 OR r.recovered + r.waived < r.amount) AND ($2::uuid IS NULL OR r.person_id = $2)
        AND ${personScope(ctx.actor)}
        AND ($3::date IS NULL OR (r.decided_on, r.id) < ($3::date, $4::uuid))
      ORDER BY r.decided_on DESC, r.id DESC LIMIT $5`,
    [f.open, f.personId, after?.[0] ?? null, after?.[1] ?? null, f.limit + 1],
  );
  const today = todayInPoland();
  const page = toPage(
    r.rows,
    f.limit,
    (x) => [x.decidedOn, x.id],
    ({ instalments, ...x }) => ({
      ...x,
      outstanding: outstanding(x),
      status: receivableStatus(x),
      overdue: overdueAmount(instalments, x, today),
    }),
  );
  await ctx.audit({
    action: 'search',
    entity: 'receivable',
    entityId: f.personId,
    details: { open: f.open },
  });
  return page;
}

const ReceivableCursor = z.tuple([keyDate, keyId]);

async function nextDecisionNumber(q: Queryable, on: string) {
  const year = Number(on.slice(0, 4));
  return decisionNumber(centreSettings().decisionPrefix, await nextInRegister(q, 'decision', year), year);
}

export async function createReceivable(ctx: StaffContext, input: z.output<typeof CreateReceivable>) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.invalidOption');
  if (input.sourceDecisionId) {
    const d = await ctx.q.query<{ personId: string }>(
      `SELECT COALESCE(a.applicant_id, f.applicant_id) AS "personId" FROM decision d
         LEFT JOIN application a ON a.id = d.application_id
         LEFT JOIN family_benefit_application f ON f.id = d.family_benefit_application_id WHERE d.id = $1`,
      [input.sourceDecisionId],
    );
    if (d.rows[0]?.personId !== input.personId)
      throw fieldError('sourceDecisionId', 'validation.payments.decisionOfAnotherPerson');
  }
  if (input.dueOn < input.decidedOn) throw fieldError('dueOn', 'validation.payments.dueBeforeDecision');
  if (input.instalments > input.amount)
    throw fieldError('instalments', 'validation.payments.tooManyInstalments');
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const plan = instalmentPlan(input.amount, input.instalments, input.dueOn);
  const r = await ctx.q.query<{ id: string }>(
    `INSERT INTO receivable (number, kind, person_id, source_decision_id, months, decided_on, legal_basis, amount, due_on,
       instalments, deduct_from_payments, deduction_cap, justification, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      number,
      input.kind,
      input.personId,
      input.sourceDecisionId ?? null,
      input.months,
      input.decidedOn,
      RECEIVABLE_LEGAL_BASIS[input.kind],
      input.amount,
      input.dueOn,
      JSON.stringify(plan),
      input.deductFromPayments,
      input.deductionCap ?? null,
      input.justification,
      ctx.actor.id,
    ],
  );
  const id = r.rows[0]!.id;
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
  await ctx.audit({
    action: 'create',
    entity: 'receivable',
    entityId: id,
    details: { number, amount: input.amount },
  });
  return getReceivable(ctx, id);
}

async function forChange(ctx: StaffContext, id: string, on: string, field: 'paidOn' | 'decidedOn') {
  const r = await find(ctx.q, id, true, personScope(ctx.actor));
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
  await ctx.q.query('UPDATE receivable SET recovered = recovered + $2, version = version + 1 WHERE id = $1', [
    id,
    input.amount,
  ]);
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
  await ctx.audit({
    action: 'repayment',
    entity: 'receivable',
    entityId: id,
    details: { amount: input.amount },
  });
  return getReceivable(ctx, id);
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
  await ctx.q.query('UPDATE receivable SET waived = waived + $2, version = version + 1 WHERE id = $1', [
    id,
    amount,
  ]);
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
  await ctx.audit({ action: 'waiver', entity: 'receivable', entityId: id, details: { number, amount } });
  return getReceivable(ctx, id);
}

/** A person's ledger with the receivables it reflects. */
export async function personLedger(ctx: StaffContext, personId: string) {
  if (!(await personVisible(ctx.q, ctx.actor, personId))) throw notFound();
  const ids = await ctx.q.query<{ id: string }>(
    'SELECT id FROM receivable WHERE person_id = $1 ORDER BY decided_on, id',
    [personId],
  );
  const today = todayInPoland();
  const receivables = [];
  for (const { id } of ids.rows) receivables.push(present((await find(ctx.q, id))!, today));
  const payments = await ctx.q.query(
    `SELECT i.id, ${MONTH('i.month')} AS month, i.benefit, i.amount, i.deduction, i.method, i.status, i.paid_on AS "paidOn",
            i.returned_on AS "returnedOn", i.decision_number AS "decisionNumber"
       FROM payment_item i WHERE i.person_id = $1 AND i.status NOT IN ('excluded', 'expired')
      ORDER BY i.month DESC, i.ref DESC LIMIT 500`,
    [personId],
  );
  await ctx.audit({ action: 'read', entity: 'ledger', entityId: personId });
  return { personId, ...(await ledger.personLedger(ctx.q, personId)), receivables, payments: payments.rows };
}
