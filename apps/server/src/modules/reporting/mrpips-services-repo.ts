import type { ServiceSection } from '@ostoja/domain/reporting/mrpips';
import type { Queryable } from '../../db/db.ts';

// MRPiPS-03's non-cash sections: care services, meals, DPS, shelter, funerals, clothing, food aid and crisis
// intervention. Each section is one CTE `svc(row, person_id, counted, in_total, …)`: a row per
// decision, visit, list entry or payment; `counted` marks the rows whose person the section counts
// (a payment of an older bill adds money, not a person), `in_total` the rows its total adds up.
// The figure and the list behind it read the same CTE, so a list always holds what its figure
// counts. Persons are counted distinct per row and in the total; everyone is counted (the figures
// are aggregates), the lists are scoped by the caller. $1/$2 the period.
//
// The definitions agree with the services' own reports: care recipients, hours and cost as in
// services/indicator-repo.ts (the strategy report), meals as in the programme's yearly report,
// the gmina's DPS cost as dps costReport, food aid as the FEPŻ year.

interface Spec {
  cte: string;
  /** Aggregate of each column over a group of `svc` rows. */
  columns: Record<string, string>;
  /** Whether a total row adds up the in_total rows (else the CTE names its only row `total`). */
  total: boolean;
}

const PERSONS = 'count(DISTINCT person_id) FILTER (WHERE counted)::int';
const sumOf = (col: string, type = 'bigint') => `COALESCE(sum(${col}), 0)::${type}`;
const within = (from: string, to: string) => `${from} <= $2::date AND ${to} >= $1::date`;

/**
 * The gmina's part of a resident's monthly DPS fee in each month of the period begun by `today`
 * [M: no ledger of the transfers to the homes is kept; the figure is what dps costReport says the
 * gmina owes]: the month of admission by its days (gminaCostInMonth, half up), later months whole.
 */
const DPS_GMINA = (today: string) => `COALESCE((
  SELECT sum(CASE WHEN m = date_trunc('month', d.admitted_on)
                  THEN round(d.gmina_grosze::numeric * (extract(day FROM m + interval '1 month' - interval '1 day')
                             - extract(day FROM d.admitted_on) + 1) / extract(day FROM m + interval '1 month' - interval '1 day'))
                  ELSE d.gmina_grosze END)
    FROM generate_series(greatest(date_trunc('month', d.admitted_on), $1::date), least($2::date, '${today}'::date),
                         interval '1 month') AS m
), 0)::bigint`;

function spec(section: ServiceSection, today: string): Spec {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`not a date: ${today}`);
  switch (section) {
    case 'careServices':
      // Persons: a decision covering a day of the period; hours and their cost (the hourly cost of the
      // decision's table, per visit to the grosz): visits delivered in it; fees: bill payments in it.
      return {
        cte: `svc AS (
          SELECT c.service_kind AS row, c.person_id, true AS counted, true AS in_total,
                 0::numeric AS hours, 0::bigint AS amount, 0::bigint AS fees
            FROM care_service c WHERE ${within('c.period_from', 'c.period_to')}
          UNION ALL
          SELECT c.service_kind, c.person_id, false, true, v.hours, round(v.hours * c.hourly_cost_grosze)::bigint, 0
            FROM care_visit v JOIN care_service c ON c.id = v.care_service_id
           WHERE v.visit_on BETWEEN $1::date AND $2::date AND v.missed_reason IS NULL
          UNION ALL
          SELECT c.service_kind, c.person_id, false, true, 0, 0, p.amount_grosze
            FROM care_bill_payment p JOIN care_bill b ON b.id = p.bill_id JOIN care_service c ON c.id = b.care_service_id
           WHERE p.paid_on BETWEEN $1::date AND $2::date
        )`,
        columns: {
          persons: PERSONS,
          hours: sumOf('hours', 'float8'),
          amount: sumOf('amount'),
          fees: sumOf('fees'),
        },
        total: true,
      };
    case 'meals':
      // Meals: the providers' lists of the period's months (cost per meal from the invoice); of them
      // pupils fed at a school or persons under 18 on the month's first day; allowances and food in
      // kind: decided in the period.
      return {
        cte: `svc AS (
          SELECT 'meal' AS row, e.person_id, true AS counted, true AS in_total, e.meals,
                 (e.meals * l.cost_per_meal_grosze)::bigint AS amount
            FROM meal_list l JOIN meal_list_entry e ON e.list_id = l.id WHERE l.month BETWEEN $1::date AND $2::date
          UNION ALL
          SELECT 'mealChildren', e.person_id, true, false, e.meals, (e.meals * l.cost_per_meal_grosze)::bigint
            FROM meal_list l JOIN meal_provider v ON v.id = l.provider_id JOIN meal_list_entry e ON e.list_id = l.id
            JOIN person p ON p.id = e.person_id
           WHERE l.month BETWEEN $1::date AND $2::date AND (v.place = 'school' OR p.birth_date > l.month - interval '18 years')
          UNION ALL
          SELECT m.form, m.person_id, true, true, 0, m.amount_grosze::bigint
            FROM meal_aid m WHERE m.form <> 'meal' AND m.decided_on BETWEEN $1::date AND $2::date
        )`,
        columns: { persons: PERSONS, meals: sumOf('meals', 'int'), amount: sumOf('amount') },
        total: true,
      };
    case 'dps':
      return {
        cte: `svc AS (
          SELECT 'referred' AS row, person_id, true AS counted, false AS in_total, 0::bigint AS amount
            FROM dps_referral WHERE referred_on BETWEEN $1::date AND $2::date
          UNION ALL SELECT 'admitted', person_id, true, false, 0 FROM dps_referral WHERE admitted_on BETWEEN $1::date AND $2::date
          UNION ALL SELECT 'residing', d.person_id, true, false, ${DPS_GMINA(today)} FROM dps_referral d WHERE d.admitted_on <= $2::date
          UNION ALL SELECT 'waiting', person_id, true, false, 0 FROM dps_referral
           WHERE referred_on <= $2::date AND (admitted_on IS NULL OR admitted_on > $2::date)
        )`,
        columns: { persons: PERSONS, amount: sumOf('amount') },
        total: false,
      };
    case 'shelters':
      // Days of stay within the period (both ends counted) and the fee for them (days × daily fee).
      return {
        cte: `svc AS (
          SELECT s.kind AS row, r.person_id, true AS counted, true AS in_total, d.days, (d.days * r.daily_fee_grosze)::bigint AS fees
            FROM shelter_referral r JOIN shelter s ON s.id = r.shelter_id
            CROSS JOIN LATERAL (SELECT least(r.period_to, $2::date) - greatest(r.period_from, $1::date) + 1 AS days) d
           WHERE ${within('r.period_from', 'r.period_to')}
        )`,
        columns: { persons: PERSONS, days: sumOf('days', 'int'), fees: sumOf('fees') },
        total: true,
      };
    case 'funerals':
      // Art. 44: funerals the centre ordered in the period, at their cost (the invoice's once it came).
      return {
        cte: `svc AS (
          SELECT 'total'::text AS row, person_id, true AS counted, false AS in_total, cost_grosze::bigint AS amount
            FROM funeral WHERE ordered_on BETWEEN $1::date AND $2::date
        )`,
        columns: { persons: PERSONS, amount: sumOf('amount') },
        total: false,
      };
    case 'clothing':
      // Art. 48: clothing granted by a decision signed in the period, in cash (a zasiłek celowy for
      // clothing, at its amount) or in kind; a person granted both is counted once in the total.
      return {
        cte: `svc AS (
          SELECT CASE d.help_form WHEN 'inKind' THEN 'inKind' ELSE 'cash' END AS row, a.applicant_id AS person_id,
                 true AS counted, true AS in_total, d.amount::bigint AS amount
            FROM decision d JOIN application a ON a.id = d.application_id
           WHERE d.purpose = 'clothing' AND d.outcome = 'grant' AND d.decided_on BETWEEN $1::date AND $2::date
        )`,
        columns: { persons: PERSONS, amount: sumOf('amount') },
        total: true,
      };
    case 'foodAid':
      // Referrals issued in the period (each person once, in their largest household) and what the
      // partners reported handed out in its months.
      return {
        cte: `svc AS (
          SELECT 'total' AS row, person_id, true AS counted, false AS in_total,
                 CASE WHEN row_number() OVER (PARTITION BY person_id ORDER BY household_size DESC) = 1
                      THEN household_size ELSE 0 END AS size, 0 AS parcels, 0::numeric AS kilograms
            FROM food_aid_referral WHERE issued_on BETWEEN $1::date AND $2::date
          UNION ALL
          SELECT 'total', r.person_id, false, false, 0, d.parcels, d.kilograms
            FROM food_aid_distribution d JOIN food_aid_referral r ON r.id = d.referral_id
           WHERE d.month BETWEEN $1::date AND $2::date
        )`,
        columns: {
          persons: PERSONS,
          personsInFamilies: sumOf('size', 'int'),
          parcels: sumOf('parcels', 'int'),
          kilograms: sumOf('kilograms', 'float8'),
        },
        total: false,
      };
    case 'crisis':
      // Art. 47: persons in a crisis case open during the period (the family: the household the case
      // covers, else the person alone), by the crisis; the days of its hostel stays within the period.
      return {
        cte: `svc AS (
          SELECT c.kind AS row, c.person_id, true AS counted, true AS in_total,
                 COALESCE(c.household_id, c.person_id)::text AS family, 0 AS days
            FROM crisis_case c WHERE ${within('c.opened_on', 'COALESCE(c.closed_on, $2::date)')}
          UNION ALL
          SELECT c.kind, c.person_id, false, true, NULL, d.days
            FROM crisis_stay s JOIN crisis_case c ON c.id = s.case_id
            CROSS JOIN LATERAL (SELECT least(s.stay_to, $2::date) - greatest(s.stay_from, $1::date) + 1 AS days) d
           WHERE ${within('s.stay_from', 's.stay_to')}
        )`,
        columns: {
          persons: PERSONS,
          families: 'count(DISTINCT family) FILTER (WHERE counted)::int',
          days: sumOf('days', 'int'),
        },
        total: true,
      };
  }
}

/** A section's figures: per row, and the total (each person once) where the section has one. */
export async function serviceSection(
  q: Queryable,
  section: ServiceSection,
  from: string,
  to: string,
  today: string,
) {
  const s = spec(section, today);
  const cols = Object.entries(s.columns)
    .map(([key, agg]) => `${agg} AS "${key}"`)
    .join(', ');
  const total = s.total ? `UNION ALL SELECT 'total', ${cols} FROM svc WHERE in_total` : '';
  const r = await q.query<Record<string, string | number>>(
    `WITH ${s.cte} SELECT row, ${cols} FROM svc GROUP BY row ${total}`,
    [from, to],
  );
  // bigint sums come as text: every figure is a number (grosze stay far below 2^53).
  return new Map(
    r.rows.map(({ row, ...values }) => [
      String(row),
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])),
    ]),
  );
}

/**
 * The persons a figure of a non-cash section counts, as CTE `chosen_persons(id)` for the drill-down
 * ($3: the row, NULL for the total).
 */
export function servicePersons(section: ServiceSection, today: string): string {
  return `${spec(section, today).cte},
    chosen_persons AS (SELECT DISTINCT person_id AS id FROM svc
      WHERE counted AND (row = COALESCE($3::text, 'total') OR ($3::text IS NULL AND in_total)))`;
}
