import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the alimony debtors: the register, the benefits paid on their behalf (the paid payment
// items of their applications' decisions), repayments and notices. Debtors are not persons of the
// registry; who may read them is the route's permission. The applications listed on a debtor's
// page keep the registry's row scope (a sealed applicant is not shown).

export interface DebtorRow {
  id: string;
  number: string;
  name: string;
  pesel: string | null;
  address: string;
  gmina: string;
  resident: boolean;
  registeredOn: string;
  paid: number;
}

const DEBTOR = `SELECT d.id, d.number, d.name, d.pesel, d.address, d.gmina, d.resident, d.registered_on AS "registeredOn",
        COALESCE((SELECT sum(pi.amount) FROM alimony_debtor_application l
                    JOIN decision dc ON dc.alimony_fund_application_id = l.application_id
                    JOIN payment_item pi ON pi.decision_id = dc.id AND pi.status = 'paid'
                   WHERE l.debtor_id = d.id), 0)::int AS paid
   FROM alimony_debtor d`;

export async function list(q: Queryable, after: After, limit: number, applicationId: string | null) {
  return rowsOf<DebtorRow>(
    q,
    `${DEBTOR} WHERE ($1::date IS NULL OR (d.registered_on, d.id) < ($1::date, $2::uuid))
        AND ($4::uuid IS NULL OR d.id IN (SELECT debtor_id FROM alimony_debtor_application WHERE application_id = $4))
      ORDER BY d.registered_on DESC, d.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit, applicationId],
  );
}

/** Every debtor, for the fund's report. */
export async function all(q: Queryable) {
  return (await q.query<DebtorRow>(`${DEBTOR} ORDER BY d.registered_on, d.id`)).rows;
}

export async function find(q: Queryable, id: string, forUpdate = false) {
  return rowOf<DebtorRow>(q, `${DEBTOR} WHERE d.id = $1 ${forUpdate ? 'FOR UPDATE OF d' : ''}`, [id]);
}

export async function findByPesel(q: Queryable, pesel: string) {
  const r = await q.query<{ id: string }>('SELECT id FROM alimony_debtor WHERE pesel = $1 FOR UPDATE', [
    pesel,
  ]);
  return r.rows[0]?.id ?? null;
}

export async function insert(
  q: Queryable,
  d: Omit<DebtorRow, 'id' | 'paid'>,
  createdBy: string,
): Promise<string> {
  return insertedId(
    q,
    `INSERT INTO alimony_debtor (number, name, pesel, address, gmina, resident, registered_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [d.number, d.name, d.pesel, d.address, d.gmina, d.resident, d.registeredOn, createdBy],
  );
}

/** Links the application to the debtor; false when it already names a debtor. */
export async function link(q: Queryable, applicationId: string, debtorId: string) {
  return oneRow(
    q,
    `INSERT INTO alimony_debtor_application (application_id, debtor_id) VALUES ($1, $2)
     ON CONFLICT (application_id) DO NOTHING`,
    [applicationId, debtorId],
  );
}

export async function debtorOfApplication(q: Queryable, applicationId: string) {
  const r = await q.query<{ debtorId: string }>(
    'SELECT debtor_id AS "debtorId" FROM alimony_debtor_application WHERE application_id = $1',
    [applicationId],
  );
  return r.rows[0]?.debtorId ?? null;
}

/** The debtor's applications whose applicant the actor may see (registry scope on `p`). */
export async function applications(q: Queryable, debtorId: string, scope: string) {
  return rowsOf<{ id: string; number: string; applicantName: string; applicantId: string }>(
    q,
    `SELECT f.id, f.number, p.first_name || ' ' || p.surname AS "applicantName", p.id AS "applicantId"
       FROM alimony_debtor_application l JOIN alimony_fund_application f ON f.id = l.application_id
       JOIN person p ON p.id = f.applicant_id
      WHERE l.debtor_id = $1 AND ${scope} ORDER BY f.submitted_on, f.id`,
    [debtorId],
  );
}

/** The benefits the fund paid on the debtor's behalf: each paid payment item of their decisions. */
export async function paidBenefits(q: Queryable, debtorId: string) {
  const r = await q.query<{
    id: string;
    paidOn: string;
    month: string;
    decisionNumber: string;
    amount: number;
  }>(
    `SELECT pi.id, pi.paid_on AS "paidOn", to_char(pi.month, 'YYYY-MM') AS month,
            pi.decision_number AS "decisionNumber", pi.amount
       FROM alimony_debtor_application l
       JOIN decision dc ON dc.alimony_fund_application_id = l.application_id
       JOIN payment_item pi ON pi.decision_id = dc.id
      WHERE l.debtor_id = $1 AND pi.status = 'paid'
      ORDER BY pi.paid_on, pi.month, pi.id`,
    [debtorId],
  );
  return r.rows;
}

export interface RepaymentRow {
  id: string;
  receivedOn: string;
  amount: number;
  source: 'bailiff' | 'taxOffice' | 'debtor';
  reference: string;
}

export async function repayments(q: Queryable, debtorId: string) {
  return rowsOf<RepaymentRow>(
    q,
    `SELECT id, received_on AS "receivedOn", amount, source, reference
       FROM alimony_debt_repayment WHERE debtor_id = $1 ORDER BY received_on, booked_at, id`,
    [debtorId],
  );
}

export async function insertRepayment(
  q: Queryable,
  debtorId: string,
  p: Omit<RepaymentRow, 'id'>,
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO alimony_debt_repayment (debtor_id, received_on, amount, source, reference, booked_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [debtorId, p.receivedOn, p.amount, p.source, p.reference, by],
  );
}

export interface NoticeRow {
  id: string;
  number: string;
  debtorId: string;
  debtorName: string;
  kind: 'actionRequest' | 'actionsTaken' | 'debtorMoved';
  direction: 'incoming' | 'outgoing';
  gmina: string;
  on: string;
  note: string | null;
}

const NOTICE = `SELECT n.id, n.number, n.debtor_id AS "debtorId", d.name AS "debtorName", n.kind, n.direction, n.gmina,
        n.on_date AS "on", n.note
   FROM alimony_debtor_notice n JOIN alimony_debtor d ON d.id = n.debtor_id`;

export async function insertNotice(
  q: Queryable,
  n: Omit<NoticeRow, 'id' | 'debtorName'>,
  by: string,
): Promise<string> {
  return insertedId(
    q,
    `INSERT INTO alimony_debtor_notice (number, debtor_id, kind, direction, gmina, on_date, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [n.number, n.debtorId, n.kind, n.direction, n.gmina, n.on, n.note, by],
  );
}

export async function notices(q: Queryable, after: After, limit: number) {
  return rowsOf<NoticeRow>(
    q,
    `${NOTICE} WHERE ($1::date IS NULL OR (n.on_date, n.id) < ($1::date, $2::uuid))
      ORDER BY n.on_date DESC, n.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function noticesOf(q: Queryable, debtorId: string) {
  return rowsOf<NoticeRow>(q, `${NOTICE} WHERE n.debtor_id = $1 ORDER BY n.on_date, n.number`, [debtorId]);
}

export async function findNotice(q: Queryable, id: string) {
  return rowOf<NoticeRow>(q, `${NOTICE} WHERE n.id = $1`, [id]);
}
