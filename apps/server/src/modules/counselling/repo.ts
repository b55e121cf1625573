import type {
  BookingStatus,
  CONSULTATION_KINDS,
  ConsultationInput,
  REFERRALS,
} from '@ostoja/domain/counselling/booking';
import type { Duty, DutyException } from '@ostoja/domain/counselling/slots';
import type { Mode, SpecialistKind } from '@ostoja/domain/counselling/specialist';
import type { Translations } from '@ostoja/domain/portal/content';
import type { Queryable } from '../../db/db.ts';
import { insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

export interface SpecialistRow {
  id: string;
  kind: SpecialistKind;
  publicName: string;
  staffUserId: string | null;
  staffName: string | null;
  texts: Translations<{ description: string }> | null;
  active: boolean;
  consultationPoint: boolean;
  version: number;
}
const SPECIALIST = `s.id, s.kind, s.public_name AS "publicName", s.staff_user_id AS "staffUserId",
  u.full_name AS "staffName", s.texts, s.active, s.consultation_point AS "consultationPoint", s.version`;

export async function listSpecialists(q: Queryable, activeOnly: boolean) {
  return rowsOf<SpecialistRow>(
    q,
    `SELECT ${SPECIALIST} FROM counselling_specialist s LEFT JOIN staff_user u ON u.id = s.staff_user_id
      ${activeOnly ? 'WHERE s.active' : ''} ORDER BY s.kind, s.sort_key, s.id`,
  );
}

export async function findSpecialist(q: Queryable, id: string) {
  return rowOf<SpecialistRow>(
    q,
    `SELECT ${SPECIALIST} FROM counselling_specialist s LEFT JOIN staff_user u ON u.id = s.staff_user_id WHERE s.id = $1`,
    [id],
  );
}

type SpecialistData = Pick<SpecialistRow, 'kind' | 'publicName' | 'staffUserId' | 'texts' | 'active'> & {
  sortKey: string;
  consultationPoint?: boolean;
};
const specialistParams = (s: SpecialistData) => [
  s.kind,
  s.publicName,
  s.staffUserId,
  s.texts ? JSON.stringify(s.texts) : null,
  s.active,
  s.sortKey,
  s.consultationPoint ?? false,
];

export async function insertSpecialist(q: Queryable, s: SpecialistData) {
  return insertedId(
    q,
    `INSERT INTO counselling_specialist (kind, public_name, staff_user_id, texts, active, sort_key, consultation_point)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    specialistParams(s),
  );
}

export async function updateSpecialist(q: Queryable, id: string, version: number, s: SpecialistData) {
  return oneRow(
    q,
    `UPDATE counselling_specialist SET kind = $1, public_name = $2, staff_user_id = $3, texts = $4, active = $5,
            sort_key = $6, consultation_point = $7, version = version + 1, updated_at = now() WHERE id = $8 AND version = $9`,
    [...specialistParams(s), id, version],
  );
}

export type DutyRow = Duty & { id: string };
const DUTY = `id, specialist_id AS "specialistId", weekday, start_time AS start, end_time AS "end",
  slot_minutes AS "slotMinutes", mode, office_id AS "officeId", room, phone, valid_from AS "validFrom",
  valid_to AS "validTo", months`;

export async function duties(q: Queryable, specialistIds: string[]) {
  return rowsOf<DutyRow>(
    q,
    `SELECT ${DUTY} FROM counselling_duty WHERE specialist_id = ANY($1) ORDER BY weekday, start_time`,
    [specialistIds],
  );
}

export async function insertDuty(q: Queryable, d: Duty) {
  return insertedId(
    q,
    `INSERT INTO counselling_duty (specialist_id, weekday, start_time, end_time, slot_minutes, mode, office_id, room,
                                   phone, valid_from, valid_to, months)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      d.specialistId,
      d.weekday,
      d.start,
      d.end,
      d.slotMinutes,
      d.mode,
      d.officeId,
      d.room,
      d.phone,
      d.validFrom,
      d.validTo,
      d.months,
    ],
  );
}

export type ExceptionRow = DutyException & { id: string; note: string | null };
const EXCEPTION = `id, specialist_id AS "specialistId", on_date AS date, kind, start_time AS start, end_time AS "end",
  slot_minutes AS "slotMinutes", mode, office_id AS "officeId", room, phone, note`;

export async function exceptions(q: Queryable, from: string, to: string) {
  return rowsOf<ExceptionRow>(
    q,
    `SELECT ${EXCEPTION} FROM counselling_exception WHERE on_date BETWEEN $1 AND $2 ORDER BY on_date, start_time NULLS FIRST`,
    [from, to],
  );
}

export async function insertException(q: Queryable, e: Omit<ExceptionRow, 'id'>, by: string) {
  return insertedId(
    q,
    `INSERT INTO counselling_exception (specialist_id, on_date, kind, start_time, end_time, slot_minutes, mode, office_id,
                                        room, phone, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      e.specialistId,
      e.date,
      e.kind,
      e.start,
      e.end,
      e.slotMinutes ?? null,
      e.mode ?? null,
      e.officeId ?? null,
      e.room ?? null,
      e.phone ?? null,
      e.note,
      by,
    ],
  );
}

export async function deleteById(
  q: Queryable,
  table: 'counselling_duty' | 'counselling_exception',
  id: string,
) {
  return oneRow(q, `DELETE FROM ${table} WHERE id = $1`, [id]);
}

export interface BookingRow {
  id: string;
  specialistId: string;
  date: string;
  start: string;
  end: string;
  mode: 'inPerson' | 'phone';
  officeId: string | null;
  room: string | null;
  phoneLine: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  note: string | null;
  status: BookingStatus;
  cancelledBy: string | null;
  version: number;
}
const BOOKING = `id, specialist_id AS "specialistId", slot_date AS date, slot_time AS start, end_time AS "end", mode,
  office_id AS "officeId", room, phone_line AS "phoneLine", resident_name AS name, phone, email, note, status,
  cancelled_by AS "cancelledBy", version`;

/** Slots taken by a booking that is not cancelled. */
export async function takenSlots(q: Queryable, from: string, to: string) {
  return rowsOf<{ specialistId: string; date: string; start: string }>(
    q,
    `SELECT specialist_id AS "specialistId", slot_date AS date, slot_time AS start FROM counselling_booking
      WHERE slot_date BETWEEN $1 AND $2 AND status <> 'cancelled'`,
    [from, to],
  );
}

/**
 * Inserts a booking unless the slot is already taken: the partial unique index decides, so two
 * residents pressing at once get one booking and one "taken" — never two bookings.
 */
export async function insertBooking(
  q: Queryable,
  b: Omit<BookingRow, 'id' | 'status' | 'cancelledBy' | 'version'> & { codeHash: string },
) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, office_id, room, phone_line,
                                      resident_name, phone, email, note, code_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (specialist_id, slot_date, slot_time) WHERE status <> 'cancelled' DO NOTHING RETURNING id`,
    [
      b.specialistId,
      b.date,
      b.start,
      b.end,
      b.mode,
      b.officeId,
      b.room,
      b.phoneLine,
      b.name,
      b.phone,
      b.email,
      b.note,
      b.codeHash,
    ],
  );
  return r.rows[0]?.id ?? null;
}

export async function findBooking(
  q: Queryable,
  by: { id: string } | { codeHash: string },
  forUpdate = false,
) {
  const [col, v] = 'id' in by ? ['id', by.id] : ['code_hash', by.codeHash];
  return rowOf<BookingRow>(
    q,
    `SELECT ${BOOKING} FROM counselling_booking WHERE ${col} = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [v],
  );
}

export async function bookingsOn(q: Queryable, date: string, specialistIds: string[]) {
  return rowsOf<BookingRow>(
    q,
    `SELECT ${BOOKING} FROM counselling_booking WHERE slot_date = $1 AND specialist_id = ANY($2)
      ORDER BY slot_time, status = 'cancelled'`,
    [date, specialistIds],
  );
}

export async function setBookingStatus(
  q: Queryable,
  id: string,
  version: number,
  status: BookingStatus,
  cancel?: { by: 'resident' | 'staff'; reason: string | null },
) {
  return oneRow(
    q,
    `UPDATE counselling_booking SET status = $3, version = version + 1,
            cancelled_by = $4, cancelled_at = CASE WHEN $4::text IS NULL THEN NULL ELSE now() END, cancel_reason = $5
      WHERE id = $1 AND version = $2`,
    [id, version, status, cancel?.by ?? null, cancel?.reason ?? null],
  );
}

/** Erases residents' names and contacts once the session is long past; the counts stay. */
export async function anonymiseBefore(q: Queryable, date: string) {
  await q.query(
    `UPDATE counselling_booking SET resident_name = NULL, phone = NULL, email = NULL, note = NULL, anonymised_at = now()
      WHERE slot_date < $1 AND anonymised_at IS NULL`,
    [date],
  );
}

/** Booked slots of a day (of one specialist, or everyone's when null) overlapping a time range (or all day). */
export async function bookedDuring(
  q: Queryable,
  date: string,
  specialistId: string | null,
  start: string | null,
  end: string | null,
) {
  return rowsOf<BookingRow>(
    q,
    `SELECT id, specialist_id AS "specialistId", slot_date AS date, slot_time AS start, end_time AS "end",
            resident_name AS name, phone, email, status, version
       FROM counselling_booking
      WHERE slot_date = $1 AND status = 'booked' AND ($2::uuid IS NULL OR specialist_id = $2)
        AND ($3::text IS NULL OR (slot_time < $4 AND end_time > $3))
      ORDER BY slot_time`,
    [date, specialistId, start, end],
  );
}

type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

export interface HeldConsultation {
  id: string;
  bookingId: string | null;
  specialistId: string;
  kind: ConsultationKind;
  mode: Mode;
  durationMinutes: number;
  clientName: string | null;
  referral: (typeof REFERRALS)[number];
}

/** Consultations held on a day by the given specialists, in the order they were recorded. */
export async function consultationsOn(q: Queryable, date: string, specialistIds: string[]) {
  return rowsOf<HeldConsultation>(
    q,
    `SELECT id, booking_id AS "bookingId", specialist_id AS "specialistId", kind, mode, duration_minutes AS "durationMinutes",
            client_name AS "clientName", referral
       FROM counselling_consultation WHERE held_on = $1 AND specialist_id = ANY($2) ORDER BY created_at`,
    [date, specialistIds],
  );
}

export async function insertConsultation(q: Queryable, c: ConsultationInput, recordedBy: string) {
  return insertedId(
    q,
    `INSERT INTO counselling_consultation (specialist_id, booking_id, held_on, mode, kind, duration_minutes, person_id,
                                           client_name, first_in_year, referral, referral_note, recorded_by, anonymous)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      c.specialistId,
      c.bookingId ?? null,
      c.heldOn,
      c.mode,
      c.kind,
      c.durationMinutes,
      c.personId ?? null,
      c.clientName ?? null,
      c.firstInYear,
      c.referral,
      c.referralNote ?? null,
      recordedBy,
      c.anonymous ?? false,
    ],
  );
}

/** Consultations of a period by kind and mode (persons: first in the year), and bookings by status. */
/** Counts of a period; `pointOnly`: only consultations given by the consultation point's specialists. */
export async function countsBetween(q: Queryable, from: string, to: string, pointOnly = false) {
  const c = await q.query<{
    kind: ConsultationKind;
    mode: Mode;
    consultations: number;
    persons: number;
    minutes: number;
    anonymous: number;
  }>(
    `SELECT kind, mode, count(*)::int AS consultations, count(*) FILTER (WHERE first_in_year)::int AS persons,
            sum(duration_minutes)::int AS minutes, count(*) FILTER (WHERE anonymous)::int AS anonymous
       FROM counselling_consultation c WHERE held_on BETWEEN $1 AND $2
        AND (NOT $3 OR EXISTS (SELECT 1 FROM counselling_specialist s WHERE s.id = c.specialist_id AND s.consultation_point))
      GROUP BY kind, mode ORDER BY kind, mode`,
    [from, to, pointOnly],
  );
  const b = await q.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM counselling_booking WHERE slot_date BETWEEN $1 AND $2 GROUP BY status`,
    [from, to],
  );
  return { consultations: c.rows, bookings: b.rows };
}
