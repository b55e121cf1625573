import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

// SQL shared by the benefits a family claims on one application for a benefit period (family
// benefits, the alimony fund): each keeps its own table with the same common columns plus its own.
// Row scope: the applicant is a person of the registry, so the registry's scope (Niebieska Karta
// sealing) is part of every read. Table and column names are the modules' constants, never input.

/** A member as stored on the application: the entry plus the registry's name and birth date. */
export interface ClaimMember {
  personId: string;
  name: string;
  birthDate: string;
  role: 'parent' | 'child' | 'other';
  disabilityCertificate: boolean;
  inSchool: boolean;
}

/** The columns that head every application a household's member submits (claims, housing allowance, KDR). */
export interface ApplicationHead {
  id: string;
  number: string;
  householdId: string;
  applicantId: string;
  applicantName: string;
  submittedOn: string;
}

/** The columns every claim application has. */
export interface ClaimRow<M extends ClaimMember = ClaimMember, S extends string = string>
  extends ApplicationHead {
  periodStart: string;
  baseYear: number;
  members: M[];
  farmHectares: number;
  familyMonthlyIncome: number;
  incomePerPerson: number;
  status: S;
}

export interface ClaimDecisionRow {
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

export interface ClaimTable {
  /** The application table. */
  table: string;
  /** The decision's column naming the application. */
  decisionColumn: string;
  /** The module's own columns: [column, field of the row, read as (a cast)?]. */
  own: readonly (readonly [column: string, field: string, cast?: string])[];
}

/** The common columns: [column, field]; json ones are stored as text. */
const COMMON = [
  ['number', 'number'],
  ['household_id', 'householdId'],
  ['applicant_id', 'applicantId'],
  ['submitted_on', 'submittedOn'],
  ['period_start', 'periodStart'],
  ['base_year', 'baseYear'],
  ['members', 'members'],
  ['farm_hectares', 'farmHectares', '::float8'],
  ['family_monthly_income', 'familyMonthlyIncome'],
  ['income_per_person', 'incomePerPerson'],
  ['status', 'status'],
] as const;

/** The reads of an application table: `select` reads it under `alias`, the row scope applies to each. */
export function applicationReads<R extends ApplicationHead>(select: string, alias: string) {
  return {
    /** A page within the row scope, newest submitted first, after the keyset (submitted on, id). */
    async list(q: Queryable, scope: string, after: After, limit: number) {
      return rowsOf<R>(
        q,
        `${select} WHERE ${scope} AND ($1::date IS NULL OR (${alias}.submitted_on, ${alias}.id) < ($1::date, $2::uuid))
          ORDER BY ${alias}.submitted_on DESC, ${alias}.id DESC LIMIT $3`,
        [after?.[0] ?? null, after?.[1] ?? null, limit],
      );
    },
    /** One application within the row scope (`forUpdate`: its row locked). */
    async find(q: Queryable, id: string, scope: string, forUpdate = false) {
      return rowOf<R>(
        q,
        `${select} WHERE ${alias}.id = $1 AND ${scope} ${forUpdate ? `FOR UPDATE OF ${alias}` : ''}`,
        [id],
      );
    },
  };
}

export type ApplicationReads<R extends ApplicationHead> = ReturnType<typeof applicationReads<R>>;

/** The reads and writes of one claim table. */
export function claimRepo<R extends ClaimRow>(t: ClaimTable) {
  const columns = [...COMMON, ...t.own];
  const select = `SELECT f.id, p.first_name || ' ' || p.surname AS "applicantName",
        ${columns.map(([c, field, cast]) => `f.${c}${cast ?? ''} AS "${field}"`).join(', ')}
   FROM ${t.table} f JOIN person p ON p.id = f.applicant_id`;

  return {
    ...applicationReads<R>(select, 'f'),

    /** Objects and arrays go in as json text. */
    async insert(q: Queryable, a: Omit<R, 'id' | 'applicantName'>, createdBy: string): Promise<string> {
      const row = a as unknown as Record<string, unknown>;
      const values = columns.map(([, field]) => {
        const v = row[field];
        return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
      });
      return insertedId(
        q,
        `INSERT INTO ${t.table} (${columns.map(([c]) => c).join(', ')}, created_by)
         VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}, $${columns.length + 1}) RETURNING id`,
        [...values, createdBy],
      );
    },

    async setStatus(q: Queryable, id: string, status: R['status']) {
      await q.query(`UPDATE ${t.table} SET status = $2, version = version + 1 WHERE id = $1`, [id, status]);
    },

    async decisionOf(q: Queryable, applicationId: string) {
      return rowOf<ClaimDecisionRow>(
        q,
        `SELECT id, number, outcome, decided_on AS "decidedOn", amount, period_from AS "periodFrom",
                period_to AS "periodTo", schedule, justification
           FROM decision WHERE ${t.decisionColumn} = $1 ORDER BY created_at DESC LIMIT 1`,
        [applicationId],
      );
    },

    /** Applications granted by a decision whose period overlaps the months from–to (first days). */
    async granted(q: Queryable, from: string, to: string) {
      return rowsOf<R>(
        q,
        `${select} WHERE EXISTS (SELECT 1 FROM decision d WHERE d.${t.decisionColumn} = f.id
            AND d.outcome = 'grant' AND d.period_from <= $2::date AND d.period_to >= $1::date)
          ORDER BY f.id`,
        [from, to],
      );
    },
  };
}

export type ClaimRepo<R extends ClaimRow> = ReturnType<typeof claimRepo<R>>;

/** The registry's names and birth dates of the persons given, only those within the scope. */
export async function persons(q: Queryable, ids: string[], scope: string) {
  return rowsOf<{ id: string; name: string; birthDate: string }>(
    q,
    `SELECT p.id, p.first_name || ' ' || p.surname AS name, p.birth_date AS "birthDate"
       FROM person p WHERE p.id = ANY($1::uuid[]) AND ${scope}`,
    [ids],
  );
}

export async function householdExists(q: Queryable, id: string) {
  return (await q.query('SELECT 1 FROM household WHERE id = $1', [id])).rowCount === 1;
}
