import { randomUUID } from 'node:crypto';
import {
  type Balances,
  balances,
  isBalanced,
  ledgerSummary,
  type Posting,
} from '@ostoja/domain/payments/ledger';
import type { Queryable } from '../../db/db.ts';

// Writing and reading the per-person ledger. The postings come from the domain rules
// (packages/domain/src/payments/ledger.ts); many transactions go in two statements.

export interface LedgerTxn {
  personId: string;
  kind: 'payment' | 'bankReturn' | 'returnCancelled' | 'receivable' | 'repayment' | 'waiver';
  onDate: string;
  paymentItemId?: string | null;
  receivableId?: string | null;
  document?: string | null;
  memo?: string | null;
  createdBy: string;
  postings: Posting[];
}

export async function post(q: Queryable, txns: LedgerTxn[]) {
  if (txns.length === 0) return;
  const ids = txns.map(() => randomUUID());
  for (const t of txns) if (!isBalanced(t.postings)) throw new Error(`unbalanced ${t.kind} posting`);
  await q.query(
    `INSERT INTO ledger_txn (id, person_id, kind, on_date, payment_item_id, receivable_id, document, memo, created_by)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::uuid[])`,
    [
      ids,
      txns.map((t) => t.personId),
      txns.map((t) => t.kind),
      txns.map((t) => t.onDate),
      txns.map((t) => t.paymentItemId ?? null),
      txns.map((t) => t.receivableId ?? null),
      txns.map((t) => t.document ?? null),
      txns.map((t) => t.memo ?? null),
      txns.map((t) => t.createdBy),
    ],
  );
  const entries = txns.flatMap((t, i) => t.postings.map((p) => ({ txn: ids[i]!, person: t.personId, ...p })));
  await q.query(
    `INSERT INTO ledger_entry (txn_id, person_id, account, amount)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[])`,
    [
      entries.map((e) => e.txn),
      entries.map((e) => e.person),
      entries.map((e) => e.account),
      entries.map((e) => e.amount),
    ],
  );
}

export interface LedgerLine {
  txnId: string;
  kind: string;
  onDate: string;
  document: string | null;
  memo: string | null;
  paymentItemId: string | null;
  receivableId: string | null;
  entries: Posting[];
}

/** A person's ledger: its transactions (newest first), balances per account, and whether it balances. */
export async function personLedger(q: Queryable, personId: string, limit = 1000) {
  const r = await q.query<LedgerLine>(
    `SELECT t.id AS "txnId", t.kind, t.on_date AS "onDate", t.document, t.memo, t.payment_item_id AS "paymentItemId",
            t.receivable_id AS "receivableId",
            json_agg(json_build_object('account', e.account, 'amount', e.amount) ORDER BY e.id) AS entries
       FROM ledger_txn t JOIN ledger_entry e ON e.txn_id = t.id
      WHERE t.person_id = $1
      GROUP BY t.id ORDER BY t.on_date DESC, t.created_at DESC, t.id LIMIT $2`,
    [personId, limit],
  );
  const totals = await q.query<{ account: Posting['account']; amount: number }>(
    `SELECT account, sum(amount) AS amount FROM ledger_entry WHERE person_id = $1 GROUP BY account`,
    [personId],
  );
  const b: Balances = balances(totals.rows);
  return {
    transactions: r.rows,
    balances: b,
    summary: ledgerSummary(b),
    balanced: isBalanced(totals.rows),
  };
}
