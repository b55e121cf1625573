import type { Queryable } from '../../db/db.ts';

/**
 * Families an assistant worked with in the period ($1 from, $2 to): assigned on or before its end,
 * not ended before it began. Shared by the strategy report and MRPiPS-03.
 */
export const WITH_ASSISTANT = `with_assistant AS (
  SELECT DISTINCT household_id FROM family_assistance
   WHERE assigned_on <= $2::date AND (ended_on IS NULL OR ended_on >= $1::date)
)`;

/**
 * Family support in a year: families with an assistant, the gmina's children in foster care on
 * any day of it, and the gmina's share of their cost by the rule (art. 191 ust. 9 uwr) from the
 * powiat's notes.
 */
export async function familySupportYear(q: Queryable, from: string, to: string) {
  const r = await q.query<{ withAssistant: number; fosterChildren: number; fosterCost: number }>(
    `WITH ${WITH_ASSISTANT}
     SELECT (SELECT count(*) FROM with_assistant)::int AS "withAssistant",
            (SELECT count(*) FROM foster_child
              WHERE placed_on <= $2::date AND (ended_on IS NULL OR ended_on >= $1::date))::int AS "fosterChildren",
            (SELECT COALESCE(sum(expected_grosze), 0) FROM charge_note
              WHERE month BETWEEN $1::date AND $2::date)::bigint AS "fosterCost"`,
    [from, to],
  );
  const row = r.rows[0]!;
  return { ...row, fosterCost: Number(row.fosterCost) };
}
