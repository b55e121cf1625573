import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';
import type { CashReport } from './cash-report.ts';

// SQL of the cash desk: the day lock, closed days and their reports, the document a payout is
// checked against, and the items a closed day sends back to the schedule.

/** Serialises payouts and the closing of the same day, across app instances too. */
export const lockDay = (q: Queryable, day: string) =>
  q.query(`SELECT pg_advisory_xact_lock(7417021, hashtext($1))`, [day]);

export async function dayClosed(q: Queryable, day: string) {
  return (await q.query('SELECT 1 FROM cash_day WHERE day = $1', [day])).rowCount > 0;
}

/** The identity document the registry holds for the item's beneficiary, and whether someone else collects. */
export async function payoutDocument(q: Queryable, itemId: string) {
  return rowOf<{ documentNumber: string | null; otherRecipient: boolean }>(
    q,
    `SELECT p.document_number AS "documentNumber", s.recipient_name IS NOT NULL AS "otherRecipient"
       FROM payment_item i JOIN person p ON p.id = i.person_id JOIN payment_schedule_item s ON s.id = i.schedule_item_id
      WHERE i.id = $1`,
    [itemId],
  );
}

/**
 * The day's payouts for its report. The report is kept and read by every payments user: a sealed
 * person's payout keeps its receipt number and amount (the cash must add up) but not the name
 * (decision 0008).
 */
export async function dayPayouts(q: Queryable, day: string) {
  return rowsOf<CashReport['payouts'][number]>(
    q,
    `SELECT i.receipt_number AS "receiptNumber", CASE WHEN p.sealed THEN '' ELSE i.recipient_name END AS "recipientName",
            i.title, i.amount - i.deduction AS amount
       FROM payment_item i JOIN person p ON p.id = i.person_id
      WHERE i.method = 'cashDesk' AND i.paid_on = $1 AND i.receipt_number IS NOT NULL
      ORDER BY i.receipt_number`,
    [day],
  );
}

/** Cash items not collected by their list's deadline go back to their schedule (to a later run). */
export async function expireUncollected(q: Queryable, day: string) {
  return rowsOf<{ runId: string; amount: number }>(
    q,
    `WITH x AS (
       UPDATE payment_item i SET status = 'expired' FROM payment_list l
        WHERE l.id = i.list_id AND l.method = 'cashDesk' AND l.pay_until <= $1 AND i.status = 'approved'
        RETURNING i.schedule_item_id, i.run_id, i.amount - i.deduction AS amount)
     UPDATE payment_schedule_item s SET status = 'open', version = s.version + 1 FROM x
      WHERE s.id = x.schedule_item_id RETURNING x.run_id AS "runId", x.amount`,
    [day],
  );
}

/** Cash lists past their deadline with nothing left to pay out are closed. */
export async function closeFinishedLists(q: Queryable, day: string) {
  await q.query(
    `UPDATE payment_list l SET status = 'closed'
      WHERE l.method = 'cashDesk' AND l.status = 'approved' AND l.pay_until <= $1
        AND NOT EXISTS (SELECT 1 FROM payment_item i WHERE i.list_id = l.id AND i.status = 'approved')`,
    [day],
  );
}

export async function insertDay(q: Queryable, closedBy: string, report: CashReport) {
  await q.query(
    `INSERT INTO cash_day (day, closed_by, payout_count, payout_total, expired_count, report)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [report.day, closedBy, report.count, report.total, report.expired.count, JSON.stringify(report)],
  );
}

export async function dayReport(q: Queryable, day: string) {
  const r = await q.query<{ report: CashReport }>('SELECT report FROM cash_day WHERE day = $1', [day]);
  return r.rows[0]?.report ?? null;
}
