import { FAMILY_TYPE_ROWS } from '@ostoja/domain/reporting/mrpips';
import type { Queryable } from '../../db/db.ts';
import { FAMILIES, FAMILY_TYPE_SQL, HELPED, MEMBERS, PAID } from './helped.ts';

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
    `WITH ${HELPED}, ${MEMBERS}, ${PAID},
     granted AS (
       SELECT benefit, count(DISTINCT person_id)::int AS persons, count(DISTINCT household_id)::int AS families
         FROM helped GROUP BY ROLLUP (benefit)
     ),
     in_families AS (
       SELECT k.benefit, count(DISTINCT m.person_id)::int AS n
         FROM (SELECT DISTINCT benefit, household_id FROM helped) k
         JOIN members m ON m.household_id = k.household_id GROUP BY ROLLUP (k.benefit)
     ),
     money AS (
       SELECT benefit, count(*) FILTER (WHERE amount > 0)::int AS benefits, COALESCE(sum(amount), 0)::bigint AS amount
         FROM paid GROUP BY ROLLUP (benefit)
     ),
     kinds AS (SELECT benefit FROM granted UNION SELECT benefit FROM money)
     SELECT k.benefit, COALESCE(g.persons, 0) AS persons, COALESCE(g.families, 0) AS families,
            COALESCE(f.n, 0) AS "personsInFamilies", COALESCE(m.benefits, 0) AS benefits,
            COALESCE(m.amount, 0) AS amount
       FROM kinds k
       LEFT JOIN granted g ON g.benefit IS NOT DISTINCT FROM k.benefit
       LEFT JOIN in_families f ON f.benefit IS NOT DISTINCT FROM k.benefit
       LEFT JOIN money m ON m.benefit IS NOT DISTINCT FROM k.benefit`,
    [from, to],
  );
  return r.rows;
}

/** Reasons (art. 7): families and persons in them, per reason; NULL reason: every family once. */
export async function reasons(q: Queryable, from: string, to: string) {
  const r = await q.query<{ reason: string | null; families: number; personsInFamilies: number }>(
    `WITH ${HELPED}, ${MEMBERS},
     by_reason AS (SELECT DISTINCT r.reason, h.household_id FROM helped h CROSS JOIN LATERAL unnest(h.help_reasons) AS r(reason))
     SELECT b.reason, count(DISTINCT b.household_id)::int AS families, count(DISTINCT m.person_id)::int AS "personsInFamilies"
       FROM by_reason b LEFT JOIN members m ON m.household_id = b.household_id
      GROUP BY ROLLUP (b.reason)`,
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
    `WITH ${HELPED}, ${MEMBERS}, ${FAMILIES} SELECT ${columns.join(', ')} FROM families`,
    [from, to],
  );
  return r.rows[0]!;
}
