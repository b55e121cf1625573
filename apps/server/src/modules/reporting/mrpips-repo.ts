import { FAMILY_TYPE_ROWS } from '@ostoja/domain/reporting/mrpips';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';
import { WITH_ASSISTANT } from '../family-support/repo-indicators.ts';
import { helpedIn, SOCIAL_WORK } from '../social-work/indicator-repo.ts';
import { FAMILIES, FAMILY_TYPE_SQL, HELPED, SIZES, SOCIAL_ASSISTANCE_EXPENSE } from './helped-repo.ts';

// MRPiPS-03, one set-based aggregate query per section; $1/$2 the period. No per-person loop:
// the database groups, the application only lays the rows out.

/** Dział 1: headcount by position on the last day of the period (staff_position_idx). */
export async function staffing(q: Queryable, onDate: string) {
  return rowsOf<{ position: string | null; headcount: number }>(
    q,
    `SELECT position, count(*)::int AS headcount FROM staff_position
      WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)
      GROUP BY ROLLUP (position)`,
    [onDate],
  );
}

export interface BenefitRow {
  benefit: string | null;
  persons: number;
  families: number;
  personsInFamilies: number;
  benefits: number;
  amount: number;
}

/**
 * Benefits by kind: persons and families granted (decisions covering the period), persons in
 * those families, and the payments the ledger booked in the period: the amount is the sum of
 * the expense postings; the number of benefits counts payments less reversals (a cancelled
 * bank return means the benefit was not due). NULL benefit: the total,
 * each person and family counted once however many kinds they had.
 */
export async function benefits(q: Queryable, from: string, to: string) {
  return rowsOf<BenefitRow>(
    q,
    `WITH ${HELPED}, ${SIZES},
     persons AS (
       SELECT benefit, count(*)::int AS n FROM (SELECT DISTINCT benefit, person_id FROM helped) x GROUP BY benefit
       UNION ALL SELECT NULL, count(*)::int FROM (SELECT DISTINCT person_id FROM helped) y
     ),
     families AS (
       SELECT benefit, count(*)::int AS families, COALESCE(sum(size), 0)::int AS members
         FROM (SELECT benefit, household_id, max(family_size) AS size FROM helped GROUP BY benefit, household_id) k
        GROUP BY benefit
       UNION ALL SELECT NULL, count(*)::int, COALESCE(sum(size), 0)::int FROM sizes
     ),
     money AS (
       SELECT benefit, (count(*) FILTER (WHERE amount > 0) - count(*) FILTER (WHERE amount < 0))::int AS benefits,
              COALESCE(sum(amount), 0)::bigint AS amount
         FROM report_expense WHERE on_date BETWEEN $1::date AND $2::date AND ${SOCIAL_ASSISTANCE_EXPENSE}
        GROUP BY ROLLUP (benefit)
     ),
     kinds AS (SELECT benefit FROM persons UNION SELECT benefit FROM money)
     SELECT k.benefit, COALESCE(p.n, 0) AS persons, COALESCE(f.families, 0) AS families,
            COALESCE(f.members, 0) AS "personsInFamilies", COALESCE(m.benefits, 0) AS benefits,
            COALESCE(m.amount, 0) AS amount
       FROM kinds k
       LEFT JOIN persons p ON p.benefit IS NOT DISTINCT FROM k.benefit
       LEFT JOIN families f ON f.benefit IS NOT DISTINCT FROM k.benefit
       LEFT JOIN money m ON m.benefit IS NOT DISTINCT FROM k.benefit`,
    [from, to],
  );
}

/** Reasons (art. 7): families and persons in them, per reason; NULL reason: every family once. */
export async function reasons(q: Queryable, from: string, to: string) {
  return rowsOf<{ reason: string | null; families: number; personsInFamilies: number }>(
    q,
    `WITH ${HELPED}, ${SIZES},
     by_reason AS (
       SELECT r.reason, h.household_id, max(h.family_size) AS size
         FROM helped h CROSS JOIN LATERAL unnest(h.help_reasons) AS r(reason) GROUP BY r.reason, h.household_id
     )
     SELECT reason, count(*)::int AS families, COALESCE(sum(size), 0)::int AS "personsInFamilies"
       FROM by_reason GROUP BY reason
     UNION ALL SELECT NULL, count(*)::int, COALESCE(sum(size), 0)::int FROM sizes`,
    [from, to],
  );
}

/** Types of families: one pass over the helped families, one FILTER pair per type. */
export async function familyTypes(q: Queryable, from: string, to: string) {
  const columns = FAMILY_TYPE_ROWS.map(
    (t) => `count(*) FILTER (WHERE ${FAMILY_TYPE_SQL[t]})::int AS "${t}.families",
            COALESCE(sum(size) FILTER (WHERE ${FAMILY_TYPE_SQL[t]}), 0)::int AS "${t}.personsInFamilies"`,
  );
  const r = await q.query<Record<string, number>>(
    `WITH ${HELPED}, ${FAMILIES} SELECT ${columns.join(', ')} FROM families`,
    [from, to],
  );
  return r.rows[0]!;
}

/**
 * The households each social-work row counts, as CTE `sw_rows(row, household_id)`: in social work
 * (a case file open in the period), of them not helped with any benefit in it, and those with a
 * family assistant. Not limited to households that got a benefit (unlike HELPED).
 */
export const SOCIAL_WORK_ROWS = `${SOCIAL_WORK}, ${WITH_ASSISTANT},
sw_rows AS (
  SELECT 'total' AS row, household_id FROM social_work
  UNION ALL SELECT 'withoutBenefit', s.household_id FROM social_work s WHERE NOT ${helpedIn('s.household_id')}
  UNION ALL SELECT 'withAssistant', household_id FROM with_assistant
)`;

/** The members of the households in `chosen` during the period (any household, benefit or not). */
export const CHOSEN_MEMBERS = `members AS (
  SELECT DISTINCT m.household_id, m.person_id, m.relation FROM household_membership m
   WHERE m.household_id IN (SELECT household_id FROM chosen)
     AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)
)`;

/** Social work: families per row and the persons living in them during the period. */
export async function socialWork(q: Queryable, from: string, to: string) {
  return rowsOf<{ row: string; families: number; personsInFamilies: number }>(
    q,
    `WITH ${SOCIAL_WORK_ROWS}
     SELECT c.row, count(DISTINCT c.household_id)::int AS families, count(DISTINCT m.person_id)::int AS "personsInFamilies"
       FROM sw_rows c LEFT JOIN household_membership m ON m.household_id = c.household_id
        AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)
      GROUP BY c.row`,
    [from, to],
  );
}
