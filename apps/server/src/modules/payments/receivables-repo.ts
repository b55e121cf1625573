import type { Instalment } from '@ostoja/domain/payments/receivable';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf } from '../../db/rows.ts';
import { MONTH } from './repo.ts';
import { UNPAID_LIVE } from './runs-repo.ts';

// SQL of receivables (art. 104 ups) and what a person's ledger shows beside them.

export interface ReceivableRow {
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
export async function find(q: Queryable, id: string, forUpdate = false, scope = 'TRUE') {
  if (forUpdate) await q.query('SELECT 1 FROM receivable WHERE id = $1 FOR UPDATE', [id]);
  return rowOf<ReceivableRow>(
    q,
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
}

/** What changed a receivable: its ledger transactions, and deductions from payments paid. */
export async function history(q: Queryable, id: string) {
  const r = await q.query<{
    kind: string;
    onDate: string | null;
    document: string | null;
    memo: string | null;
    paymentItemId: string | null;
    reducedBy: number;
  }>(
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
  return r.rows;
}

export type ReceivableListRow = Omit<ReceivableRow, 'justification' | 'reserved' | 'legalBasis' | 'months'>;

/** A page of receivables, newest decision first; `scope`: the registry's row scope on `p`. */
/** A page of receivables as a statement (text and parameters), for a caller that logs the read in it. */
export function list(
  scope: string,
  f: { open: boolean; personId: string | null; after: After; limit: number },
): [string, unknown[]] {
  return [
    `SELECT r.id, r.number, r.kind, r.person_id AS "personId", p.first_name || ' ' || p.surname AS "personName",
            r.source_decision_id AS "sourceDecisionId", r.decided_on AS "decidedOn", r.amount, r.due_on AS "dueOn",
            r.instalments, r.deduct_from_payments AS "deductFromPayments", r.deduction_cap AS "deductionCap",
            r.recovered, r.waived
       FROM receivable r JOIN person p ON p.id = r.person_id
      WHERE (NOT $1 OR r.recovered + r.waived < r.amount) AND ($2::uuid IS NULL OR r.person_id = $2)
        AND ${scope}
        AND ($3::date IS NULL OR (r.decided_on, r.id) < ($3::date, $4::uuid))
      ORDER BY r.decided_on DESC, r.id DESC LIMIT $5`,
    [f.open, f.personId, f.after?.[0] ?? null, f.after?.[1] ?? null, f.limit + 1],
  ];
}

/** The applicant of a decision (of any act) and its benefit. */
export async function decisionApplicant(q: Queryable, decisionId: string) {
  const d = await q.query<{ personId: string; benefit: string }>(
    `SELECT COALESCE(a.applicant_id, f.applicant_id, fa.applicant_id, ha.applicant_id, ma.applicant_id) AS "personId", d.benefit FROM decision d
       LEFT JOIN application a ON a.id = d.application_id
       LEFT JOIN family_benefit_application f ON f.id = d.family_benefit_application_id
       LEFT JOIN alimony_fund_application fa ON fa.id = d.alimony_fund_application_id
       LEFT JOIN housing_allowance_application ha ON ha.id = d.housing_allowance_application_id
       LEFT JOIN meal_aid m ON m.id = d.meal_aid_id LEFT JOIN application ma ON ma.id = m.application_id WHERE d.id = $1`,
    [decisionId],
  );
  return d.rows[0] ?? null;
}

export async function insert(
  q: Queryable,
  x: Omit<ReceivableRow, 'id' | 'personName' | 'recovered' | 'waived' | 'reserved'> & { createdBy: string },
) {
  return insertedId(
    q,
    `INSERT INTO receivable (number, kind, person_id, source_decision_id, months, decided_on, legal_basis, amount, due_on,
       instalments, deduct_from_payments, deduction_cap, justification, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      x.number,
      x.kind,
      x.personId,
      x.sourceDecisionId,
      x.months,
      x.decidedOn,
      x.legalBasis,
      x.amount,
      x.dueOn,
      JSON.stringify(x.instalments),
      x.deductFromPayments,
      x.deductionCap,
      x.justification,
      x.createdBy,
    ],
  );
}

/** Adds to what was recovered (a repayment) or waived (a waiver decision). */
export async function add(q: Queryable, id: string, column: 'recovered' | 'waived', amount: number) {
  await q.query(`UPDATE receivable SET ${column} = ${column} + $2, version = version + 1 WHERE id = $1`, [
    id,
    amount,
  ]);
}

export async function idsOfPerson(q: Queryable, personId: string) {
  const r = await q.query<{ id: string }>(
    'SELECT id FROM receivable WHERE person_id = $1 ORDER BY decided_on, id',
    [personId],
  );
  return r.rows.map((x) => x.id);
}

/** A person's payments, newest month first, for their ledger page. */
export async function personPayments(q: Queryable, personId: string) {
  const r = await q.query<{
    id: string;
    month: string;
    benefit: string;
    amount: number;
    deduction: number;
    method: 'transfer' | 'cashDesk';
    status: string;
    paidOn: string | null;
    returnedOn: string | null;
    decisionNumber: string;
  }>(
    `SELECT i.id, ${MONTH('i.month')} AS month, i.benefit, i.amount, i.deduction, i.method, i.status, i.paid_on AS "paidOn",
            i.returned_on AS "returnedOn", i.decision_number AS "decisionNumber"
       FROM payment_item i WHERE i.person_id = $1 AND i.status NOT IN ('excluded', 'expired')
      ORDER BY i.month DESC, i.ref DESC LIMIT 500`,
    [personId],
  );
  return r.rows;
}

/** What the receivable's letter needs beside the receivable: the debtor's household and who decided. */
export async function letterFacts(q: Queryable, id: string) {
  const r = await q.query<{
    householdId: string | null;
    signedByName: string;
    jobTitle: string | null;
    authorisation: string | null;
  }>(
    `SELECT p.household_id AS "householdId", u.full_name AS "signedByName", u.job_title AS "jobTitle",
            u.authorisation_number AS authorisation
       FROM receivable r JOIN person p ON p.id = r.person_id JOIN staff_user u ON u.id = r.created_by
      WHERE r.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}
