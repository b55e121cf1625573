import type { FeeTableInput } from '@ostoja/domain/services/fee-table';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

// SQL of the services module. Fee tables are the centre's law, not personal data; a care-service
// decision is read through its person, so the registry's scope is part of each of its queries.

type TableIn = z.output<typeof FeeTableInput>;
export interface FeeTableRow extends TableIn {
  id: string;
  decisions: number;
}

const TABLE = `SELECT t.id, t.kind, t.number, to_char(t.adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
        to_char(t.valid_from, 'YYYY-MM-DD') AS "validFrom", t.title, t.hourly_costs AS "hourlyCosts", t.bands,
        t.exemptions, (SELECT count(*)::int FROM care_service c WHERE c.fee_table_id = t.id) AS decisions
   FROM service_fee_table t`;

/** Newest in force first; keyset on (valid_from, id) descending. */
export async function listTables(q: Queryable, after: After, limit: number) {
  return rowsOf<FeeTableRow>(
    q,
    `${TABLE} WHERE ($1::date IS NULL OR (t.valid_from, t.id) < ($1::date, $2::uuid))
      ORDER BY t.valid_from DESC, t.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findTable(q: Queryable, id: string) {
  return rowOf<FeeTableRow>(q, `${TABLE} WHERE t.id = $1`, [id]);
}

/** The table of a kind in force on a day: the latest valid from on or before it. */
export async function tableOn(q: Queryable, kind: string, day: string) {
  return rowOf<FeeTableRow>(
    q,
    `${TABLE} WHERE t.kind = $1 AND t.valid_from <= $2::date
      ORDER BY t.valid_from DESC, t.adopted_on DESC, t.created_at DESC LIMIT 1`,
    [kind, day],
  );
}

export async function tableExists(q: Queryable, t: TableIn) {
  return oneRow(q, 'SELECT 1 FROM service_fee_table WHERE kind = $1 AND valid_from = $2 AND number = $3', [
    t.kind,
    t.validFrom,
    t.number,
  ]);
}

/** `by`: the staff member who entered it; null for a table the installation itself provides. */
export async function insertTable(q: Queryable, t: TableIn, by: string | null) {
  return insertedId(
    q,
    `INSERT INTO service_fee_table (kind, number, adopted_on, valid_from, title, hourly_costs, bands, exemptions, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      t.kind,
      t.number,
      t.adoptedOn,
      t.validFrom,
      t.title,
      JSON.stringify(t.hourlyCosts),
      JSON.stringify(t.bands),
      JSON.stringify(t.exemptions),
      by,
    ],
  );
}

/** The head every decision of the services names: its number, application and person. */
export interface PersonDecisionRow {
  id: string;
  number: string;
  applicationId: string;
  personId: string;
  firstName: string;
  surname: string;
}

export interface CareServiceRow extends PersonDecisionRow {
  applicationNumber: string;
  serviceKind: 'careService' | 'specialistCareService' | 'mentalDisorderCareService' | 'neighbourService';
  tasks: string[];
  hoursPerDay: number;
  daysPerWeek: number;
  periodFrom: string;
  periodTo: string;
  provider: 'own' | 'contracted';
  providerName: string | null;
  feeTableId: string;
  feeTableNumber: string;
  hourlyCostGrosze: number;
  feePct: number;
  incomeRatioPct: number;
  exemption: { ground: string; pct: number } | null;
  exemptionGrosze: number;
  hourlyFeeGrosze: number;
  steps: unknown[];
  decidedOn: string;
}

const CARE = `SELECT c.id, c.number, c.application_id AS "applicationId", a.number AS "applicationNumber",
        c.person_id AS "personId", p.first_name AS "firstName", p.surname, c.service_kind AS "serviceKind", c.tasks,
        c.hours_per_day::float8 AS "hoursPerDay", c.days_per_week AS "daysPerWeek",
        to_char(c.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(c.period_to, 'YYYY-MM-DD') AS "periodTo",
        c.provider, c.provider_name AS "providerName", c.fee_table_id AS "feeTableId", t.number AS "feeTableNumber",
        c.hourly_cost_grosze AS "hourlyCostGrosze", c.fee_pct::float8 AS "feePct",
        c.income_ratio_pct::float8 AS "incomeRatioPct", c.exemption, c.exemption_grosze AS "exemptionGrosze",
        c.hourly_fee_grosze AS "hourlyFeeGrosze", c.steps, to_char(c.decided_on, 'YYYY-MM-DD') AS "decidedOn"
   FROM care_service c JOIN person p ON p.id = c.person_id JOIN application a ON a.id = c.application_id
   JOIN service_fee_table t ON t.id = c.fee_table_id`;

export async function listCareServices(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<CareServiceRow>(
    q,
    `${CARE} WHERE ${scope} AND ($1::date IS NULL OR (c.decided_on, c.id) < ($1::date, $2::uuid))
      ORDER BY c.decided_on DESC, c.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function findCareService(q: Queryable, id: string, scope: string) {
  return rowOf<CareServiceRow>(q, `${CARE} WHERE c.id = $1 AND ${scope}`, [id]);
}

export type NewCareService = Omit<
  CareServiceRow,
  'id' | 'applicationNumber' | 'firstName' | 'surname' | 'feeTableNumber'
> & { wywiadId: string };

export async function insertCareService(q: Queryable, c: NewCareService, by: string) {
  return insertedId(
    q,
    `INSERT INTO care_service (number, application_id, wywiad_id, person_id, service_kind, tasks, hours_per_day,
        days_per_week, period_from, period_to, provider, provider_name, fee_table_id, hourly_cost_grosze, fee_pct,
        income_ratio_pct, exemption, exemption_grosze, hourly_fee_grosze, steps, decided_on, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
     RETURNING id`,
    [
      c.number,
      c.applicationId,
      c.wywiadId,
      c.personId,
      c.serviceKind,
      c.tasks,
      c.hoursPerDay,
      c.daysPerWeek,
      c.periodFrom,
      c.periodTo,
      c.provider,
      c.providerName,
      c.feeTableId,
      c.hourlyCostGrosze,
      c.feePct,
      c.incomeRatioPct,
      c.exemption ? JSON.stringify(c.exemption) : null,
      c.exemptionGrosze,
      c.hourlyFeeGrosze,
      JSON.stringify(c.steps),
      c.decidedOn,
      by,
    ],
  );
}

export interface CandidateRow {
  applicationId: string;
  applicationNumber: string;
  personId: string;
  firstName: string;
  surname: string;
  visitedOn: string;
}

/** Applications with a home visit whose applicant has no care-service decision on them; newest visit first. */
export async function candidates(q: Queryable, scope: string, after: After, limit: number) {
  return rowsOf<CandidateRow>(
    q,
    `SELECT a.id AS "applicationId", a.number AS "applicationNumber", p.id AS "personId", p.first_name AS "firstName",
            p.surname, to_char(v.visited_on, 'YYYY-MM-DD') AS "visitedOn"
       FROM application a JOIN person p ON p.id = a.applicant_id
       JOIN LATERAL (SELECT max(w.visited_on) AS visited_on FROM wywiad w WHERE w.application_id = a.id) v ON v.visited_on IS NOT NULL
      WHERE ${scope} AND NOT EXISTS (SELECT 1 FROM care_service c WHERE c.application_id = a.id)
        AND ($1::date IS NULL OR (v.visited_on, a.id) < ($1::date, $2::uuid))
      ORDER BY v.visited_on DESC, a.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Who decided it, as the letter prints under the signature. */
export async function signatory(q: Queryable, id: string) {
  const r = await q.query<{ name: string; jobTitle: string | null; authorisation: string | null }>(
    `SELECT u.full_name AS name, u.job_title AS "jobTitle", u.authorisation_number AS authorisation
       FROM care_service c JOIN staff_user u ON u.id = c.decided_by WHERE c.id = $1`,
    [id],
  );
  return r.rows[0] ?? { name: '', jobTitle: null, authorisation: null };
}
