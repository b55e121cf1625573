import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';
import { MONTH } from './repo.ts';

// SQL of paying items out, returns, and the data bank files and receipts print.

export interface PayoutItem {
  id: string;
  ref: number;
  runId: string;
  listId: string | null;
  scheduleItemId: string;
  decisionId: string;
  decisionNumber: string;
  personId: string;
  benefit: string;
  month: string;
  amount: number;
  deduction: number;
  reissue: boolean;
  method: 'transfer' | 'cashDesk';
  iban: string | null;
  recipientName: string;
  recipientPesel: string | null;
  recipientAddress: string | null;
  title: string;
  payOn: string;
  status: string;
  paidOn: string | null;
  paidByName: string | null;
  receiptNumber: string | null;
  documentType: string | null;
  documentNumber: string | null;
  returnedOn: string | null;
  returnReason: string | null;
  resolution: 'reissue' | 'cancel' | null;
}

export const ITEM_COLUMNS = `i.id, i.ref, i.run_id AS "runId", i.list_id AS "listId", i.schedule_item_id AS "scheduleItemId",
  i.decision_id AS "decisionId", i.decision_number AS "decisionNumber", i.person_id AS "personId", i.benefit,
  ${MONTH('i.month')} AS month, i.amount, i.deduction, i.reissue, i.method, i.iban, i.recipient_name AS "recipientName",
  i.recipient_pesel AS "recipientPesel", i.recipient_address AS "recipientAddress", i.title, i.pay_on AS "payOn",
  i.status, i.paid_on AS "paidOn", u.full_name AS "paidByName", i.receipt_number AS "receiptNumber",
  i.document_type AS "documentType", i.document_number AS "documentNumber", i.returned_on AS "returnedOn",
  i.return_reason AS "returnReason", i.resolution`;
/** `p` is the beneficiary, for the registry's row scope (decision 0008) the callers splice in. */
const ITEM_FROM =
  'payment_item i JOIN person p ON p.id = i.person_id LEFT JOIN staff_user u ON u.id = i.paid_by';

/**
 * `scope`: the registry's row scope on `p` (personScope): an item of a sealed person is not
 * found by a user outside the compartment. Only the bank's own paths (the file, marking a list
 * paid) pass TRUE: the money still reaches the person.
 */
export async function findItem(q: Queryable, id: string, scope: string, forUpdate = false) {
  if (forUpdate) await q.query('SELECT 1 FROM payment_item WHERE id = $1 FOR UPDATE', [id]);
  return rowOf<PayoutItem>(q, `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE i.id = $1 AND ${scope}`, [id]);
}

/** Items of a list in reference order (keyset on ref), live ones unless `all`; `scope` as in findItem. */
export async function listItems(
  q: Queryable,
  listId: string,
  scope: string,
  page: { after: number | null; limit: number; all?: boolean },
) {
  return rowsOf<PayoutItem>(
    q,
    `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM}
      WHERE i.list_id = $1 AND ($2::bigint IS NULL OR i.ref > $2)
        AND ($4 OR i.status NOT IN ('excluded', 'expired')) AND ${scope}
      ORDER BY i.ref LIMIT $3`,
    [listId, page.after, page.limit, page.all ?? false],
  );
}

export async function setListExported(q: Queryable, listId: string, by: string, executionDate: string) {
  await q.query(
    `UPDATE payment_list SET status = 'exported', exported_at = date_trunc('second', now()), exported_by = $2,
            execution_date = $3 WHERE id = $1`,
    [listId, by, executionDate],
  );
  await q.query(`UPDATE payment_item SET status = 'exported' WHERE list_id = $1 AND status = 'approved'`, [
    listId,
  ]);
}

export async function setListStatus(
  q: Queryable,
  listId: string,
  status: string,
  paidOn: string | null = null,
) {
  await q.query('UPDATE payment_list SET status = $2, paid_on = COALESCE($3, paid_on) WHERE id = $1', [
    listId,
    status,
    paidOn,
  ]);
}

/** Marks items paid and their schedule items too; returns what the ledger needs. */
export async function markPaid(
  q: Queryable,
  itemIds: string[],
  from: string[],
  p: {
    paidOn: string;
    by: string;
    receiptNumber?: string | null;
    documentType?: string;
    documentNumber?: string;
  },
) {
  const r = await q.query<{
    id: string;
    personId: string;
    amount: number;
    deduction: number;
    reissue: boolean;
  }>(
    `UPDATE payment_item SET status = 'paid', paid_on = $3, paid_by = $4, receipt_number = $5, document_type = $6,
            document_number = $7
      WHERE id = ANY($1) AND status = ANY($2)
      RETURNING id, person_id AS "personId", amount, deduction, reissue`,
    [
      itemIds,
      from,
      p.paidOn,
      p.by,
      p.receiptNumber ?? null,
      p.documentType ?? null,
      p.documentNumber ?? null,
    ],
  );
  const paid = r.rows.map((x) => x.id);
  await q.query(
    `UPDATE payment_schedule_item s SET status = 'paid', version = s.version + 1
       FROM payment_item i WHERE i.id = ANY($1) AND s.id = i.schedule_item_id`,
    [paid],
  );
  // What was withheld is now recovered (art. 104 ust. 2).
  await q.query(
    `UPDATE receivable r SET recovered = r.recovered + d.total, version = r.version + 1
       FROM (SELECT receivable_id, sum(amount) AS total FROM payment_deduction WHERE payment_item_id = ANY($1)
              GROUP BY receivable_id) d
      WHERE r.id = d.receivable_id`,
    [paid],
  );
  return r.rows;
}

export async function setReturned(q: Queryable, id: string, returnedOn: string, reason: string) {
  await q.query(
    `UPDATE payment_item SET status = 'returned', returned_on = $2, return_reason = $3 WHERE id = $1`,
    [id, returnedOn, reason],
  );
}

export async function setResolution(q: Queryable, id: string, resolution: 'reissue' | 'cancel') {
  await q.query('UPDATE payment_item SET resolution = $2 WHERE id = $1', [id, resolution]);
}

/** A new schedule item paying a returned transfer again, in a later run. */
export async function insertReissue(
  q: Queryable,
  item: PayoutItem,
  p: { amount: number; method: string; iban: string | null; recipientName: string | null; dueOn: string },
) {
  await q.query(
    `INSERT INTO payment_schedule_item (decision_id, person_id, household_id, benefit, month, amount, kind,
       origin_payment_item_id, method, iban, recipient_name, due_on)
     SELECT i.decision_id, i.person_id, i.household_id, i.benefit, i.month, $2, 'reissue', i.id, $3, $4, $5, $6
       FROM payment_item i WHERE i.id = $1`,
    [item.id, p.amount, p.method, p.iban, p.recipientName, p.dueOn],
  );
}
