import type { Queryable } from '../../db/db.ts';

// The services in a period ($1 from, $2 to), one definition for the strategy report and MRPiPS-03:
// care-service recipients (a decision covering a day of it) and the hours delivered, and the
// meals programme's persons, meals and cost.

export async function servicesIn(q: Queryable, from: string, to: string) {
  const r = await q.query<{
    careRecipients: number;
    specialistRecipients: number;
    mentalRecipients: number;
    careHours: number;
    careCost: string;
    pupils: number;
    adults: number;
    meals: number;
    mealsCost: string;
    cashForFood: number;
    cashAmount: string;
  }>(
    `WITH care AS (
       SELECT c.person_id, c.service_kind FROM care_service c WHERE c.period_from <= $2::date AND c.period_to >= $1::date
     ), visits AS (
       SELECT coalesce(sum(v.hours), 0)::float8 AS hours,
              coalesce(sum(round(v.hours * c.hourly_cost_grosze)), 0)::bigint AS cost
         FROM care_visit v JOIN care_service c ON c.id = v.care_service_id
        WHERE v.visit_on BETWEEN $1::date AND $2::date AND v.missed_reason IS NULL
     ), fed AS (
       SELECT e.person_id, p.place, e.meals, e.meals * l.cost_per_meal_grosze AS cost
         FROM meal_list l JOIN meal_provider p ON p.id = l.provider_id JOIN meal_list_entry e ON e.list_id = l.id
        WHERE l.month BETWEEN $1::date AND $2::date
     ), cash AS (
       SELECT person_id, amount_grosze FROM meal_aid
        WHERE form <> 'meal' AND decided_on BETWEEN $1::date AND $2::date
     )
     SELECT (SELECT count(DISTINCT person_id) FILTER (WHERE service_kind IN ('careService', 'neighbourService')) FROM care)::int AS "careRecipients",
            (SELECT count(DISTINCT person_id) FILTER (WHERE service_kind = 'specialistCareService') FROM care)::int AS "specialistRecipients",
            (SELECT count(DISTINCT person_id) FILTER (WHERE service_kind = 'mentalDisorderCareService') FROM care)::int AS "mentalRecipients",
            (SELECT hours FROM visits) AS "careHours", (SELECT cost FROM visits) AS "careCost",
            (SELECT count(DISTINCT person_id) FILTER (WHERE place = 'school') FROM fed)::int AS pupils,
            (SELECT count(DISTINCT person_id) FILTER (WHERE place <> 'school') FROM fed)::int AS adults,
            (SELECT coalesce(sum(meals), 0) FROM fed)::int AS meals,
            (SELECT coalesce(sum(cost), 0) FROM fed)::bigint AS "mealsCost",
            (SELECT count(DISTINCT person_id) FROM cash)::int AS "cashForFood",
            (SELECT coalesce(sum(amount_grosze), 0) FROM cash)::bigint AS "cashAmount"`,
    [from, to],
  );
  const x = r.rows[0]!;
  return {
    ...x,
    careCost: Number(x.careCost),
    mealsCost: Number(x.mealsCost),
    cashAmount: Number(x.cashAmount),
  };
}
