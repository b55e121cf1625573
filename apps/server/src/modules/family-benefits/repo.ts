import type { ATTACHMENT_KEYS } from '@ostoja/domain/family-benefits/application';
import type { Queryable } from '../../db/db.ts';

// SQL of family benefits. Row scope: the applicant is a person of the registry, so the registry's
// scope (Niebieska Karta sealing) is part of every read.

/** A member as stored on the application: the entry plus the registry's name and birth date. */
export interface StoredMember {
  personId: string;
  name: string;
  birthDate: string;
  role: 'parent' | 'child' | 'other';
  disabilityCertificate: boolean;
  inSchool: boolean;
}

export interface ApplicationRow {
  id: string;
  number: string;
  householdId: string;
  applicantId: string;
  applicantName: string;
  submittedOn: string;
  periodStart: string;
  baseYear: number;
  members: StoredMember[];
  singleParent: boolean;
  additions: { kind: string; personId: string }[];
  farmHectares: number;
  familyMonthlyIncome: number;
  incomePerPerson: number;
  attachments: { key: (typeof ATTACHMENT_KEYS)[number]; required: boolean; provided: boolean }[];
  completionDue: string | null;
  workingAbroad: boolean;
  status: 'incomplete' | 'complete' | 'forwarded' | 'decided';
}

const APPLICATION = `SELECT f.id, f.number, f.household_id AS "householdId", f.applicant_id AS "applicantId",
        p.first_name || ' ' || p.surname AS "applicantName", f.submitted_on AS "submittedOn",
        f.period_start AS "periodStart", f.base_year AS "baseYear", f.members, f.single_parent AS "singleParent",
        f.additions, f.farm_hectares::float8 AS "farmHectares", f.family_monthly_income AS "familyMonthlyIncome",
        f.income_per_person AS "incomePerPerson", f.attachments, f.completion_due AS "completionDue",
        f.working_abroad AS "workingAbroad", f.status
   FROM family_benefit_application f JOIN person p ON p.id = f.applicant_id`;

export async function list(q: Queryable, scope: string, after: [string, string] | null, limit: number) {
  const r = await q.query<ApplicationRow>(
    `${APPLICATION} WHERE ${scope} AND ($1::date IS NULL OR (f.submitted_on, f.id) < ($1::date, $2::uuid))
      ORDER BY f.submitted_on DESC, f.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  return r.rows;
}

export async function find(q: Queryable, id: string, scope: string, forUpdate = false) {
  const r = await q.query<ApplicationRow>(
    `${APPLICATION} WHERE f.id = $1 AND ${scope} ${forUpdate ? 'FOR UPDATE OF f' : ''}`,
    [id],
  );
  return r.rows[0] ?? null;
}

/** The registry's names and birth dates of the persons given, only those within the scope. */
export async function persons(q: Queryable, ids: string[], scope: string) {
  const r = await q.query<{ id: string; name: string; birthDate: string }>(
    `SELECT p.id, p.first_name || ' ' || p.surname AS name, p.birth_date AS "birthDate"
       FROM person p WHERE p.id = ANY($1::uuid[]) AND ${scope}`,
    [ids],
  );
  return r.rows;
}

export async function householdExists(q: Queryable, id: string) {
  return (await q.query('SELECT 1 FROM household WHERE id = $1', [id])).rowCount === 1;
}

export async function insert(
  q: Queryable,
  a: Omit<ApplicationRow, 'id' | 'applicantName'>,
  createdBy: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO family_benefit_application (number, household_id, applicant_id, submitted_on, period_start, base_year,
       members, single_parent, additions, farm_hectares, family_monthly_income, income_per_person, attachments,
       completion_due, working_abroad, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [
      a.number,
      a.householdId,
      a.applicantId,
      a.submittedOn,
      a.periodStart,
      a.baseYear,
      JSON.stringify(a.members),
      a.singleParent,
      JSON.stringify(a.additions),
      a.farmHectares,
      a.familyMonthlyIncome,
      a.incomePerPerson,
      JSON.stringify(a.attachments),
      a.completionDue,
      a.workingAbroad,
      a.status,
      createdBy,
    ],
  );
  return r.rows[0]!.id;
}

export async function setAttachments(
  q: Queryable,
  id: string,
  attachments: ApplicationRow['attachments'],
  status: ApplicationRow['status'],
) {
  await q.query(
    `UPDATE family_benefit_application SET attachments = $2, status = $3,
       completion_due = CASE WHEN $3 = 'incomplete' THEN completion_due END, version = version + 1 WHERE id = $1`,
    [id, JSON.stringify(attachments), status],
  );
}

export async function setStatus(q: Queryable, id: string, status: ApplicationRow['status']) {
  await q.query('UPDATE family_benefit_application SET status = $2, version = version + 1 WHERE id = $1', [
    id,
    status,
  ]);
}

export interface DecisionRow {
  id: string;
  number: string;
  outcome: 'grant' | 'refuse';
  decidedOn: string;
  amount: number;
  periodFrom: string | null;
  periodTo: string | null;
  schedule: { month: string; amount: number; days: number | null }[];
  justification: string;
}

export async function decisionOf(q: Queryable, applicationId: string) {
  const r = await q.query<DecisionRow>(
    `SELECT id, number, outcome, decided_on AS "decidedOn", amount, period_from AS "periodFrom",
            period_to AS "periodTo", schedule, justification
       FROM decision WHERE family_benefit_application_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [applicationId],
  );
  return r.rows[0] ?? null;
}

/** Applications granted by a decision whose period overlaps the months from–to (first days). */
export async function granted(q: Queryable, from: string, to: string) {
  const r = await q.query<ApplicationRow>(
    `${APPLICATION} WHERE EXISTS (SELECT 1 FROM decision d WHERE d.family_benefit_application_id = f.id
        AND d.outcome = 'grant' AND d.period_from <= $2::date AND d.period_to >= $1::date)
      ORDER BY f.id`,
    [from, to],
  );
  return r.rows;
}
