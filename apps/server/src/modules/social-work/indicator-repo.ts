import type { Queryable } from '../../db/db.ts';

/**
 * Social work in a year, for the strategy report and MRPiPS-03: households with a case file open
 * on any day of it, the persons living in them then, those of them granted no benefit in the
 * year (social work as a case of its own), and social contracts signed (a draft is not yet a contract), completed and broken.
 */
export async function socialWorkYear(q: Queryable, from: string, to: string) {
  const r = await q.query<{
    families: number;
    persons: number;
    withoutBenefit: number;
    concluded: number;
    completed: number;
    broken: number;
  }>(
    `WITH f AS (
       SELECT DISTINCT household_id FROM case_file
        WHERE opened_on <= $2::date AND (closed_on IS NULL OR closed_on >= $1::date)
     )
     SELECT (SELECT count(*) FROM f)::int AS families,
            (SELECT count(DISTINCT m.person_id) FROM f JOIN household_membership m ON m.household_id = f.household_id
              WHERE m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date))::int AS persons,
            (SELECT count(*) FROM f WHERE NOT EXISTS (
               SELECT 1 FROM decision d JOIN application a ON a.id = d.application_id
                WHERE a.household_id = f.household_id AND d.outcome = 'grant'
                  AND d.decided_on <= $2::date AND (d.period_to IS NULL OR d.period_to >= $1::date)))::int AS "withoutBenefit",
            count(*) FILTER (WHERE a.type = 'sign')::int AS concluded,
            count(*) FILTER (WHERE a.type = 'complete')::int AS completed,
            count(*) FILTER (WHERE a.type = 'break')::int AS broken
       FROM social_contract_action a WHERE a.on_date BETWEEN $1::date AND $2::date`,
    [from, to],
  );
  return r.rows[0]!;
}
