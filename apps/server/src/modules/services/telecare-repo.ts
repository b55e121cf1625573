import type { CreateDevice } from '@ostoja/domain/services/telecare';
import type { CsvAlarmRow } from '@ostoja/domain/services/telecare-csv';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';
import type { PersonDecisionRow } from './repo.ts';

// SQL of telecare: devices, decisions, loans and alarms. A decision, a loan and an alarm are read
// through their person, so the registry's scope (alias p) is part of each of those queries.

type Status = 'inStock' | 'lent' | 'returned' | 'lost';
export interface DeviceRow {
  id: string;
  kind: 'bracelet' | 'keyBox' | 'base';
  serialNumber: string;
  status: Status;
  holder: { personId: string; firstName: string; surname: string } | null;
}

// The holder is named only to whom may see them: a sealed person's device reads as lent to no one shown.
const DEVICE = (scope: string) => `SELECT d.id, d.kind, d.serial_number AS "serialNumber", d.status,
        (SELECT json_build_object('personId', p.id, 'firstName', p.first_name, 'surname', p.surname)
           FROM telecare_loan l JOIN person p ON p.id = l.person_id
          WHERE l.device_id = d.id AND l.returned_on IS NULL AND ${scope}) AS holder
   FROM telecare_device d`;

export async function insertDevice(q: Queryable, d: z.output<typeof CreateDevice>, by: string) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO telecare_device (kind, serial_number, created_by) VALUES ($1, $2, $3)
     ON CONFLICT (serial_number) DO NOTHING RETURNING id`,
    [d.kind, d.serialNumber, by],
  );
  return r.rows[0]?.id ?? null;
}

export async function findDevice(q: Queryable, id: string, scope: string) {
  return rowOf<DeviceRow>(q, `${DEVICE(scope)} WHERE d.id = $1`, [id]);
}

/** By serial number; keyset on (serial, id). */
export async function listDevices(
  q: Queryable,
  scope: string,
  status: Status | null,
  after: After,
  limit: number,
) {
  return rowsOf<DeviceRow>(
    q,
    `${DEVICE(scope)} WHERE ($1::text IS NULL OR d.status = $1)
        AND ($2::text IS NULL OR (d.serial_number, d.id) > ($2::text, $3::uuid))
      ORDER BY d.serial_number, d.id LIMIT $4`,
    [status, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** The device's status under a row lock: two clerks lending it at once wait for each other. */
export async function lockDevice(q: Queryable, id: string) {
  const r = await q.query<{ status: Status }>('SELECT status FROM telecare_device WHERE id = $1 FOR UPDATE', [
    id,
  ]);
  return r.rows[0]?.status ?? null;
}

export async function setDeviceStatus(q: Queryable, id: string, status: Status) {
  await q.query('UPDATE telecare_device SET status = $2 WHERE id = $1', [id, status]);
}

export interface TelecareRow extends PersonDecisionRow {
  periodFrom: string;
  periodTo: string;
  feeTableId: string;
  feeTableNumber: string;
  monthlyCostGrosze: number | null;
  feePct: number;
  incomeRatioPct: number;
  monthlyFeeGrosze: number;
  steps: unknown[];
  decidedOn: string;
}

const TELECARE = `SELECT c.id, c.number, c.application_id AS "applicationId", c.person_id AS "personId",
        p.first_name AS "firstName", p.surname, to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom",
        to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo", c.fee_table_id AS "feeTableId", t.number AS "feeTableNumber",
        c.monthly_cost_grosze AS "monthlyCostGrosze", c.fee_pct::float8 AS "feePct",
        c.income_ratio_pct::float8 AS "incomeRatioPct", c.monthly_fee_grosze AS "monthlyFeeGrosze", c.steps,
        to_char(c.decided_on, 'YYYY-MM-DD') AS "decidedOn"
   FROM telecare_service c JOIN person p ON p.id = c.person_id JOIN service_fee_table t ON t.id = c.fee_table_id`;

export type NewTelecare = Omit<TelecareRow, 'id' | 'firstName' | 'surname' | 'feeTableNumber'> & {
  wywiadId: string;
};

export async function insertTelecare(q: Queryable, c: NewTelecare, by: string) {
  return insertedId(
    q,
    `INSERT INTO telecare_service (number, application_id, wywiad_id, person_id, period_from, period_to, fee_table_id,
        monthly_cost_grosze, fee_pct, income_ratio_pct, monthly_fee_grosze, steps, decided_on, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      c.number,
      c.applicationId,
      c.wywiadId,
      c.personId,
      c.periodFrom,
      c.periodTo,
      c.feeTableId,
      c.monthlyCostGrosze,
      c.feePct,
      c.incomeRatioPct,
      c.monthlyFeeGrosze,
      JSON.stringify(c.steps),
      c.decidedOn,
      by,
    ],
  );
}

export async function findTelecare(q: Queryable, id: string, scope: string) {
  return rowOf<TelecareRow>(q, `${TELECARE} WHERE c.id = $1 AND ${scope}`, [id]);
}

export async function listTelecare(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<TelecareRow>(
    q,
    `${TELECARE} WHERE ${scope} AND ($1::date IS NULL OR (c.decided_on, c.id) < ($1::date, $2::uuid))
      ORDER BY c.decided_on DESC, c.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export interface LoanRow {
  id: string;
  contractNumber: string;
  deviceId: string;
  deviceKind: DeviceRow['kind'];
  serialNumber: string;
  telecareServiceId: string;
  personId: string;
  lentOn: string;
  returnedOn: string | null;
  lost: boolean;
}

const LOAN = `SELECT l.id, 'UT/' || l.contract_no AS "contractNumber", l.device_id AS "deviceId", d.kind AS "deviceKind",
        d.serial_number AS "serialNumber", l.telecare_service_id AS "telecareServiceId", l.person_id AS "personId",
        to_char(l.lent_on, 'YYYY-MM-DD') AS "lentOn", to_char(l.returned_on, 'YYYY-MM-DD') AS "returnedOn", l.lost
   FROM telecare_loan l JOIN telecare_device d ON d.id = l.device_id JOIN person p ON p.id = l.person_id`;

export async function loansOf(q: Queryable, telecareServiceId: string, scope: string) {
  return rowsOf<LoanRow>(
    q,
    `${LOAN} WHERE l.telecare_service_id = $1 AND ${scope} ORDER BY l.lent_on, l.contract_no`,
    [telecareServiceId],
  );
}

export async function findLoan(q: Queryable, id: string, scope: string) {
  return rowOf<LoanRow>(q, `${LOAN} WHERE l.id = $1 AND ${scope}`, [id]);
}

export async function insertLoan(
  q: Queryable,
  l: { deviceId: string; telecareServiceId: string; personId: string; lentOn: string },
  by: string,
) {
  return insertedId(
    q,
    `INSERT INTO telecare_loan (device_id, telecare_service_id, person_id, lent_on, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [l.deviceId, l.telecareServiceId, l.personId, l.lentOn, by],
  );
}

export async function endLoan(q: Queryable, id: string, returnedOn: string, lost: boolean) {
  await q.query('UPDATE telecare_loan SET returned_on = $2, lost = $3 WHERE id = $1', [id, returnedOn, lost]);
}

/** For the contract: the borrower's PESEL and the decision's number and fee. */
export async function contractFacts(q: Queryable, loanId: string) {
  const r = await q.query<{
    pesel: string | null;
    number: string;
    periodTo: string;
    monthlyFeeGrosze: number;
  }>(
    `SELECT p.pesel, c.number, to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo", c.monthly_fee_grosze AS "monthlyFeeGrosze"
       FROM telecare_loan l JOIN person p ON p.id = l.person_id JOIN telecare_service c ON c.id = l.telecare_service_id
      WHERE l.id = $1`,
    [loanId],
  );
  return r.rows[0]!;
}

/**
 * Each CSV row's device (null: no such serial) and the loan it was under on the alarm's day (null:
 * lent to no one then), in one statement for the whole file.
 */
export async function resolveAlarms(q: Queryable, rows: readonly CsvAlarmRow[]) {
  const r = await q.query<{
    i: number;
    deviceId: string | null;
    loanId: string | null;
    personId: string | null;
  }>(
    `SELECT r.i::int AS i, d.id AS "deviceId", l.id AS "loanId", l.person_id AS "personId"
       FROM unnest($1::text[], $2::date[]) WITH ORDINALITY AS r(serial, day, i)
       LEFT JOIN telecare_device d ON d.serial_number = r.serial
       LEFT JOIN telecare_loan l ON l.device_id = d.id AND l.lent_on <= r.day
                                 AND (l.returned_on IS NULL OR l.returned_on >= r.day)
      ORDER BY r.i`,
    [rows.map((x) => x.serial), rows.map((x) => x.occurredAt.slice(0, 10))],
  );
  return r.rows;
}

/** The alarms in one statement; one already imported (same device and moment) is skipped. */
export async function insertAlarms(
  q: Queryable,
  rows: readonly (CsvAlarmRow & { loanId: string; deviceId: string; personId: string })[],
  by: string,
) {
  const r = await q.query(
    `INSERT INTO telecare_alarm (loan_id, device_id, person_id, occurred_at, kind, outcome, imported_by)
     SELECT * , $7::uuid FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamp[], $5::text[], $6::text[])
     ON CONFLICT (device_id, occurred_at) DO NOTHING`,
    [
      rows.map((x) => x.loanId),
      rows.map((x) => x.deviceId),
      rows.map((x) => x.personId),
      rows.map((x) => x.occurredAt),
      rows.map((x) => x.kind),
      rows.map((x) => x.outcome),
      by,
    ],
  );
  return r.rowCount ?? 0;
}

/** A person's alarms in a month, oldest first; keyset on (occurred_at, id). */
export async function alarmsOf(
  q: Queryable,
  personId: string,
  month: string,
  scope: string,
  after: After,
  limit: number,
) {
  const r = await q.query<{
    id: string;
    occurredAt: string;
    kind: 'button';
    outcome: 'talk';
    serialNumber: string;
  }>(
    `SELECT a.id, to_char(a.occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS') AS "occurredAt", a.kind, a.outcome,
            d.serial_number AS "serialNumber"
       FROM telecare_alarm a JOIN telecare_device d ON d.id = a.device_id JOIN person p ON p.id = a.person_id
      WHERE a.person_id = $1 AND ${scope}
        AND a.occurred_at >= ($2 || '-01')::date AND a.occurred_at < ($2 || '-01')::date + interval '1 month'
        AND ($3::timestamp IS NULL OR (a.occurred_at, a.id) > ($3::timestamp, $4::uuid))
      ORDER BY a.occurred_at, a.id LIMIT $5`,
    [personId, month, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return r.rows;
}
