import type { AverageWageNoticeInput } from '@ostoja/domain/housing-allowances/average-wage';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';
import { type ApplicationHead, applicationReads, type ClaimDecisionRow } from '../benefit-claims/repo.ts';

// SQL of the housing allowance. Row scope: the applicant is a person of the registry, so the
// registry's scope (Niebieska Karta sealing, on `p`) is part of every read of an application.

export interface HousingRow extends ApplicationHead {
  members: { personId: string; name: string }[];
  incomes: number[];
  flatArea: number;
  wheelchairUser: boolean;
  monthlyExpenses: number;
  legalTitle: 'tenancy' | 'cooperative' | 'ownership' | 'other';
  electricityContract: boolean;
  managerName: string;
  managerAddress: string;
  managerIban: string;
  status: 'complete' | 'decided';
  /** The notice the decision used; null while undecided. */
  averageWageNoticeId: string | null;
}

const SELECT = `SELECT f.id, f.number, f.household_id AS "householdId", f.applicant_id AS "applicantId",
    p.first_name || ' ' || p.surname AS "applicantName", f.submitted_on AS "submittedOn", f.members, f.incomes,
    f.flat_area::float8 AS "flatArea", f.wheelchair_user AS "wheelchairUser", f.monthly_expenses AS "monthlyExpenses",
    f.legal_title AS "legalTitle", f.electricity_contract AS "electricityContract", f.manager_name AS "managerName",
    f.manager_address AS "managerAddress", f.manager_iban AS "managerIban", f.status,
    f.average_wage_notice_id AS "averageWageNoticeId"
  FROM housing_allowance_application f JOIN person p ON p.id = f.applicant_id`;

export const { list, find } = applicationReads<HousingRow>(SELECT, 'f');

export async function insert(
  q: Queryable,
  a: Omit<HousingRow, 'id' | 'applicantName' | 'status' | 'averageWageNoticeId'>,
  createdBy: string,
): Promise<string> {
  return insertedId(
    q,
    `INSERT INTO housing_allowance_application (number, household_id, applicant_id, submitted_on, members, incomes,
       flat_area, wheelchair_user, monthly_expenses, legal_title, electricity_contract, manager_name, manager_address,
       manager_iban, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'complete', $15) RETURNING id`,
    [
      a.number,
      a.householdId,
      a.applicantId,
      a.submittedOn,
      JSON.stringify(a.members),
      a.incomes,
      a.flatArea,
      a.wheelchairUser,
      a.monthlyExpenses,
      a.legalTitle,
      a.electricityContract,
      a.managerName,
      a.managerAddress,
      a.managerIban,
      createdBy,
    ],
  );
}

/** Decided with the notice its calculation used: a later correction of the notice leaves it as it was. */
export async function setDecided(q: Queryable, id: string, noticeId: string) {
  await q.query(
    `UPDATE housing_allowance_application SET status = 'decided', average_wage_notice_id = $2, version = version + 1
      WHERE id = $1`,
    [id, noticeId],
  );
}

/** What the decision letter prints besides the decision's summary. */
export interface DecisionLetterFields {
  legalBasis: string;
  calculation: { explanation?: { article: string; text: string }[] } | null;
  paymentMethod: 'transfer' | 'cashDesk' | null;
  iban: string | null;
  signedByName: string;
  signatoryJobTitle: string | null;
  signatoryAuthorisation: string | null;
}

/** The latest decision of the application on `benefit` (the housing or the energy allowance). */
export async function decisionOf(q: Queryable, applicationId: string, benefit: string) {
  return rowOf<ClaimDecisionRow & DecisionLetterFields>(
    q,
    `SELECT d.id, d.number, d.outcome, d.decided_on AS "decidedOn", d.amount, d.period_from AS "periodFrom",
            d.period_to AS "periodTo", d.schedule, d.justification, d.legal_basis AS "legalBasis",
            d.calculation, d.payment_method AS "paymentMethod", d.iban, u.full_name AS "signedByName",
            d.signatory_job_title AS "signatoryJobTitle", d.signatory_authorisation AS "signatoryAuthorisation"
       FROM decision d JOIN staff_user u ON u.id = d.signed_by_id
      WHERE d.housing_allowance_application_id = $1 AND d.benefit = $2
      ORDER BY d.created_at DESC LIMIT 1`,
    [applicationId, benefit],
  );
}

/** Months granted from–to (YYYY-MM) by benefit: households and amounts, from the decisions' schedules. */
export async function grantedMonths(q: Queryable, from: string, to: string) {
  return rowsOf<{ benefit: string; households: number; months: number; amount: number }>(
    q,
    `SELECT d.benefit, count(DISTINCT f.household_id)::int AS households, count(*)::int AS months,
            COALESCE(sum((s ->> 'amount')::int), 0)::int AS amount
       FROM decision d JOIN housing_allowance_application f ON f.id = d.housing_allowance_application_id
       CROSS JOIN LATERAL jsonb_array_elements(d.schedule) s
      WHERE d.outcome = 'grant' AND s ->> 'month' BETWEEN $1 AND $2
      GROUP BY d.benefit`,
    [from, to],
  );
}

// The notices of the Prezes GUS on the average wage (average_wage_notice): the centre's legal data,
// no personal data. Insert-only; a row is live while no correction names it.

export interface NoticeRow {
  id: string;
  year: number;
  quarter: number;
  amountGrosze: number;
  monitorPolski: string | null;
  appliesFrom: string;
  supersedesId: string | null;
  supersededById: string | null;
  createdByName: string | null;
  createdAt: Date;
}
const NOTICE = `SELECT n.id, n.year, n.quarter::int AS quarter, n.amount_grosze AS "amountGrosze",
        n.monitor_polski AS "monitorPolski", to_char(n.applies_from, 'YYYY-MM-DD') AS "appliesFrom",
        n.supersedes_id AS "supersedesId", c.id AS "supersededById", u.full_name AS "createdByName",
        n.created_at AS "createdAt"
   FROM average_wage_notice n
   LEFT JOIN average_wage_notice c ON c.supersedes_id = n.id
   LEFT JOIN staff_user u ON u.id = n.created_by`;

/** Every notice, the newest publication first; keyset on (applies_from, id) descending. */
export async function listNotices(q: Queryable, after: After, limit: number) {
  return rowsOf<NoticeRow>(
    q,
    `${NOTICE} WHERE ($1::date IS NULL OR (n.applies_from, n.id) < ($1::date, $2::uuid))
      ORDER BY n.applies_from DESC, n.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** All notices (a few a year): the rules pick the one in force or the one a decision used. */
export async function allNotices(q: Queryable) {
  return (await q.query<NoticeRow>(`${NOTICE} ORDER BY n.applies_from, n.id`)).rows;
}

/** The live notices published on or before `date`. */
export async function liveNoticesUpTo(q: Queryable, date: string) {
  return rowsOf<NoticeRow>(
    q,
    `${NOTICE} WHERE c.id IS NULL AND n.applies_from <= $1::date ORDER BY n.applies_from, n.id`,
    [date],
  );
}

export async function findNotice(q: Queryable, id: string, forUpdate = false) {
  return rowOf<NoticeRow>(q, `${NOTICE} WHERE n.id = $1 ${forUpdate ? 'FOR UPDATE OF n' : ''}`, [id]);
}

/** The live notice of a quarter (a concurrent second one fails on the unique keys: 409). */
export async function liveNoticeOf(q: Queryable, year: number, quarter: number) {
  return rowOf<NoticeRow>(q, `${NOTICE} WHERE n.year = $1 AND n.quarter = $2 AND c.id IS NULL`, [
    year,
    quarter,
  ]);
}

export async function insertNotice(q: Queryable, n: z.output<typeof AverageWageNoticeInput>, by: string) {
  return insertedId(
    q,
    `INSERT INTO average_wage_notice (year, quarter, amount_grosze, monitor_polski, applies_from, supersedes_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [n.year, n.quarter, n.amountGrosze, n.monitorPolski ?? null, n.appliesFrom, n.supersedesId ?? null, by],
  );
}
