import type { Queryable } from '../../db/db.ts';

/**
 * Family support in a year: families an assistant worked with (assigned on or before the year's
 * end, not ended before it began), the gmina's children in foster care on any day of it, and
 * the gmina's share of their cost by the rule (art. 191 ust. 9 uwr) from the powiat's notes.
 */
export async function familySupportYear(q: Queryable, from: string, to: string) {
  const r = await q.query<{ withAssistant: number; fosterChildren: number; fosterCost: number }>(
    `SELECT (SELECT count(DISTINCT household_id) FROM family_assistance
              WHERE assigned_on <= $2::date AND (ended_on IS NULL OR ended_on >= $1::date))::int AS "withAssistant",
            (SELECT count(*) FROM foster_child
              WHERE placed_on <= $2::date AND (ended_on IS NULL OR ended_on >= $1::date))::int AS "fosterChildren",
            (SELECT COALESCE(sum(expected_grosze), 0) FROM charge_note
              WHERE month BETWEEN $1::date AND $2::date)::bigint AS "fosterCost"`,
    [from, to],
  );
  const row = r.rows[0]!;
  return { ...row, fosterCost: Number(row.fosterCost) };
}
