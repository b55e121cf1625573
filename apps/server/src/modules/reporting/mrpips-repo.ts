import { FAMILY_TYPE_ROWS } from '@ostoja/domain/reporting/mrpips';
import type { Queryable } from '../../db/db.ts';
import { FAMILIES, FAMILY_TYPE_SQL, HELPED, PAID, SIZES } from './helped.ts';

// MRPiPS-03, one set-based aggregate query per section; $1/$2 the period. No per-person loop:
// the database groups, the application only lays the rows out.

/** Dział 1: headcount by position on the last day of the period (staff_position_idx). */
export async function staffing(q: Queryable, onDate: string) {
  const r = await q.query<{ position: string | null; headcount: number }>(
    `SELECT position, count(*)::int AS headcount FROM staff_position
      WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)
      GROUP BY ROLLUP (position)`,
    [onDate],
  );
  return r.rows;
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
 * those families, and the payments the ledger booked in the period. NULL benefit: the total,
 * each person and family counted once however many kinds they had.
 */
export async function benefits(q: Queryable, from: string, to: string) {
  const r = await q.query<BenefitRow>(
    `WITH ${HELPED}, ${SIZES}, ${PAID},
     persons AS (
       SELECT benefit, count(*)::int AS n FROM (SELECT DISTINCT benefit, person_id FROM helped) x GROUP BY benefit
       UNION ALL SELECT NULL, count(*)::int FROM (SELECT DISTINCT person_id FROM helped) y
     ),
     families AS (
       SELECT k.benefit, count(*)::int AS families, COALESCE(sum(s.size), 0)::int AS members
         FROM (SELECT DISTINCT benefit, household_id FROM helped) k LEFT JOIN sizes s ON s.household_id = k.household_id
        GROUP BY k.benefit
       UNION ALL
       SELECT NULL, count(*)::int, COALESCE(sum(s.size), 0)::int
         FROM (SELECT DISTINCT household_id FROM helped) k LEFT JOIN sizes s ON s.household_id = k.household_id
     ),
     money AS (
       SELECT benefit, count(*) FILTER (WHERE amount > 0)::int AS benefits, COALESCE(sum(amount), 0)::bigint AS amount
         FROM paid GROUP BY ROLLUP (benefit)
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
  return r.rows;
}

/** Reasons (art. 7): families and persons in them, per reason; NULL reason: every family once. */
export async function reasons(q: Queryable, from: string, to: string) {
  const r = await q.query<{ reason: string | null; families: number; personsInFamilies: number }>(
    `WITH ${HELPED}, ${SIZES},
     by_reason AS (SELECT DISTINCT r.reason, h.household_id FROM helped h CROSS JOIN LATERAL unnest(h.help_reasons) AS r(reason))
     SELECT b.reason, count(*)::int AS families, COALESCE(sum(s.size), 0)::int AS "personsInFamilies"
       FROM by_reason b LEFT JOIN sizes s ON s.household_id = b.household_id GROUP BY b.reason
     UNION ALL
     SELECT NULL, count(*)::int, COALESCE(sum(s.size), 0)::int
       FROM (SELECT DISTINCT household_id FROM helped) k LEFT JOIN sizes s ON s.household_id = k.household_id`,
    [from, to],
  );
  return r.rows;
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
