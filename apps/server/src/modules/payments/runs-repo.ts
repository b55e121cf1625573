import type { FlagItem } from '@ostoja/domain/payments/flags';
import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';
import { MONTH } from './repo.ts';

// SQL of payment runs, their lists and items (flags: flags-repo.ts).

/** Live payment items not yet paid: they hold their schedule item and reserve their deductions. */
export const UNPAID_LIVE = `('pending', 'approved', 'exported')`;

export interface RunRow {
  id: string;
  number: string;
  month: string;
  status: 'building' | 'draft' | 'approved';
  progressTotal: number;
  progressDone: number;
  progressCursor: string | null;
  itemCount: number;
  grossAmount: number;
  deductionAmount: number;
  netAmount: number;
  openedAt: Date;
  openedByName: string;
  builtAt: Date | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  version: number;
}

const RUN_COLUMNS = `r.id, r.number, ${MONTH('r.month')} AS month, r.status, r.progress_total AS "progressTotal",
  r.progress_done AS "progressDone", r.progress_cursor AS "progressCursor", r.item_count AS "itemCount",
  r.gross_amount AS "grossAmount", r.deduction_amount AS "deductionAmount", r.net_amount AS "netAmount",
  r.opened_at AS "openedAt", o.full_name AS "openedByName", r.built_at AS "builtAt", r.approved_at AS "approvedAt",
  a.full_name AS "approvedByName", r.version`;
const RUN_FROM = `payment_run r JOIN staff_user o ON o.id = r.opened_by LEFT JOIN staff_user a ON a.id = r.approved_by`;

export async function findRun(q: Queryable, id: string, lock: 'none' | 'update' | 'skipLocked' = 'none') {
  if (lock !== 'none') {
    const l = await q.query(
      `SELECT 1 FROM payment_run WHERE id = $1 FOR UPDATE ${lock === 'skipLocked' ? 'SKIP LOCKED' : ''}`,
      [id],
    );
    if (l.rowCount === 0 && lock === 'skipLocked') return { locked: true as const };
  }
  const r = await q.query<RunRow>(`SELECT ${RUN_COLUMNS} FROM ${RUN_FROM} WHERE r.id = $1`, [id]);
  return r.rows[0] ? { locked: false as const, run: r.rows[0] } : null;
}

export async function openRunOfMonth(q: Queryable, month: string) {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM payment_run WHERE month = ($1 || '-01')::date AND status IN ('building', 'draft')`,
    [month],
  );
  return r.rows[0]?.id ?? null;
}

export async function listRuns(q: Queryable, month: string | null, limit: number) {
  return rowsOf<RunRow>(
    q,
    `SELECT ${RUN_COLUMNS} FROM ${RUN_FROM}
      WHERE ($1::text IS NULL OR r.month = ($1 || '-01')::date) ORDER BY r.month DESC, r.opened_at DESC LIMIT $2`,
    [month, limit],
  );
}

export async function insertRun(q: Queryable, number: string, month: string, openedBy: string) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO payment_run (number, month, status, opened_by) VALUES ($1, ($2 || '-01')::date, 'building', $3)
     ON CONFLICT (month) WHERE status IN ('building', 'draft') DO NOTHING RETURNING id`,
    [number, month, openedBy],
  );
  return r.rows[0]?.id ?? null;
}

/**
 * The frozen snapshot: every open schedule item due by the end of the month (arrears
 * included) is copied onto the run with the recipient's name, PESEL, address and account as
 * they are now. Schedule rows are locked in id order, so concurrent runs queue rather than
 * deadlock, and the partial unique index turns any item another run took first into a no-op.
 */
export async function snapshot(
  q: Queryable,
  runId: string,
  month: string,
  benefitNames: Record<string, string>,
) {
  const r = await q.query(
    `WITH cand AS (
       SELECT s.id FROM payment_schedule_item s
        WHERE s.status = 'open' AND s.month <= ($2 || '-01')::date ORDER BY s.id FOR UPDATE
     ), ins AS (
       INSERT INTO payment_item (run_id, schedule_item_id, decision_id, decision_number, person_id, household_id,
           benefit, month, days, amount, reissue, method, iban, recipient_name, recipient_pesel, recipient_address,
           title, pay_on)
       SELECT $1, s.id, s.decision_id, d.number, s.person_id, s.household_id, s.benefit, s.month, s.days, s.amount,
              s.kind = 'reissue', s.method, s.iban, COALESCE(s.recipient_name, p.first_name || ' ' || p.surname),
              p.pesel,
              COALESCE(s.recipient_address, concat_ws(', ',
                NULLIF(concat_ws(' ', 'ul. ' || COALESCE(h.street, p.street),
                  COALESCE(h.building, p.building) || COALESCE('/' || COALESCE(h.apartment, p.apartment), '')), ''),
                NULLIF(concat_ws(' ', COALESCE(h.postal_code, p.postal_code), COALESCE(h.city, p.city)), ''))),
              COALESCE($3::jsonb ->> s.benefit, s.benefit) || ' za ' || to_char(s.month, 'MM/YYYY')
                || ', decyzja ' || d.number || CASE WHEN s.kind = 'reissue' THEN ' (ponowna wypłata)' ELSE '' END,
              GREATEST(s.due_on, ($2 || '-01')::date)
         FROM cand JOIN payment_schedule_item s ON s.id = cand.id
         JOIN decision d ON d.id = s.decision_id
         JOIN person p ON p.id = s.person_id
         LEFT JOIN household h ON h.id = p.household_id
        ORDER BY s.id
       ON CONFLICT (schedule_item_id) WHERE status NOT IN ('excluded', 'expired') DO NOTHING
       RETURNING schedule_item_id
     )
     UPDATE payment_schedule_item s SET status = 'listed', version = s.version + 1
       FROM ins WHERE s.id = ins.schedule_item_id`,
    [runId, month, JSON.stringify(benefitNames)],
  );
  await q.query('UPDATE payment_run SET progress_total = $2 WHERE id = $1', [runId, r.rowCount]);
  return r.rowCount;
}

export interface BatchItem extends FlagItem {
  reissue: boolean;
  method: 'transfer' | 'cashDesk';
  payOn: string;
}

/** The next pending items of a run being built (items taken off it meanwhile are skipped). */
export async function batchItems(q: Queryable, runId: string, after: string | null, limit: number) {
  return rowsOf<BatchItem>(
    q,
    `SELECT i.id AS "itemId", i.person_id AS "personId", i.recipient_pesel AS pesel,
            COALESCE(i.household_id, i.person_id)::text AS "householdId", i.iban, i.benefit, ${MONTH('i.month')} AS month,
            i.amount, i.days, i.reissue, i.method, i.pay_on AS "payOn"
       FROM payment_item i WHERE i.run_id = $1 AND ($2::uuid IS NULL OR i.id > $2) AND i.status = 'pending'
      ORDER BY i.id LIMIT $3`,
    [runId, after, limit],
  );
}

export interface DeductibleRow {
  id: string;
  personId: string;
  cap: number | null;
  available: number;
}

/** Open receivables to deduct from the persons' payments, oldest first, locked against concurrent runs. */
export async function deductibleReceivables(q: Queryable, personIds: string[]) {
  await q.query(
    `SELECT 1 FROM receivable WHERE person_id = ANY($1) AND deduct_from_payments AND recovered + waived < amount
      ORDER BY id FOR UPDATE`,
    [personIds],
  );
  return rowsOf<DeductibleRow>(
    q,
    `SELECT r.id, r.person_id AS "personId", r.deduction_cap AS cap,
            r.amount - r.recovered - r.waived - COALESCE((
              SELECT sum(d.amount) FROM payment_deduction d JOIN payment_item i ON i.id = d.payment_item_id
               WHERE d.receivable_id = r.id AND i.status IN ${UNPAID_LIVE}), 0) AS available
       FROM receivable r
      WHERE r.person_id = ANY($1) AND r.deduct_from_payments AND r.recovered + r.waived < r.amount
      ORDER BY r.decided_on, r.id`,
    [personIds],
  );
}

export async function insertDeductions(
  q: Queryable,
  rows: { itemId: string; receivableId: string; amount: number }[],
) {
  if (rows.length === 0) return;
  await q.query(
    `INSERT INTO payment_deduction (payment_item_id, receivable_id, amount)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
    [rows.map((r) => r.itemId), rows.map((r) => r.receivableId), rows.map((r) => r.amount)],
  );
  await q.query(
    `UPDATE payment_item i SET deduction = d.total
       FROM (SELECT payment_item_id, sum(amount) AS total FROM payment_deduction
              WHERE payment_item_id = ANY($1) GROUP BY payment_item_id) d
      WHERE i.id = d.payment_item_id`,
    [[...new Set(rows.map((r) => r.itemId))]],
  );
}

/** Puts items on the list of their day and method, creating the lists as needed. */
export async function assignLists(q: Queryable, runId: string, items: BatchItem[], cashDays: number) {
  const days = [...new Map(items.map((i) => [`${i.method}|${i.payOn}`, i])).values()];
  await q.query(
    `INSERT INTO payment_list (run_id, method, pay_on, pay_until)
     SELECT $1, m, d, CASE WHEN m = 'cashDesk' THEN d + $4::int END FROM unnest($2::text[], $3::date[]) AS x(m, d)
     ON CONFLICT (run_id, method, pay_on) DO NOTHING`,
    [runId, days.map((i) => i.method), days.map((i) => i.payOn), cashDays],
  );
  await q.query(
    `UPDATE payment_item i SET list_id = l.id FROM payment_list l
      WHERE i.id = ANY($2) AND l.run_id = $1 AND l.method = i.method AND l.pay_on = i.pay_on`,
    [runId, items.map((i) => i.itemId)],
  );
}

export async function advanceProgress(q: Queryable, runId: string, done: number, cursor: string) {
  await q.query(
    `UPDATE payment_run SET progress_done = progress_done + $2, progress_cursor = $3, version = version + 1 WHERE id = $1`,
    [runId, done, cursor],
  );
}

/** Recomputes the totals of the run's lists and of the run from their live items. */
export async function recomputeTotals(q: Queryable, runId: string) {
  await q.query(
    `UPDATE payment_list l SET item_count = t.n, total_amount = t.net, seq = t.seq
       FROM (SELECT l2.id,
                    row_number() OVER (ORDER BY l2.pay_on, l2.method) AS seq,
                    count(i.id) FILTER (WHERE i.status NOT IN ('excluded', 'expired')) AS n,
                    COALESCE(sum(i.amount - i.deduction) FILTER (WHERE i.status NOT IN ('excluded', 'expired')), 0) AS net
               FROM payment_list l2 LEFT JOIN payment_item i ON i.list_id = l2.id
              WHERE l2.run_id = $1 GROUP BY l2.id) t
      WHERE l.id = t.id`,
    [runId],
  );
  await q.query(
    `UPDATE payment_run r SET item_count = t.n, gross_amount = t.gross, deduction_amount = t.ded, net_amount = t.gross - t.ded
       FROM (SELECT count(*) AS n, COALESCE(sum(amount), 0) AS gross, COALESCE(sum(deduction), 0) AS ded
               FROM payment_item WHERE run_id = $1 AND status NOT IN ('excluded', 'expired')) t
      WHERE r.id = $1`,
    [runId],
  );
}

export async function finishBuild(q: Queryable, runId: string) {
  await recomputeTotals(q, runId);
  await q.query(
    `UPDATE payment_run SET status = 'draft', built_at = now(), progress_done = progress_total, version = version + 1
      WHERE id = $1`,
    [runId],
  );
}

export async function setRunApproved(q: Queryable, runId: string, by: string) {
  await q.query(
    `UPDATE payment_run SET status = 'approved', approved_by = $2, approved_at = now(), version = version + 1 WHERE id = $1`,
    [runId, by],
  );
  await q.query(`UPDATE payment_list SET status = 'approved' WHERE run_id = $1`, [runId]);
  await q.query(`UPDATE payment_item SET status = 'approved' WHERE run_id = $1 AND status = 'pending'`, [
    runId,
  ]);
}

export interface ListRow {
  id: string;
  runId: string;
  runNumber: string;
  seq: number | null;
  method: 'transfer' | 'cashDesk';
  payOn: string;
  payUntil: string | null;
  status: 'draft' | 'approved' | 'exported' | 'paid' | 'closed';
  itemCount: number;
  totalAmount: number;
  exportedAt: Date | null;
  paidOn: string | null;
  executionDate: string | null;
}

const LIST_COLUMNS = `l.id, l.run_id AS "runId", r.number AS "runNumber", l.seq, l.method, l.pay_on AS "payOn",
  l.pay_until AS "payUntil", l.status, l.item_count AS "itemCount", l.total_amount AS "totalAmount",
  l.exported_at AS "exportedAt", l.paid_on AS "paidOn", l.execution_date AS "executionDate"`;

export async function lists(q: Queryable, runId: string) {
  return rowsOf<ListRow>(
    q,
    `SELECT ${LIST_COLUMNS} FROM payment_list l JOIN payment_run r ON r.id = l.run_id WHERE l.run_id = $1 ORDER BY l.seq, l.id`,
    [runId],
  );
}

export async function findList(q: Queryable, id: string, forUpdate = false) {
  if (forUpdate) await q.query('SELECT 1 FROM payment_list WHERE id = $1 FOR UPDATE', [id]);
  return rowOf<ListRow>(
    q,
    `SELECT ${LIST_COLUMNS} FROM payment_list l JOIN payment_run r ON r.id = l.run_id WHERE l.id = $1`,
    [id],
  );
}

/** Takes pending items off their draft run; their schedule items go back to `scheduleStatus`. */
export async function excludeItems(q: Queryable, itemIds: string[], scheduleStatus: 'open' | 'suspended') {
  const r = await q.query<{ runId: string }>(
    `WITH x AS (
       UPDATE payment_item SET status = 'excluded' WHERE id = ANY($1) AND status = 'pending'
       RETURNING schedule_item_id, run_id)
     UPDATE payment_schedule_item s SET status = $2, version = s.version + 1 FROM x
      WHERE s.id = x.schedule_item_id RETURNING x.run_id AS "runId"`,
    [itemIds, scheduleStatus],
  );
  // Flags of excluded items are settled by the exclusion itself.
  await q.query(
    `UPDATE payment_flag SET resolution = 'exclude', resolved_at = now() WHERE payment_item_id = ANY($1) AND resolution IS NULL`,
    [itemIds],
  );
  for (const runId of new Set(r.rows.map((x) => x.runId))) await recomputeTotals(q, runId);
  return r.rowCount;
}

/** Serialises the opening of a month's run (the transaction holds the lock until it ends). */
export async function lockMonth(q: Queryable, month: string) {
  await q.query(`SELECT pg_advisory_xact_lock(7417020, hashtext($1))`, [month]);
}

/** Runs whose build is under way, oldest first. */
export async function buildingRunIds(q: Queryable) {
  const r = await q.query<{ id: string }>(
    `SELECT id FROM payment_run WHERE status = 'building' ORDER BY opened_at`,
  );
  return r.rows.map((x) => x.id);
}
