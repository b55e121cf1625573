import type { UndueGround } from '@ostoja/domain/alimony-fund/undue';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';

// SQL of undue alimony-fund benefits: the paid payments of an application's decision, and the
// decision's breakdown beside its receivable (payments/receivables-repo.ts).

export interface PaidItem {
  id: string;
  personId: string;
  month: string;
  paidOn: string;
  amount: number;
}

/** The paid payments of a decision for the months given, the older first. */
export async function paidItems(q: Queryable, decisionId: string, months: string[]) {
  return rowsOf<PaidItem>(
    q,
    `SELECT pi.id, pi.person_id AS "personId", to_char(pi.month, 'YYYY-MM') AS month, pi.paid_on AS "paidOn", pi.amount
       FROM payment_item pi
      WHERE pi.decision_id = $1 AND pi.status = 'paid' AND to_char(pi.month, 'YYYY-MM') = ANY($2::text[])
      ORDER BY pi.month, pi.paid_on, pi.id`,
    [decisionId, months],
  );
}

export interface UndueRow {
  receivableId: string;
  applicationId: string;
  ground: UndueGround;
  principal: number;
  interest: number;
  payments: { paymentItemId: string; month: string; paidOn: string; amount: number }[];
}

/** Grosze of each payment of the application already found undue by an earlier decision. */
export async function alreadyUndue(q: Queryable, applicationId: string) {
  const r = await q.query<{ id: string; amount: number }>(
    `SELECT p->>'paymentItemId' AS id, sum((p->>'amount')::int)::int AS amount
       FROM alimony_fund_undue u CROSS JOIN jsonb_array_elements(u.payments) p
      WHERE u.application_id = $1 GROUP BY 1`,
    [applicationId],
  );
  return new Map(r.rows.map((x) => [x.id, x.amount]));
}

export async function insert(q: Queryable, u: UndueRow) {
  await q.query(
    `INSERT INTO alimony_fund_undue (receivable_id, application_id, ground, principal, interest, payments)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [u.receivableId, u.applicationId, u.ground, u.principal, u.interest, JSON.stringify(u.payments)],
  );
}

/** The application's undue-benefit decisions with their receivable's state, the older first. */
export async function ofApplication(q: Queryable, applicationId: string) {
  const r = await q.query<
    UndueRow & {
      number: string;
      decidedOn: string;
      amount: number;
      legalBasis: string;
      justification: string;
      recovered: number;
      waived: number;
    }
  >(
    `SELECT u.receivable_id AS "receivableId", u.application_id AS "applicationId", u.ground, u.principal, u.interest,
            u.payments, r.number, r.decided_on AS "decidedOn", r.amount, r.legal_basis AS "legalBasis",
            r.justification, r.recovered, r.waived
       FROM alimony_fund_undue u JOIN receivable r ON r.id = u.receivable_id
      WHERE u.application_id = $1 ORDER BY r.decided_on, r.number`,
    [applicationId],
  );
  return r.rows;
}
