import type { CareTask } from '@ostoja/domain/services/care-service';
import type { CreateCarer, CreatePlanEntry, CreateVisit } from '@ostoja/domain/services/schedule';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of carers' schedules. A plan or visit is reached through its decision's person, so the
// registry's scope (alias p) is in every query that returns a client.

export interface CarerRow {
  id: string;
  fullName: string;
  employer: 'own' | 'contracted';
  providerName: string | null;
  staffUserId: string | null;
}

const CARER = `SELECT id, full_name AS "fullName", employer, provider_name AS "providerName",
        staff_user_id AS "staffUserId" FROM carer`;

export async function insertCarer(q: Queryable, c: z.output<typeof CreateCarer>, by: string) {
  return insertedId(
    q,
    `INSERT INTO carer (full_name, employer, provider_name, staff_user_id, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [c.fullName, c.employer, c.employer === 'contracted' ? c.providerName : null, c.staffUserId, by],
  );
}

export async function findCarer(q: Queryable, id: string) {
  return rowOf<CarerRow>(q, `${CARER} WHERE id = $1`, [id]);
}

export async function carersByName(q: Queryable, names: string[]) {
  return rowsOf<CarerRow>(q, `${CARER} WHERE full_name = ANY($1::text[])`, [names]);
}

export async function staffUserTaken(q: Queryable, userId: string) {
  const user = await q.query<{ carer: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'carer') AS carer
       FROM staff_user u WHERE u.id = $1 AND u.is_active`,
    [userId],
  );
  const carer = await q.query('SELECT 1 FROM carer WHERE staff_user_id = $1', [userId]);
  return { exists: user.rowCount === 1, isCarer: user.rows[0]?.carer === true, taken: carer.rowCount === 1 };
}

/** Active accounts with the carer role, by name, with the carer each is linked to (if any). */
export async function carerLogins(q: Queryable) {
  return rowsOf<{ id: string; fullName: string; login: string; carerName: string | null }>(
    q,
    `SELECT u.id, u.full_name AS "fullName", u.login, k.full_name AS "carerName"
       FROM staff_user u LEFT JOIN carer k ON k.staff_user_id = u.id
      WHERE u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'carer')
      ORDER BY u.sort_key, u.id`,
  );
}

/** Alphabetical by name; keyset on (full_name, id). */
export async function listCarers(q: Queryable, after: After, limit: number) {
  return rowsOf<CarerRow>(
    q,
    `${CARER} WHERE ($1::text IS NULL OR (full_name, id) > ($1::text, $2::uuid))
      ORDER BY full_name, id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export interface DecisionRow {
  id: string;
  number: string;
  personId: string;
  periodFrom: string;
  periodTo: string;
  provider: 'own' | 'contracted';
  providerName: string | null;
}

const DECISION = `SELECT c.id, c.number, c.person_id AS "personId",
        to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo",
        c.provider, c.provider_name AS "providerName"
   FROM care_service c JOIN person p ON p.id = c.person_id`;

/** A decision the actor may see (the registry's scope), for checking a plan or a visit against it. */
export async function findDecision(q: Queryable, id: string, scope: string) {
  return rowOf<DecisionRow>(q, `${DECISION} WHERE c.id = $1 AND ${scope}`, [id]);
}

export async function decisionsByNumber(q: Queryable, numbers: string[], scope: string) {
  return rowsOf<DecisionRow>(q, `${DECISION} WHERE c.number = ANY($1::text[]) AND ${scope}`, [numbers]);
}

export async function insertPlan(q: Queryable, e: z.output<typeof CreatePlanEntry>, by: string) {
  return insertedId(
    q,
    `INSERT INTO care_plan (care_service_id, carer_id, weekday, starts_at, ends_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [e.careServiceId, e.carerId, e.weekday, e.startsAt, e.endsAt, by],
  );
}

const PLAN = `SELECT pl.id, pl.care_service_id AS "careServiceId", pl.carer_id AS "carerId", k.full_name AS "carerName",
        pl.weekday, to_char(pl.starts_at, 'HH24:MI') AS "startsAt", to_char(pl.ends_at, 'HH24:MI') AS "endsAt",
        (extract(epoch FROM pl.ends_at - pl.starts_at) / 3600)::float8 AS hours
   FROM care_plan pl JOIN carer k ON k.id = pl.carer_id`;

export interface PlanRow {
  id: string;
  careServiceId: string;
  carerId: string;
  carerName: string;
  weekday: number;
  startsAt: string;
  endsAt: string;
  hours: number;
}

export async function planOf(q: Queryable, careServiceId: string) {
  return rowsOf<PlanRow>(q, `${PLAN} WHERE pl.care_service_id = $1 ORDER BY pl.weekday, pl.starts_at`, [
    careServiceId,
  ]);
}

export interface VisitRow {
  id: string;
  careServiceId: string;
  carerId: string;
  carerName: string;
  visitOn: string;
  startsAt: string;
  hours: number;
  missedReason: z.output<typeof CreateVisit>['missedReason'];
  note: string | null;
  source: 'coordinator' | 'providerCsv';
}

const VISIT = `SELECT v.id, v.care_service_id AS "careServiceId", v.carer_id AS "carerId", k.full_name AS "carerName",
        to_char(v.visit_on, 'YYYY-MM-DD') AS "visitOn", to_char(v.starts_at, 'HH24:MI') AS "startsAt",
        v.hours::float8 AS hours, v.missed_reason AS "missedReason", v.note, v.source
   FROM care_visit v JOIN carer k ON k.id = v.carer_id`;

export async function visitsOf(q: Queryable, careServiceId: string, month: string) {
  return rowsOf<VisitRow>(
    q,
    `${VISIT} WHERE v.care_service_id = $1 AND to_char(v.visit_on, 'YYYY-MM') = $2
      ORDER BY v.visit_on, v.starts_at, v.id`,
    [careServiceId, month],
  );
}

export async function findVisit(q: Queryable, id: string) {
  const r = await q.query<VisitRow>(`${VISIT} WHERE v.id = $1`, [id]);
  return r.rows[0]!;
}

/** Hours already recorded for the client of a decision on a day (every decision of that person). */
export async function hoursOnDay(q: Queryable, personId: string, day: string) {
  const r = await q.query<{ hours: number }>(
    `SELECT coalesce(sum(v.hours), 0)::float8 AS hours FROM care_visit v JOIN care_service c ON c.id = v.care_service_id
      WHERE c.person_id = $1 AND v.visit_on = $2`,
    [personId, day],
  );
  return r.rows[0]!.hours;
}

export async function insertVisit(
  q: Queryable,
  v: z.output<typeof CreateVisit>,
  source: VisitRow['source'],
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO care_visit (care_service_id, carer_id, visit_on, starts_at, hours, missed_reason, note, source, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [v.careServiceId, v.carerId, v.visitOn, v.startsAt, v.hours, v.missedReason, v.note, source, by],
  );
}

export interface SlotRow {
  id: string;
  carerId: string;
  carerName: string;
  careServiceId: string;
  personId: string;
  client: string;
  weekday: number | null;
  date: string | null;
  startsAt: string;
  endsAt: string;
}

/** Plan slots of every carer on decisions in force in the month, with the client's name (in scope). */
export async function planSlots(q: Queryable, month: string, scope: string) {
  return rowsOf<SlotRow>(
    q,
    `SELECT pl.id, pl.carer_id AS "carerId", k.full_name AS "carerName", c.id AS "careServiceId",
            p.id AS "personId", p.first_name || ' ' || p.surname AS client, pl.weekday, NULL AS date,
            to_char(pl.starts_at, 'HH24:MI') AS "startsAt", to_char(pl.ends_at, 'HH24:MI') AS "endsAt"
       FROM care_plan pl JOIN carer k ON k.id = pl.carer_id JOIN care_service c ON c.id = pl.care_service_id
       JOIN person p ON p.id = c.person_id
      WHERE ${scope} AND c.period_from <= (to_date($1, 'YYYY-MM') + interval '1 month' - interval '1 day')
        AND c.period_to >= to_date($1, 'YYYY-MM')`,
    [month],
  );
}

/** Delivered visits of the month, each as a slot from its start for its hours. */
export async function visitSlots(q: Queryable, month: string, scope: string) {
  return rowsOf<SlotRow>(
    q,
    `SELECT v.id, v.carer_id AS "carerId", k.full_name AS "carerName", c.id AS "careServiceId",
            p.id AS "personId", p.first_name || ' ' || p.surname AS client, NULL::int AS weekday,
            to_char(v.visit_on, 'YYYY-MM-DD') AS date, to_char(v.starts_at, 'HH24:MI') AS "startsAt",
            to_char(v.starts_at + v.hours * interval '1 hour', 'HH24:MI') AS "endsAt"
       FROM care_visit v JOIN carer k ON k.id = v.carer_id JOIN care_service c ON c.id = v.care_service_id
       JOIN person p ON p.id = c.person_id
      WHERE ${scope} AND v.missed_reason IS NULL AND to_char(v.visit_on, 'YYYY-MM') = $1`,
    [month],
  );
}

export interface MonthDecisionRow {
  careServiceId: string;
  number: string;
  personId: string;
  firstName: string;
  surname: string;
  periodFrom: string;
  periodTo: string;
  deliveredHours: number;
  missedVisits: number;
  plan: { weekday: number; startsAt: string; endsAt: string }[];
}

/** Decisions in force in the month (in scope) with their plan and the hours delivered. */
export async function monthDecisions(q: Queryable, month: string, scope: string) {
  return rowsOf<MonthDecisionRow>(
    q,
    `SELECT c.id AS "careServiceId", c.number, p.id AS "personId", p.first_name AS "firstName", p.surname,
            to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo",
            coalesce((SELECT sum(v.hours) FROM care_visit v WHERE v.care_service_id = c.id
                        AND to_char(v.visit_on, 'YYYY-MM') = $1), 0)::float8 AS "deliveredHours",
            (SELECT count(*) FROM care_visit v WHERE v.care_service_id = c.id AND v.missed_reason IS NOT NULL
                AND to_char(v.visit_on, 'YYYY-MM') = $1)::int AS "missedVisits",
            coalesce((SELECT json_agg(json_build_object('weekday', pl.weekday,
                        'startsAt', to_char(pl.starts_at, 'HH24:MI'), 'endsAt', to_char(pl.ends_at, 'HH24:MI')))
                        FROM care_plan pl WHERE pl.care_service_id = c.id), '[]') AS plan
       FROM care_service c JOIN person p ON p.id = c.person_id
      WHERE ${scope} AND c.period_from <= (to_date($1, 'YYYY-MM') + interval '1 month' - interval '1 day')
        AND c.period_to >= to_date($1, 'YYYY-MM')
        AND (EXISTS (SELECT 1 FROM care_plan pl WHERE pl.care_service_id = c.id)
             OR EXISTS (SELECT 1 FROM care_visit v WHERE v.care_service_id = c.id AND to_char(v.visit_on, 'YYYY-MM') = $1))
      ORDER BY p.surname, p.first_name, c.id`,
    [month],
  );
}

export interface CarerClientRow {
  careServiceId: string;
  personId: string;
  firstName: string;
  surname: string;
  address: string;
  tasks: CareTask[];
  periodFrom: string;
  periodTo: string;
  plan: { weekday: number; startsAt: string; endsAt: string }[];
}

/**
 * The clients a carer (by their login) has in their plan, with the address and tasks only: the
 * carer's own row scope — no income, no fee, no other client.
 */
export async function carerClients(q: Queryable, userId: string, scope: string) {
  return rowsOf<CarerClientRow>(
    q,
    `SELECT c.id AS "careServiceId", p.id AS "personId", p.first_name AS "firstName", p.surname,
            'ul. ' || h.street || ' ' || h.building || coalesce('/' || h.apartment, '') || ', ' ||
              coalesce(h.postal_code || ' ', '') || h.city AS address,
            c.tasks, to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo",
            json_agg(json_build_object('weekday', pl.weekday, 'startsAt', to_char(pl.starts_at, 'HH24:MI'),
                     'endsAt', to_char(pl.ends_at, 'HH24:MI')) ORDER BY pl.weekday, pl.starts_at) AS plan
       FROM carer k JOIN care_plan pl ON pl.carer_id = k.id JOIN care_service c ON c.id = pl.care_service_id
       JOIN person p ON p.id = c.person_id JOIN application a ON a.id = c.application_id
       JOIN household h ON h.id = a.household_id
      WHERE k.staff_user_id = $1 AND c.period_to >= current_date AND ${scope}
      GROUP BY c.id, p.id, h.id
      ORDER BY p.surname, p.first_name, c.id`,
    [userId],
  );
}
