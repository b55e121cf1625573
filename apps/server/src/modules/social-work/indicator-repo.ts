import type { Queryable } from '../../db/db.ts';

// Social work in a period ($1 from, $2 to), one definition for the strategy report and MRPiPS-03.

/** Households with a case file open on any day of the period. */
export const SOCIAL_WORK = `social_work AS (
  SELECT DISTINCT household_id FROM case_file WHERE opened_on <= $2::date AND (closed_on IS NULL OR closed_on >= $1::date)
)`;

/**
 * Whether the household (an SQL expression) was helped with a benefit in the period, as the
 * reports count "helped" (helped-repo.ts: a granted decision covering a day of it).
 */
export const helpedIn = (household: string) =>
  `EXISTS (SELECT 1 FROM report_decision rd WHERE rd.household_id = ${household}
            AND rd.period_to >= $1::date AND rd.period_from <= $2::date)`;

/** The contract actions that count: signed (a draft is no contract), completed, broken. */
export const CONTRACT_EVENTS = { signed: 'sign', completed: 'complete', broken: 'break' } as const;

/** The contract `k` is in force: signed, and not yet completed, broken or ended early (contract-workflow.ts). */
export const contractInForce = (k: string) =>
  `(EXISTS (SELECT 1 FROM social_contract_action x WHERE x.contract_id = ${k}.id AND x.type = 'sign')
    AND NOT EXISTS (SELECT 1 FROM social_contract_action x WHERE x.contract_id = ${k}.id
                     AND x.type IN ('complete', 'break', 'endEarly')))`;

/** Contracts signed, completed and broken in the period, and the persons party to them. */
export async function contractsIn(q: Queryable, from: string, to: string) {
  const r = await q.query<{ type: string; contracts: number; persons: number }>(
    `SELECT a.type, count(*)::int AS contracts, count(DISTINCT k.person_id)::int AS persons
       FROM social_contract_action a JOIN social_contract k ON k.id = a.contract_id
      WHERE a.on_date BETWEEN $1::date AND $2::date AND a.type IN ('sign', 'complete', 'break')
      GROUP BY a.type`,
    [from, to],
  );
  const of = (type: string) => {
    const x = r.rows.find((y) => y.type === type);
    return { contracts: x?.contracts ?? 0, persons: x?.persons ?? 0 };
  };
  return {
    signed: of(CONTRACT_EVENTS.signed),
    completed: of(CONTRACT_EVENTS.completed),
    broken: of(CONTRACT_EVENTS.broken),
  };
}

/**
 * Social work in a year, for the strategy report: households with a case file open on any day of
 * it, the persons living in them then, those of them not helped with any benefit in the year
 * (social work as a case of its own), and social contracts signed, completed and broken.
 */
export async function socialWorkYear(q: Queryable, from: string, to: string) {
  const r = await q.query<{ families: number; persons: number; withoutBenefit: number }>(
    `WITH ${SOCIAL_WORK}
     SELECT (SELECT count(*) FROM social_work)::int AS families,
            (SELECT count(DISTINCT m.person_id) FROM social_work f JOIN household_membership m ON m.household_id = f.household_id
              WHERE m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date))::int AS persons,
            (SELECT count(*) FROM social_work f WHERE NOT ${helpedIn('f.household_id')})::int AS "withoutBenefit"`,
    [from, to],
  );
  const k = await contractsIn(q, from, to);
  return {
    ...r.rows[0]!,
    concluded: k.signed.contracts,
    completed: k.completed.contracts,
    broken: k.broken.contracts,
  };
}
