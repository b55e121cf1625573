import type { MealsProgrammePeriod } from '@ostoja/domain/services/meals-rules';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';
import type { PersonDecisionRow } from './repo.ts';

// SQL of the meals programme ("Posiłek w szkole i w domu"). Providers are institutions, not personal
// data; decisions and lists name persons, so the registry's scope is part of each of their queries.

export async function programmePeriods(q: Queryable) {
  return rowsOf<MealsProgrammePeriod>(
    q,
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", criterion_percent AS "criterionPercent",
            exception_cap_percent AS "exceptionCapPercent", legal_basis AS "legalBasis"
       FROM meals_programme_period ORDER BY valid_from`,
  );
}

export interface ProviderRow {
  id: string;
  name: string;
  place: 'school' | 'home' | 'canteen';
  address: string | null;
}

const PROVIDER = 'SELECT id, name, place, address FROM meal_provider';

export async function listProviders(q: Queryable, after: After, limit: number) {
  return rowsOf<ProviderRow>(
    q,
    `${PROVIDER} WHERE ($1::text IS NULL OR (name, id) > ($1::text, $2::uuid)) ORDER BY name, id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findProvider(q: Queryable, id: string) {
  return rowOf<ProviderRow>(q, `${PROVIDER} WHERE id = $1`, [id]);
}

export async function providerNamed(q: Queryable, name: string) {
  return oneRow(q, 'SELECT 1 FROM meal_provider WHERE name = $1', [name]);
}

export async function insertProvider(q: Queryable, p: Omit<ProviderRow, 'id'>, by: string) {
  return insertedId(
    q,
    'INSERT INTO meal_provider (name, place, address, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [p.name, p.place, p.address, by],
  );
}

export interface MealAidRow extends PersonDecisionRow {
  form: 'meal' | 'zasilekCelowy' | 'foodInKind';
  providerId: string | null;
  providerName: string | null;
  place: 'school' | 'home' | 'canteen' | null;
  periodFrom: string;
  periodTo: string;
  amountGrosze: number | null;
  paymentMethod: 'transfer' | 'cashDesk' | null;
  criterionPercent: number;
  criterionGrosze: number;
  steps: unknown[];
  decidedOn: string;
  /** The signer (never sent: the answers' schemas leave it out). */
  decidedBy: string | null;
}

const AID = `SELECT m.id, m.number, m.application_id AS "applicationId", m.person_id AS "personId",
        p.first_name AS "firstName", p.surname, m.form, m.provider_id AS "providerId", v.name AS "providerName",
        v.place, to_char(m.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(m.period_to, 'YYYY-MM-DD') AS "periodTo",
        m.amount_grosze AS "amountGrosze", (SELECT d.payment_method FROM decision d WHERE d.meal_aid_id = m.id) AS "paymentMethod",
        m.criterion_percent AS "criterionPercent",
        m.criterion_grosze AS "criterionGrosze", m.steps, to_char(m.decided_on, 'YYYY-MM-DD') AS "decidedOn",
        m.decided_by AS "decidedBy"
   FROM meal_aid m JOIN person p ON p.id = m.person_id LEFT JOIN meal_provider v ON v.id = m.provider_id`;

export async function listAid(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<MealAidRow>(
    q,
    `${AID} WHERE ${scope} AND ($1::date IS NULL OR (m.decided_on, m.id) < ($1::date, $2::uuid))
      ORDER BY m.decided_on DESC, m.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findAid(q: Queryable, id: string, scope: string) {
  return rowOf<MealAidRow>(q, `${AID} WHERE m.id = $1 AND ${scope}`, [id]);
}

export type NewMealAid = Omit<
  MealAidRow,
  'id' | 'firstName' | 'surname' | 'providerName' | 'place' | 'paymentMethod' | 'decidedBy'
> & {
  wywiadId: string;
};

export async function insertAid(q: Queryable, m: NewMealAid, by: string) {
  return insertedId(
    q,
    `INSERT INTO meal_aid (number, application_id, wywiad_id, person_id, form, provider_id, period_from, period_to,
        amount_grosze, criterion_percent, criterion_grosze, steps, decided_on, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      m.number,
      m.applicationId,
      m.wywiadId,
      m.personId,
      m.form,
      m.providerId,
      m.periodFrom,
      m.periodTo,
      m.amountGrosze,
      m.criterionPercent,
      m.criterionGrosze,
      JSON.stringify(m.steps),
      m.decidedOn,
      by,
    ],
  );
}

/** For each person, the decision granting them a meal at `place` in `month` (first day), if any. */
export async function mealDecisions(q: Queryable, personIds: string[], place: string, month: string) {
  const r = await q.query<{ personId: string; id: string }>(
    `SELECT DISTINCT ON (m.person_id) m.person_id AS "personId", m.id
       FROM meal_aid m JOIN meal_provider v ON v.id = m.provider_id
      WHERE m.person_id = ANY($1::uuid[]) AND m.form = 'meal' AND v.place = $2
        AND m.period_from <= ($3::date + interval '1 month' - interval '1 day') AND m.period_to >= $3::date
      ORDER BY m.person_id, m.decided_on DESC`,
    [personIds, place, month],
  );
  return new Map(r.rows.map((x) => [x.personId, x.id]));
}

/** Persons whose decision grants a meal at the provider in the month (first day), by name. */
export async function decidedAt(q: Queryable, providerId: string, month: string, scope: string) {
  return rowsOf<{ personId: string; firstName: string; surname: string }>(
    q,
    `SELECT DISTINCT p.id AS "personId", p.first_name AS "firstName", p.surname
       FROM meal_aid m JOIN person p ON p.id = m.person_id
      WHERE m.provider_id = $1 AND m.form = 'meal' AND ${scope}
        AND m.period_from <= ($2::date + interval '1 month' - interval '1 day') AND m.period_to >= $2::date
      ORDER BY p.surname, p.first_name`,
    [providerId, month],
  );
}

/** Persons given by a client that the actor may see (a sealed one answers as missing). */
export async function personsInScope(q: Queryable, ids: string[], scope: string) {
  const r = await q.query<{ id: string }>(
    `SELECT p.id FROM person p WHERE p.id = ANY($1::uuid[]) AND ${scope}`,
    [ids],
  );
  return new Set(r.rows.map((x) => x.id));
}

export interface ListRow {
  id: string;
  costPerMealGrosze: number;
  invoiceNumber: string;
}

export async function findList(q: Queryable, providerId: string, month: string, forUpdate = false) {
  return rowOf<ListRow>(
    q,
    `SELECT id, cost_per_meal_grosze AS "costPerMealGrosze", invoice_number AS "invoiceNumber"
       FROM meal_list WHERE provider_id = $1 AND month = $2::date${forUpdate ? ' FOR UPDATE' : ''}`,
    [providerId, month],
  );
}

export async function listEntries(q: Queryable, listId: string, scope: string) {
  const r = await q.query<{
    personId: string;
    firstName: string;
    surname: string;
    meals: number;
    exception: boolean;
  }>(
    `SELECT e.person_id AS "personId", p.first_name AS "firstName", p.surname, e.meals, e.exception
       FROM meal_list_entry e JOIN person p ON p.id = e.person_id
      WHERE e.list_id = $1 AND ${scope} ORDER BY p.surname, p.first_name`,
    [listId],
  );
  return r.rows;
}

/** Writes the month's list anew (its entries replaced): one list per provider and month. */
export async function saveList(
  q: Queryable,
  l: { providerId: string; month: string; costPerMealGrosze: number; invoiceNumber: string },
  entries: { personId: string; meals: number; mealAidId: string | null; exception: boolean }[],
  by: string,
) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO meal_list (provider_id, month, cost_per_meal_grosze, invoice_number, updated_by)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (provider_id, month) DO UPDATE
       SET cost_per_meal_grosze = EXCLUDED.cost_per_meal_grosze, invoice_number = EXCLUDED.invoice_number,
           updated_by = EXCLUDED.updated_by, updated_at = now()
     RETURNING id`,
    [l.providerId, l.month, l.costPerMealGrosze, l.invoiceNumber, by],
  );
  const id = r.rows[0]!.id;
  await q.query('DELETE FROM meal_list_entry WHERE list_id = $1', [id]);
  if (entries.length)
    await q.query(
      `INSERT INTO meal_list_entry (list_id, person_id, meals, meal_aid_id, exception)
       SELECT $1, x.person_id, x.meals, x.meal_aid_id, x.exception
         FROM unnest($2::uuid[], $3::int[], $4::uuid[], $5::bool[]) AS x(person_id, meals, meal_aid_id, exception)`,
      [
        id,
        entries.map((e) => e.personId),
        entries.map((e) => e.meals),
        entries.map((e) => e.mealAidId),
        entries.map((e) => e.exception),
      ],
    );
  return id;
}

/**
 * Children fed in the gmina in a month (the base of the exception cap): distinct pupils on the
 * schools' lists of that month.
 */
export async function pupilsFed(q: Queryable, month: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(DISTINCT e.person_id)::int AS n
       FROM meal_list l JOIN meal_provider v ON v.id = l.provider_id JOIN meal_list_entry e ON e.list_id = l.id
      WHERE l.month = $1::date AND v.place = 'school'`,
    [month],
  );
  return r.rows[0]!.n;
}

/** Pupils fed by the exception in a month on the lists of the other providers. */
export async function exceptionsElsewhere(q: Queryable, month: string, providerId: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(DISTINCT e.person_id)::int AS n FROM meal_list l JOIN meal_list_entry e ON e.list_id = l.id
      WHERE l.month = $1::date AND l.provider_id <> $2 AND e.exception`,
    [month, providerId],
  );
  return r.rows[0]!.n;
}

/** The year's figures by form of help: lists give meals and their cost, decisions the allowances and food. */
export async function yearFigures(q: Queryable, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const r = await q.query<{ line: string; persons: number; meals: number; costGrosze: string }>(
    `SELECT 'meal' || initcap(v.place) AS line, count(DISTINCT e.person_id)::int AS persons,
            sum(e.meals)::int AS meals, sum(e.meals * l.cost_per_meal_grosze)::bigint AS "costGrosze"
       FROM meal_list l JOIN meal_provider v ON v.id = l.provider_id JOIN meal_list_entry e ON e.list_id = l.id
      WHERE l.month BETWEEN $1::date AND $2::date GROUP BY v.place
     UNION ALL
     SELECT m.form, count(DISTINCT m.person_id)::int, 0, sum(m.amount_grosze)::bigint
       FROM meal_aid m WHERE m.form <> 'meal' AND m.decided_on BETWEEN $1::date AND $2::date GROUP BY m.form`,
    [from, to],
  );
  const totals = await q.query<{ persons: number; exceptions: number }>(
    `SELECT (SELECT count(*)::int FROM (
               SELECT e.person_id FROM meal_list l JOIN meal_list_entry e ON e.list_id = l.id
                WHERE l.month BETWEEN $1::date AND $2::date
               UNION
               SELECT m.person_id FROM meal_aid m WHERE m.form <> 'meal' AND m.decided_on BETWEEN $1::date AND $2::date
             ) x) AS persons,
            (SELECT count(DISTINCT e.person_id)::int FROM meal_list l JOIN meal_list_entry e ON e.list_id = l.id
              WHERE l.month BETWEEN $1::date AND $2::date AND e.exception) AS exceptions`,
    [from, to],
  );
  return {
    lines: r.rows.map((x) => ({ ...x, costGrosze: Number(x.costGrosze) })),
    ...totals.rows[0]!,
  };
}
