import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import type { FacilityInput } from '@ostoja/domain/centres/facility';
import type { OpeningHours } from '@ostoja/domain/org/address';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the support centres. Facilities are the centre's own data; whoever is enrolled is read
// through the person, so the registry's scope (the Niebieska Karta seal) is part of each such query.

type FacilityIn = z.output<typeof FacilityInput>;

export interface FacilityRow {
  id: string;
  name: string;
  kind: FacilityIn['kind'];
  address: string;
  capacity: number;
  openingHours: OpeningHours;
  staff: { name: string; role: string }[];
  monthlyCostGrosze: number;
  charged: boolean;
  enrolled: number;
  waiting: number;
}

const FACILITY = `SELECT f.id, f.name, f.kind, f.address, f.capacity, f.opening_hours AS "openingHours", f.staff,
        f.monthly_cost_grosze AS "monthlyCostGrosze", f.charged,
        (SELECT count(*)::int FROM enrolment e WHERE e.facility_id = f.id AND e.ended_on IS NULL AND e.enrolled_on IS NOT NULL) AS enrolled,
        (SELECT count(*)::int FROM enrolment e WHERE e.facility_id = f.id AND e.ended_on IS NULL AND e.enrolled_on IS NULL) AS waiting
   FROM facility f`;

/** By name (Polish order), keyset on (name, id). */
export async function listFacilities(q: Queryable, after: After, limit: number) {
  return rowsOf<FacilityRow>(
    q,
    `${FACILITY} WHERE ($1::text IS NULL OR (f.name, f.id) > ($1::text, $2::uuid))
      ORDER BY f.name, f.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findFacility(q: Queryable, id: string, lock = false) {
  if (lock) await q.query('SELECT 1 FROM facility WHERE id = $1 FOR UPDATE', [id]);
  return rowOf<FacilityRow>(q, `${FACILITY} WHERE f.id = $1`, [id]);
}

export async function facilityNameTaken(q: Queryable, name: string) {
  return (await q.query('SELECT 1 FROM facility WHERE name = $1', [name])).rowCount === 1;
}

export async function insertFacility(q: Queryable, f: FacilityIn, by: string) {
  return insertedId(
    q,
    `INSERT INTO facility (name, kind, address, capacity, opening_hours, staff, monthly_cost_grosze, charged, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      f.name,
      f.kind,
      f.address,
      f.capacity,
      JSON.stringify(f.openingHours),
      JSON.stringify(f.staff),
      f.monthlyCostGrosze,
      f.charged,
      by,
    ],
  );
}

export interface EnrolmentRow {
  id: string;
  facilityId: string;
  facilityName: string;
  personId: string;
  firstName: string;
  surname: string;
  requestedOn: string;
  queuedAt: string;
  offeredOn: string | null;
  enrolledOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  referredBy: 'socialWorker' | 'psychologist' | 'school' | 'self' | 'other';
  referrerName: string | null;
  consentBy: 'person' | 'parent';
  guardianName: string | null;
  consentSignedOn: string | null;
  dailyFeeGrosze: number | null;
  feeTableNumber: string | null;
  feeSteps: ExplanationStep[];
  position: number | null;
}

const day = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') AS "${as}"`;

/** Enrolments with the person; `position` counts those waiting before (no offer yet, still open). */
const ENROLMENT = `SELECT e.id, e.facility_id AS "facilityId", f.name AS "facilityName", e.person_id AS "personId",
        p.first_name AS "firstName", p.surname, ${day('e.requested_on', 'requestedOn')},
        e.queued_at::text AS "queuedAt", ${day('e.offered_on', 'offeredOn')}, ${day('e.enrolled_on', 'enrolledOn')},
        ${day('e.ended_on', 'endedOn')}, e.end_reason AS "endReason", e.referred_by AS "referredBy",
        e.referrer_name AS "referrerName", e.consent_by AS "consentBy", e.guardian_name AS "guardianName",
        ${day('e.consent_signed_on', 'consentSignedOn')}, e.daily_fee_grosze AS "dailyFeeGrosze",
        t.number AS "feeTableNumber", e.fee_steps AS "feeSteps",
        CASE WHEN e.enrolled_on IS NULL AND e.ended_on IS NULL AND e.offered_on IS NULL THEN
          (SELECT count(*)::int + 1 FROM enrolment w WHERE w.facility_id = e.facility_id AND w.enrolled_on IS NULL
              AND w.ended_on IS NULL AND w.offered_on IS NULL AND (w.queued_at, w.id) < (e.queued_at, e.id))
        END AS position
   FROM enrolment e JOIN facility f ON f.id = e.facility_id JOIN person p ON p.id = e.person_id
   LEFT JOIN service_fee_table t ON t.id = e.fee_table_id`;

const STATUS_WHERE = {
  waiting: 'e.enrolled_on IS NULL AND e.ended_on IS NULL AND e.offered_on IS NULL',
  offered: 'e.enrolled_on IS NULL AND e.ended_on IS NULL AND e.offered_on IS NOT NULL',
  enrolled: 'e.enrolled_on IS NOT NULL AND e.ended_on IS NULL',
  ended: 'e.ended_on IS NOT NULL',
} as const;

/** A facility's enrolments of one status, in the order of the list (first come first); keyset on (queued_at, id). */
export async function listEnrolments(
  q: Queryable,
  facilityId: string,
  status: keyof typeof STATUS_WHERE,
  scope: string,
  after: After,
  limit: number,
) {
  return rowsOf<EnrolmentRow>(
    q,
    `${ENROLMENT} WHERE e.facility_id = $1 AND ${STATUS_WHERE[status]} AND ${scope}
        AND ($2::timestamptz IS NULL OR (e.queued_at, e.id) > ($2::timestamptz, $3::uuid))
      ORDER BY e.queued_at, e.id LIMIT $4`,
    [facilityId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findEnrolment(q: Queryable, id: string, scope: string) {
  return rowOf<EnrolmentRow>(q, `${ENROLMENT} WHERE e.id = $1 AND ${scope}`, [id]);
}

export async function openEnrolmentOf(q: Queryable, facilityId: string, personId: string) {
  return oneRow(q, 'SELECT 1 FROM enrolment WHERE facility_id = $1 AND person_id = $2 AND ended_on IS NULL', [
    facilityId,
    personId,
  ]);
}

/** Places taken: those enrolled and those a freed place is held for. */
export async function placesTaken(q: Queryable, facilityId: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM enrolment WHERE facility_id = $1 AND ended_on IS NULL
        AND (enrolled_on IS NOT NULL OR offered_on IS NOT NULL)`,
    [facilityId],
  );
  return r.rows[0]!.n;
}

/** Those waiting without an offer (ids and the time they were recorded), whoever may see them. */
export async function waitingQueue(q: Queryable, facilityId: string) {
  return rowsOf<{ id: string; queuedAt: string }>(
    q,
    `SELECT id, queued_at::text AS "queuedAt" FROM enrolment
      WHERE facility_id = $1 AND enrolled_on IS NULL AND ended_on IS NULL AND offered_on IS NULL`,
    [facilityId],
  );
}

export interface NewEnrolment {
  facilityId: string;
  personId: string;
  requestedOn: string;
  enrolledOn: string | null;
  referredBy: string;
  referrerName: string | null;
  consentBy: string;
  guardianName: string | null;
  feeTableId: string | null;
  dailyFeeGrosze: number | null;
  feeSteps: ExplanationStep[];
}

export async function insertEnrolment(q: Queryable, e: NewEnrolment, by: string) {
  return insertedId(
    q,
    `INSERT INTO enrolment (facility_id, person_id, requested_on, enrolled_on, referred_by, referrer_name, consent_by,
        guardian_name, fee_table_id, daily_fee_grosze, fee_steps, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      e.facilityId,
      e.personId,
      e.requestedOn,
      e.enrolledOn,
      e.referredBy,
      e.referrerName,
      e.consentBy,
      e.guardianName,
      e.feeTableId,
      e.dailyFeeGrosze,
      JSON.stringify(e.feeSteps),
      by,
    ],
  );
}

export async function setOffered(q: Queryable, id: string, on: string) {
  await q.query('UPDATE enrolment SET offered_on = $2 WHERE id = $1', [id, on]);
}

export async function setEnrolled(q: Queryable, id: string, on: string) {
  await q.query('UPDATE enrolment SET enrolled_on = $2 WHERE id = $1', [id, on]);
}

export async function setEnded(q: Queryable, id: string, on: string, reason: string) {
  await q.query('UPDATE enrolment SET ended_on = $2, end_reason = $3 WHERE id = $1', [id, on, reason]);
}

export async function setConsentSigned(q: Queryable, id: string, on: string) {
  await q.query('UPDATE enrolment SET consent_signed_on = $2 WHERE id = $1', [id, on]);
}

export interface SheetRow {
  enrolmentId: string;
  personId: string;
  firstName: string;
  surname: string;
  present: boolean | null;
  consentSigned: boolean;
  sortKey: string;
}

/** Everyone enrolled on a day with their mark, if any. */
export async function sheet(q: Queryable, facilityId: string, on: string, scope: string) {
  return rowsOf<SheetRow>(
    q,
    `SELECT e.id AS "enrolmentId", p.id AS "personId", p.first_name AS "firstName", p.surname,
            a.present, e.consent_signed_on IS NOT NULL AND e.consent_signed_on <= $2::date AS "consentSigned",
            p.sort_key AS "sortKey"
       FROM enrolment e JOIN person p ON p.id = e.person_id
       LEFT JOIN attendance a ON a.enrolment_id = e.id AND a.day = $2::date
      WHERE e.facility_id = $1 AND e.enrolled_on <= $2::date AND (e.ended_on IS NULL OR e.ended_on >= $2::date)
        AND ${scope}`,
    [facilityId, on],
  );
}

export async function mark(q: Queryable, enrolmentId: string, on: string, present: boolean, by: string) {
  await q.query(
    `INSERT INTO attendance (enrolment_id, day, present, recorded_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (enrolment_id, day) DO UPDATE SET present = EXCLUDED.present, recorded_by = EXCLUDED.recorded_by,
       recorded_at = now()`,
    [enrolmentId, on, present, by],
  );
}

export interface MonthRow {
  personId: string;
  firstName: string;
  surname: string;
  sortKey: string;
  daysPresent: number;
  daysAbsent: number;
  dailyFeeGrosze: number | null;
}

/** Per enrolment with a mark in the month: days present and absent, and the day's fee. */
export async function month(q: Queryable, facilityId: string, from: string, to: string, scope: string) {
  return rowsOf<MonthRow>(
    q,
    `SELECT p.id AS "personId", p.first_name AS "firstName", p.surname, p.sort_key AS "sortKey",
            count(*) FILTER (WHERE a.present)::int AS "daysPresent",
            count(*) FILTER (WHERE NOT a.present)::int AS "daysAbsent", e.daily_fee_grosze AS "dailyFeeGrosze"
       FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN person p ON p.id = e.person_id
      WHERE e.facility_id = $1 AND a.day BETWEEN $2::date AND $3::date AND ${scope}
      GROUP BY p.id, e.id`,
    [facilityId, from, to],
  );
}

export interface ActivityRow {
  id: string;
  facilityId: string;
  title: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  leader: string;
  participants: { enrolmentId: string; firstName: string; surname: string }[];
}

const ACTIVITY = (
  scope: string,
) => `SELECT a.id, a.facility_id AS "facilityId", a.title, ${day('a.held_on', 'heldOn')},
        to_char(a.starts_at, 'HH24:MI') AS "startsAt", to_char(a.ends_at, 'HH24:MI') AS "endsAt", a.leader,
        COALESCE((SELECT json_agg(json_build_object('enrolmentId', e.id, 'firstName', p.first_name, 'surname', p.surname)
                    ORDER BY p.sort_key)
             FROM facility_activity_participant ap JOIN enrolment e ON e.id = ap.enrolment_id
             JOIN person p ON p.id = e.person_id WHERE ap.activity_id = a.id AND ${scope}), '[]') AS participants
   FROM facility_activity a`;

/** Newest first; participants the actor may see, in Polish order. */
export async function listActivities(
  q: Queryable,
  facilityId: string,
  scope: string,
  after: After,
  limit: number,
) {
  return rowsOf<ActivityRow>(
    q,
    `${ACTIVITY(scope)} WHERE a.facility_id = $1 AND ($2::date IS NULL OR (a.held_on, a.id) < ($2::date, $3::uuid))
      ORDER BY a.held_on DESC, a.id DESC LIMIT $4`,
    [facilityId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findActivity(q: Queryable, id: string, scope: string) {
  return rowOf<ActivityRow>(q, `${ACTIVITY(scope)} WHERE a.id = $1`, [id]);
}

/** Of these enrolment ids, those at the facility the actor may see (the rest are refused). */
export async function enrolmentsAt(q: Queryable, facilityId: string, ids: string[], scope: string) {
  const r = await q.query<{ id: string }>(
    `SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id
      WHERE e.facility_id = $1 AND e.id = ANY($2::uuid[]) AND ${scope}`,
    [facilityId, ids],
  );
  return new Set(r.rows.map((x) => x.id));
}

export async function insertActivity(
  q: Queryable,
  facilityId: string,
  a: {
    title: string;
    heldOn: string;
    startsAt: string;
    endsAt: string;
    leader: string;
    participants: string[];
  },
  by: string,
) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO facility_activity (facility_id, title, held_on, starts_at, ends_at, leader, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [facilityId, a.title, a.heldOn, a.startsAt, a.endsAt, a.leader, by],
  );
  const id = r.rows[0]!.id;
  if (a.participants.length)
    await q.query(
      `INSERT INTO facility_activity_participant (activity_id, enrolment_id) SELECT $1, unnest($2::uuid[])`,
      [id, a.participants],
    );
  return id;
}
