import type { Flag, FlagKind } from '@ostoja/domain/payments/flags';
import type { Queryable } from '../../db/db.ts';
import { insertedId, rowOf, rowsOf } from '../../db/rows.ts';
import { MONTH } from './repo.ts';
import type { BatchItem } from './runs-repo.ts';

// SQL of the checks before approval: what the flag rules need, and the flags themselves.

export async function deathsFor(q: Queryable, pesels: string[]) {
  const r = await q.query<{ pesel: string; diedOn: string }>(
    `SELECT pesel, died_on AS "diedOn" FROM person_death WHERE pesel = ANY($1)`,
    [pesels],
  );
  return new Map(r.rows.map((x) => [x.pesel, x.diedOn]));
}

/** For each account, the households whose live items in the run are paid to it. */
export async function householdsByIban(q: Queryable, runId: string, ibans: string[]) {
  const r = await q.query<{ iban: string; households: string[] }>(
    `SELECT iban, array_agg(DISTINCT COALESCE(household_id, person_id)::text) AS households
       FROM payment_item WHERE run_id = $1 AND iban = ANY($2) AND status NOT IN ('excluded', 'expired')
      GROUP BY iban`,
    [runId, ibans],
  );
  return new Map(r.rows.map((x) => [x.iban, x.households]));
}

/** The same person's same benefit in the given months: approved or paid before, or on this run. */
export async function monthTotals(q: Queryable, runId: string, personIds: string[], months: string[]) {
  const r = await q.query<{
    personId: string;
    benefit: string;
    month: string;
    amount: number;
    partial: boolean;
  }>(
    `SELECT person_id AS "personId", benefit, ${MONTH('month')} AS month, sum(amount) AS amount,
            bool_or(days IS NOT NULL) AS partial
       FROM payment_item
      WHERE person_id = ANY($2) AND month = ANY($3::date[]) AND reissue = false
        AND (status IN ('approved', 'exported', 'paid', 'returned') OR (run_id = $1 AND status = 'pending'))
      GROUP BY person_id, benefit, month`,
    [runId, personIds, months.map((m) => `${m}-01`)],
  );
  return r.rows;
}

export async function insertFlags(q: Queryable, runId: string, flags: Flag[]) {
  if (flags.length === 0) return 0;
  const r = await q.query(
    `INSERT INTO payment_flag (run_id, payment_item_id, kind, details)
     SELECT $1, x.item, x.kind, x.details FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) AS x(item, kind, details)
     ON CONFLICT (payment_item_id, kind) DO NOTHING`,
    [
      runId,
      flags.map((f) => f.itemId),
      flags.map((f) => f.kind),
      flags.map((f) => JSON.stringify(f.details)),
    ],
  );
  return r.rowCount;
}

export async function flagCounts(q: Queryable, runId: string) {
  return rowsOf<{ kind: FlagKind; total: number; unresolved: number }>(
    q,
    `SELECT f.kind, count(*)::int AS total, count(*) FILTER (WHERE f.resolution IS NULL)::int AS unresolved
       FROM payment_flag f WHERE f.run_id = $1 GROUP BY f.kind ORDER BY f.kind`,
    [runId],
  );
}

export interface FlagRow {
  id: string;
  kind: FlagKind;
  details: Record<string, unknown>;
  resolution: 'accept' | 'exclude' | null;
  note: string | null;
  resolvedAt: Date | null;
  itemId: string;
  recipientName: string;
  month: string;
  amount: number;
  iban: string | null;
  method: 'transfer' | 'cashDesk';
  itemStatus: string;
}

/** `scope`: the registry's row scope on `p`, the beneficiary (a sealed person's flag is not listed). */
export async function flags(
  q: Queryable,
  runId: string,
  scope: string,
  f: { kind: string | null; unresolved: boolean },
) {
  return rowsOf<FlagRow>(
    q,
    `SELECT f.id, f.kind, f.details, f.resolution, f.note, f.resolved_at AS "resolvedAt", i.id AS "itemId",
            i.recipient_name AS "recipientName", ${MONTH('i.month')} AS month, i.amount, i.iban, i.method,
            i.status AS "itemStatus"
       FROM payment_flag f JOIN payment_item i ON i.id = f.payment_item_id JOIN person p ON p.id = i.person_id
      WHERE f.run_id = $1 AND ($2::text IS NULL OR f.kind = $2) AND (NOT $3 OR f.resolution IS NULL) AND ${scope}
      ORDER BY f.kind, i.recipient_name, f.id LIMIT 1000`,
    [runId, f.kind, f.unresolved],
  );
}

export async function findFlag(q: Queryable, id: string, scope: string) {
  return rowOf<{ id: string; runId: string; itemId: string; resolution: string | null }>(
    q,
    `SELECT f.id, f.run_id AS "runId", f.payment_item_id AS "itemId", f.resolution
       FROM payment_flag f JOIN payment_item i ON i.id = f.payment_item_id JOIN person p ON p.id = i.person_id
      WHERE f.id = $1 AND ${scope} FOR UPDATE OF f`,
    [id],
  );
}

export async function resolveFlag(
  q: Queryable,
  id: string,
  resolution: string,
  note: string | null,
  by: string,
) {
  await q.query(
    `UPDATE payment_flag SET resolution = $2, note = $3, resolved_by = $4, resolved_at = now() WHERE id = $1`,
    [id, resolution, note, by],
  );
}

export async function unresolvedFlags(q: Queryable, runId: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM payment_flag f JOIN payment_item i ON i.id = f.payment_item_id
      WHERE f.run_id = $1 AND f.resolution IS NULL AND i.status NOT IN ('excluded', 'expired')`,
    [runId],
  );
  return r.rows[0]!.n;
}

/** Pending items of runs still in review whose recipients have these PESEL numbers (death import). */
export async function pendingItemsOf(q: Queryable, pesels: string[]) {
  return rowsOf<BatchItem & { runId: string }>(
    q,
    `SELECT i.id AS "itemId", i.run_id AS "runId", i.person_id AS "personId", i.recipient_pesel AS pesel,
            i.household_id::text AS "householdId", i.iban, i.benefit, ${MONTH('i.month')} AS month, i.amount, i.days,
            i.reissue, i.method, i.pay_on AS "payOn"
       FROM payment_item i JOIN payment_run r ON r.id = i.run_id
      WHERE i.recipient_pesel = ANY($1) AND i.status = 'pending' AND r.status IN ('building', 'draft')`,
    [pesels],
  );
}

// The register of deaths (imported lists of PESEL and date of death), which raises flags.

export async function insertDeathImport(
  q: Queryable,
  by: string,
  received: number,
  imported: number,
  invalid: number,
) {
  return insertedId(
    q,
    `INSERT INTO death_import (imported_by, received, imported, invalid) VALUES ($1, $2, $3, $4) RETURNING id`,
    [by, received, imported, invalid],
  );
}

/** Records deaths; a PESEL already known takes the newer date and import. */
export async function recordDeaths(q: Queryable, importId: string, pesels: string[], diedOn: string[]) {
  await q.query(
    `INSERT INTO person_death (pesel, died_on, import_id)
     SELECT p, d, $3 FROM unnest($1::text[], $2::date[]) AS x(p, d)
     ON CONFLICT (pesel) DO UPDATE SET died_on = EXCLUDED.died_on, imported_at = now(), import_id = EXCLUDED.import_id`,
    [pesels, diedOn, importId],
  );
}
