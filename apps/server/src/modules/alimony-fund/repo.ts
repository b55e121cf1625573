import type { Queryable } from '../../db/db.ts';

// SQL of the alimony fund. Row scope: the applicant is a person of the registry, so the
// registry's scope (Niebieska Karta sealing) is part of every read.

/** A member as stored on the application: the entry plus the registry's name and birth date. */
export interface StoredMember {
  personId: string;
  name: string;
  birthDate: string;
  role: 'parent' | 'child' | 'other';
  disabilityCertificate: boolean;
  significantDisability: boolean;
  inSchool: boolean;
  courtAlimony: number | null;
}

export interface Certificate {
  issuedOn: string;
  bailiff: string;
  caseNumber: string;
  lastFullPaymentOn: string | null;
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
  farmHectares: number;
  familyMonthlyIncome: number;
  incomePerPerson: number;
  debtorName: string;
  debtorAddress: string;
  bailiffCertificate: Certificate;
  status: 'complete' | 'decided';
}

const APPLICATION = `SELECT f.id, f.number, f.household_id AS "householdId", f.applicant_id AS "applicantId",
        p.first_name || ' ' || p.surname AS "applicantName", f.submitted_on AS "submittedOn",
        f.period_start AS "periodStart", f.base_year AS "baseYear", f.members,
        f.farm_hectares::float8 AS "farmHectares", f.family_monthly_income AS "familyMonthlyIncome",
        f.income_per_person AS "incomePerPerson", f.debtor_name AS "debtorName", f.debtor_address AS "debtorAddress",
        f.bailiff_certificate AS "bailiffCertificate", f.status
   FROM alimony_fund_application f JOIN person p ON p.id = f.applicant_id`;

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

export async function insert(
  q: Queryable,
  a: Omit<ApplicationRow, 'id' | 'applicantName'>,
  createdBy: string,
): Promise<string> {
  const r = await q.query<{ id: string }>(
    `INSERT INTO alimony_fund_application (number, household_id, applicant_id, submitted_on, period_start, base_year,
       members, farm_hectares, family_monthly_income, income_per_person, debtor_name, debtor_address,
       bailiff_certificate, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      a.number,
      a.householdId,
      a.applicantId,
      a.submittedOn,
      a.periodStart,
      a.baseYear,
      JSON.stringify(a.members),
      a.farmHectares,
      a.familyMonthlyIncome,
      a.incomePerPerson,
      a.debtorName,
      a.debtorAddress,
      JSON.stringify(a.bailiffCertificate),
      a.status,
      createdBy,
    ],
  );
  return r.rows[0]!.id;
}

export async function setDecided(q: Queryable, id: string) {
  await q.query(
    `UPDATE alimony_fund_application SET status = 'decided', version = version + 1 WHERE id = $1`,
    [id],
  );
}

export async function decisionOf(q: Queryable, applicationId: string) {
  const r = await q.query<{
    id: string;
    number: string;
    outcome: 'grant' | 'refuse';
    decidedOn: string;
    amount: number;
    periodFrom: string | null;
    periodTo: string | null;
    schedule: { month: string; amount: number; days: number | null }[];
    justification: string;
  }>(
    `SELECT id, number, outcome, decided_on AS "decidedOn", amount, period_from AS "periodFrom",
            period_to AS "periodTo", schedule, justification
       FROM decision WHERE alimony_fund_application_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [applicationId],
  );
  return r.rows[0] ?? null;
}

/** Applications granted by a decision whose period overlaps the months from–to (first days). */
export async function granted(q: Queryable, from: string, to: string) {
  const r = await q.query<ApplicationRow>(
    `${APPLICATION} WHERE EXISTS (SELECT 1 FROM decision d WHERE d.alimony_fund_application_id = f.id
        AND d.outcome = 'grant' AND d.period_from <= $2::date AND d.period_to >= $1::date)
      ORDER BY f.id`,
    [from, to],
  );
  return r.rows;
}
