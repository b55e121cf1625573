import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';

// SQL of payment schedules and suspensions. Months are dates (the 1st) in SQL, "YYYY-MM" in the API.

export const MONTH = (col: string) => `to_char(${col}, 'YYYY-MM')`;

export interface ScheduleItemRow {
  id: string;
  decisionId: string;
  personId: string;
  benefit: string;
  month: string;
  amount: number;
  days: number | null;
  kind: 'regular' | 'reissue';
  method: 'transfer' | 'cashDesk';
  iban: string | null;
  recipientName: string | null;
  dueOn: string;
  status: 'open' | 'suspended' | 'listed' | 'paid' | 'cancelled';
}

const ITEM_COLUMNS = `s.id, s.decision_id AS "decisionId", s.person_id AS "personId", s.benefit,
  ${MONTH('s.month')} AS month, s.amount, s.days, s.kind, s.method, s.iban, s.recipient_name AS "recipientName",
  s.due_on AS "dueOn", s.status`;

export interface GrantedDecision {
  id: string;
  number: string;
  outcome: string;
  benefit: string;
  schedule: { month: string; amount: number; days: number | null }[];
  paymentMethod: 'transfer' | 'cashDesk' | null;
  iban: string | null;
  decidedOn: string;
  personId: string;
  householdId: string;
}

/** `scope`: the registry's row scope on `p`, the applicant (TRUE for the decision flow's own hook). */
export async function findDecision(q: Queryable, id: string, forUpdate = false, scope = 'TRUE') {
  return rowOf<GrantedDecision>(
    q,
    `SELECT d.id, d.number, d.outcome, d.benefit, d.schedule, d.payment_method AS "paymentMethod", d.iban,
            d.decided_on AS "decidedOn", COALESCE(a.applicant_id, f.applicant_id, fa.applicant_id, ha.applicant_id, ma.applicant_id) AS "personId",
            COALESCE(a.household_id, f.household_id, fa.household_id, ha.household_id, ma.household_id) AS "householdId"
       FROM decision d LEFT JOIN application a ON a.id = d.application_id
       LEFT JOIN family_benefit_application f ON f.id = d.family_benefit_application_id
       LEFT JOIN alimony_fund_application fa ON fa.id = d.alimony_fund_application_id
       LEFT JOIN housing_allowance_application ha ON ha.id = d.housing_allowance_application_id
       LEFT JOIN meal_aid m ON m.id = d.meal_aid_id LEFT JOIN application ma ON ma.id = m.application_id
       JOIN person p ON p.id = COALESCE(a.applicant_id, f.applicant_id, fa.applicant_id, ha.applicant_id, ma.applicant_id)
      WHERE d.id = $1 AND ${scope} ${forUpdate ? 'FOR UPDATE OF d' : ''}`,
    [id],
  );
}

export async function insertScheduleItems(
  q: Queryable,
  d: GrantedDecision,
  method: string,
  iban: string | null,
  rows: { month: string; amount: number; days: number | null; dueOn: string }[],
) {
  if (rows.length === 0) return 0;
  const r = await q.query(
    `INSERT INTO payment_schedule_item (decision_id, person_id, household_id, benefit, month, amount, days, method, iban, due_on)
     SELECT $1, $2, $3, $4, (m || '-01')::date, a, dd, $5, $6, due
       FROM unnest($7::text[], $8::int[], $9::int[], $10::date[]) AS x(m, a, dd, due)
     ON CONFLICT (decision_id, month) WHERE kind = 'regular' DO NOTHING`,
    [
      d.id,
      d.personId,
      d.householdId,
      d.benefit,
      method,
      iban,
      rows.map((x) => x.month),
      rows.map((x) => x.amount),
      rows.map((x) => x.days),
      rows.map((x) => x.dueOn),
    ],
  );
  return r.rowCount;
}

export async function scheduleItems(q: Queryable, decisionId: string) {
  return rowsOf<ScheduleItemRow>(
    q,
    `SELECT ${ITEM_COLUMNS} FROM payment_schedule_item s WHERE s.decision_id = $1 ORDER BY s.month, s.kind, s.id`,
    [decisionId],
  );
}

export interface SuspensionRow {
  id: string;
  fromMonth: string;
  toMonth: string | null;
  reason: string;
  decidedOn: string;
  resumedOn: string | null;
  /** The number of the broken social contract it rests on (art. 11 ust. 2 ups), if it does. */
  art11Contract: string | null;
  /** The decision ordering it (wstrzymanie), with its number; null for one recorded before that. */
  decisionId: string | null;
  decisionNumber: string | null;
}

export async function suspensions(q: Queryable, decisionId: string) {
  return rowsOf<SuspensionRow>(
    q,
    `SELECT s.id, ${MONTH('s.from_month')} AS "fromMonth", ${MONTH('s.to_month')} AS "toMonth", s.reason,
            s.decided_on AS "decidedOn", s.resumed_on AS "resumedOn", k.number AS "art11Contract",
            s.suspension_decision_id AS "decisionId", sd.number AS "decisionNumber"
       FROM payment_suspension s LEFT JOIN social_contract k ON k.id = s.art11_contract_id
       LEFT JOIN decision sd ON sd.id = s.suspension_decision_id
      WHERE s.decision_id = $1 ORDER BY s.from_month`,
    [decisionId],
  );
}

export async function insertSuspension(
  q: Queryable,
  s: {
    decisionId: string;
    fromMonth: string;
    reason: string;
    decidedOn: string;
    createdBy: string;
    art11ContractId: string | null;
  },
) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO payment_suspension (decision_id, from_month, reason, decided_on, created_by, art11_contract_id)
     VALUES ($1, ($2 || '-01')::date, $3, $4, $5, $6)
     ON CONFLICT (decision_id) WHERE to_month IS NULL DO NOTHING RETURNING id`,
    [s.decisionId, s.fromMonth, s.reason, s.decidedOn, s.createdBy, s.art11ContractId],
  );
  return r.rows[0]?.id ?? null;
}

/** Links a suspension to the decision that ordered it. */
export async function setSuspensionDecision(q: Queryable, id: string, decisionId: string) {
  await q.query('UPDATE payment_suspension SET suspension_decision_id = $2 WHERE id = $1', [id, decisionId]);
}

export async function endSuspension(q: Queryable, id: string, lastMonth: string, resumedOn: string) {
  await q.query(
    `UPDATE payment_suspension SET to_month = ($2 || '-01')::date, resumed_on = $3 WHERE id = $1`,
    [id, lastMonth, resumedOn],
  );
}

/** Sets the status of a decision's regular items from a month on, where they are in one of `from`. */
export async function setStatusFrom(
  q: Queryable,
  decisionId: string,
  fromMonth: string,
  from: string[],
  to: string,
) {
  const r = await q.query(
    `UPDATE payment_schedule_item SET status = $4, version = version + 1
      WHERE decision_id = $1 AND kind = 'regular' AND month >= ($2 || '-01')::date AND status = ANY($3)`,
    [decisionId, fromMonth, from, to],
  );
  return r.rowCount;
}

/** The last month from `fromMonth` on whose item is already listed or paid (YYYY-MM), or null. */
export async function lastListedMonthFrom(q: Queryable, decisionId: string, fromMonth: string) {
  const r = await q.query<{ month: string | null }>(
    `SELECT to_char(max(month), 'YYYY-MM') AS month FROM payment_schedule_item
      WHERE decision_id = $1 AND month >= ($2 || '-01')::date AND status IN ('listed', 'paid')`,
    [decisionId, fromMonth],
  );
  return r.rows[0]?.month ?? null;
}

/** Cancels every item of a decision not yet listed (open or suspended, of any kind) from a month on. */
export async function cancelUnpaidFrom(q: Queryable, decisionId: string, fromMonth: string) {
  await q.query(
    `UPDATE payment_schedule_item SET status = 'cancelled', version = version + 1
      WHERE decision_id = $1 AND month >= ($2 || '-01')::date AND status IN ('open', 'suspended')`,
    [decisionId, fromMonth],
  );
}

/** Live payment items of a decision from a month on (listed on a run). */
export async function liveItemsFrom(q: Queryable, decisionId: string, fromMonth: string) {
  const r = await q.query<{
    id: string;
    scheduleItemId: string;
    month: string;
    amount: number;
    status: string;
    runId: string;
  }>(
    `SELECT i.id, i.schedule_item_id AS "scheduleItemId", ${MONTH('i.month')} AS month, i.amount, i.status,
            i.run_id AS "runId"
       FROM payment_item i
      WHERE i.decision_id = $1 AND i.reissue = false AND i.month >= ($2 || '-01')::date
        AND i.status NOT IN ('excluded', 'expired')
      ORDER BY i.month`,
    [decisionId, fromMonth],
  );
  return r.rows;
}

export async function changePayee(
  q: Queryable,
  decisionId: string,
  fromMonth: string,
  p: { method: string; iban: string | null; recipientName: string | null },
) {
  const r = await q.query(
    `UPDATE payment_schedule_item SET method = $3, iban = $4, recipient_name = $5, version = version + 1
      WHERE decision_id = $1 AND kind = 'regular' AND month >= ($2 || '-01')::date AND status IN ('open', 'suspended')`,
    [decisionId, fromMonth, p.method, p.iban, p.recipientName],
  );
  return r.rowCount;
}

/** Pays a decision's open items to another recipient with its own address (an organisation: a building manager). */
export async function setRecipient(q: Queryable, decisionId: string, r: { name: string; address: string }) {
  await q.query(
    `UPDATE payment_schedule_item SET recipient_name = $2, recipient_address = $3, version = version + 1
      WHERE decision_id = $1 AND status = 'open'`,
    [decisionId, r.name, r.address],
  );
}

export interface BenefitTotals {
  benefit: string;
  payments: number;
  gross: number;
  deductions: number;
  net: number;
  transfer: number;
  cash: number;
  returned: number;
}

/** Money paid (and returned) in [from, to) per benefit, gross, deductions, net, by method. */
export async function paidByBenefit(q: Queryable, from: string, to: string) {
  return rowsOf<BenefitTotals>(
    q,
    `WITH paid AS (
       SELECT benefit, count(*)::int AS payments, sum(amount) AS gross, sum(deduction) AS deductions,
              sum(amount - deduction) AS net,
              COALESCE(sum(amount - deduction) FILTER (WHERE method = 'transfer'), 0) AS transfer,
              COALESCE(sum(amount - deduction) FILTER (WHERE method = 'cashDesk'), 0) AS cash
         FROM payment_item WHERE paid_on >= $1 AND paid_on < $2 AND status IN ('paid', 'returned') GROUP BY benefit
     ), ret AS (
       SELECT benefit, sum(amount - deduction) AS returned
         FROM payment_item WHERE returned_on >= $1 AND returned_on < $2 GROUP BY benefit
     )
     SELECT COALESCE(p.benefit, r.benefit) AS benefit, COALESCE(p.payments, 0) AS payments,
            COALESCE(p.gross, 0) AS gross, COALESCE(p.deductions, 0) AS deductions, COALESCE(p.net, 0) AS net,
            COALESCE(p.transfer, 0) AS transfer, COALESCE(p.cash, 0) AS cash, COALESCE(r.returned, 0) AS returned
       FROM paid p FULL JOIN ret r ON r.benefit = p.benefit ORDER BY 1`,
    [from, to],
  );
}
