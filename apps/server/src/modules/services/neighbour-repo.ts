import type {
  CreateAssignment,
  CreateNeighbour,
  CreateNeighbourRate,
} from '@ostoja/domain/services/neighbour';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of neighbour services: the neighbours, their rate, whom they help and for how many hours. An
// assignment is read through its client, so the registry's scope (alias p) is part of its queries.

export interface NeighbourRow {
  id: string;
  fullName: string;
  address: string;
  phone: string | null;
  bankAccount: string | null;
}

const NEIGHBOUR = `SELECT n.id, n.full_name AS "fullName", n.address, n.phone, n.bank_account AS "bankAccount" FROM neighbour n`;

export async function insertNeighbour(q: Queryable, n: z.output<typeof CreateNeighbour>, by: string) {
  return insertedId(
    q,
    `INSERT INTO neighbour (full_name, address, phone, bank_account, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [n.fullName, n.address, n.phone ?? null, n.bankAccount?.replace(/\s/g, '') || null, by],
  );
}

export async function findNeighbour(q: Queryable, id: string) {
  return rowOf<NeighbourRow>(q, `${NEIGHBOUR} WHERE n.id = $1`, [id]);
}

/** Alphabetical by name; keyset on (full_name, id). */
export async function listNeighbours(q: Queryable, after: After, limit: number) {
  return rowsOf<NeighbourRow>(
    q,
    `${NEIGHBOUR} WHERE ($1::text IS NULL OR (n.full_name, n.id) > ($1::text, $2::uuid))
      ORDER BY n.full_name, n.id LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function insertRate(q: Queryable, r: z.output<typeof CreateNeighbourRate>, by: string) {
  const x = await q.query<{ id: string }>(
    `INSERT INTO neighbour_rate (valid_from, hourly_rate_grosze, basis, created_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (valid_from) DO NOTHING RETURNING id`,
    [r.validFrom, r.hourlyRateGrosze, r.basis, by],
  );
  return x.rows[0]?.id ?? null;
}

const RATE = `SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", hourly_rate_grosze AS "hourlyRateGrosze", basis
   FROM neighbour_rate`;

export async function rates(q: Queryable) {
  return rowsOf<{ id: string; validFrom: string; hourlyRateGrosze: number; basis: string }>(
    q,
    `${RATE} ORDER BY valid_from DESC`,
  );
}

/** The rate in force on a day: the latest valid from on or before it. */
export async function rateOn(q: Queryable, day: string) {
  return rowOf<{ id: string; validFrom: string; hourlyRateGrosze: number; basis: string }>(
    q,
    `${RATE} WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1`,
    [day],
  );
}

/** A client's decision in the actor's scope, with its kind and period. */
export async function findDecision(q: Queryable, id: string, scope: string) {
  const r = await q.query<{
    id: string;
    personId: string;
    serviceKind: string;
    periodFrom: string;
    periodTo: string;
  }>(
    `SELECT c.id, c.person_id AS "personId", c.service_kind AS "serviceKind",
            to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo"
       FROM care_service c JOIN person p ON p.id = c.person_id WHERE c.id = $1 AND ${scope}`,
    [id],
  );
  return r.rows[0] ?? null;
}

export interface AssignmentRow {
  id: string;
  careServiceId: string;
  decisionNumber: string;
  neighbourId: string;
  neighbourName: string;
  personId: string;
  firstName: string;
  surname: string;
  hoursPerMonth: number;
  periodFrom: string;
  periodTo: string;
}

const ASSIGNMENT = `SELECT s.id, s.care_service_id AS "careServiceId", c.number AS "decisionNumber", s.neighbour_id AS "neighbourId",
        n.full_name AS "neighbourName", c.person_id AS "personId", p.first_name AS "firstName", p.surname,
        s.hours_per_month::float8 AS "hoursPerMonth", to_char(s.period_from, 'YYYY-MM-DD') AS "periodFrom",
        to_char(s.period_to, 'YYYY-MM-DD') AS "periodTo"
   FROM neighbour_service s JOIN care_service c ON c.id = s.care_service_id JOIN person p ON p.id = c.person_id
   JOIN neighbour n ON n.id = s.neighbour_id`;

export async function insertAssignment(q: Queryable, a: z.output<typeof CreateAssignment>, by: string) {
  return insertedId(
    q,
    `INSERT INTO neighbour_service (care_service_id, neighbour_id, hours_per_month, period_from, period_to, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [a.careServiceId, a.neighbourId, a.hoursPerMonth, a.periodFrom, a.periodTo, by],
  );
}

export async function findAssignment(q: Queryable, id: string, scope: string) {
  return rowOf<AssignmentRow>(q, `${ASSIGNMENT} WHERE s.id = $1 AND ${scope}`, [id]);
}

/** Newest period first; keyset on (period_from, id) descending. */
export async function listAssignments(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<AssignmentRow>(
    q,
    `${ASSIGNMENT} WHERE ${scope} AND ($1::date IS NULL OR (s.period_from, s.id) < ($1::date, $2::uuid))
      ORDER BY s.period_from DESC, s.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function upsertHours(
  q: Queryable,
  assignmentId: string,
  month: string,
  hours: number,
  by: string,
) {
  await q.query(
    `INSERT INTO neighbour_hours (neighbour_service_id, month, hours, entered_by) VALUES ($1, ($2 || '-01')::date, $3, $4)
     ON CONFLICT (neighbour_service_id, month) DO UPDATE SET hours = EXCLUDED.hours, entered_by = EXCLUDED.entered_by,
       entered_at = now()`,
    [assignmentId, month, hours, by],
  );
}

/**
 * Each neighbour's hours in a month, summed over their clients (to the hundredth, exact in numeric).
 * Pay is money out of the centre, not a read of a client: every client's hours count, whoever asks.
 */
export async function hoursByNeighbour(q: Queryable, month: string) {
  const r = await q.query<{
    neighbourId: string;
    fullName: string;
    bankAccount: string | null;
    clients: number;
    hours: number;
  }>(
    `SELECT n.id AS "neighbourId", n.full_name AS "fullName", n.bank_account AS "bankAccount",
            count(DISTINCT s.care_service_id)::int AS clients, sum(h.hours)::float8 AS hours
       FROM neighbour_hours h JOIN neighbour_service s ON s.id = h.neighbour_service_id JOIN neighbour n ON n.id = s.neighbour_id
      WHERE h.month = ($1 || '-01')::date AND h.hours > 0
      GROUP BY n.id ORDER BY n.full_name, n.id`,
    [month],
  );
  return r.rows;
}

/** Persons with a neighbour-service decision, and persons holding a lent telecare device, in a period. */
export async function recipientsIn(q: Queryable, from: string, to: string) {
  const r = await q.query<{ neighbourClients: number; telecareUsers: number }>(
    `SELECT (SELECT count(DISTINCT c.person_id) FROM care_service c
              WHERE c.service_kind = 'neighbourService' AND c.period_from <= $2::date AND c.period_to >= $1::date)::int
              AS "neighbourClients",
            (SELECT count(DISTINCT l.person_id) FROM telecare_loan l
              WHERE l.lent_on <= $2::date AND (l.returned_on IS NULL OR l.returned_on >= $1::date))::int AS "telecareUsers"`,
    [from, to],
  );
  return r.rows[0]!;
}
