import type { StaffingNorm } from '@ostoja/domain/family-support/caseload';
import type { Queryable } from '../../db/db.ts';
import { rowsOf } from '../../db/rows.ts';
import { contractInForce } from '../social-work/indicator-repo.ts';

/**
 * Where households in social work come from: each source yields (household_id, worker_id) of an
 * open case, worker_id NULL when no worker is named. Another kind of case is one more SELECT here.
 * An open application counts until it is closed or withdrawn (a decided one is a running case);
 * a social-work case file (praca socjalna) until it is closed, for its lead worker and co-workers.
 */
export const CASE_SOURCES = [
  `SELECT a.household_id, a.assigned_worker_id AS worker_id FROM application a
    WHERE a.status NOT IN ('closed', 'withdrawn')`,
  `SELECT fa.household_id, fa.referred_by AS worker_id FROM family_assistance fa WHERE fa.status <> 'ended'`,
  `SELECT cf.household_id, cf.lead_worker_id AS worker_id FROM case_file cf WHERE cf.closed_on IS NULL`,
  `SELECT cf.household_id, cw.worker_id FROM case_file cf JOIN case_file_worker cw ON cw.case_file_id = cf.id
    WHERE cf.closed_on IS NULL`,
];

/**
 * A household counts for the worker named on its case; "under a contract": the worker's open case
 * files (lead or co-worker) with a social contract in force. one without a named worker counts for each
 * social worker of its field team (they share it until someone takes it).
 */
const PER_WORKER = `WITH cases AS (${CASE_SOURCES.join(' UNION ')})
  SELECT u.id, u.full_name AS "fullName", t.name AS "teamName",
         (SELECT count(DISTINCT c.household_id)::int FROM cases c
           WHERE c.worker_id = u.id
              OR (c.worker_id IS NULL AND EXISTS (SELECT 1 FROM household h
                   WHERE h.id = c.household_id AND h.field_team_id = u.org_unit_id))) AS households,
         (SELECT count(DISTINCT cf.household_id)::int FROM case_file cf
           WHERE cf.closed_on IS NULL
             AND (cf.lead_worker_id = u.id
                  OR EXISTS (SELECT 1 FROM case_file_worker cw WHERE cw.case_file_id = cf.id AND cw.worker_id = u.id))
             AND EXISTS (SELECT 1 FROM social_contract k WHERE k.case_file_id = cf.id AND ${contractInForce('k')})
         ) AS "underContract"
    FROM staff_user u LEFT JOIN org_unit t ON t.id = u.org_unit_id
   WHERE u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'socialWorker')
   ORDER BY u.sort_key`;

export async function staffingNorms(q: Queryable) {
  return rowsOf<StaffingNorm>(
    q,
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", inhabitants_per_worker AS "inhabitantsPerWorker",
            households_per_worker AS "householdsPerWorker" FROM staffing_norm`,
  );
}

/** The gmina's population in force on the day (dated data), or null when none is entered. */
export async function inhabitantsOn(q: Queryable, on: string) {
  const r = await q.query<{ inhabitants: number }>(
    'SELECT inhabitants FROM gmina_population WHERE valid_from <= $1 ORDER BY valid_from DESC LIMIT 1',
    [on],
  );
  return r.rows[0]?.inhabitants ?? null;
}

export async function workerCaseloads(q: Queryable) {
  const r = await q.query<{
    id: string;
    fullName: string;
    teamName: string | null;
    households: number;
    underContract: number;
  }>(PER_WORKER);
  return r.rows;
}

export async function householdsInWork(q: Queryable) {
  const r = await q.query<{ n: number }>(
    `SELECT count(DISTINCT household_id)::int AS n FROM (${CASE_SOURCES.join(' UNION ')}) c`,
  );
  return r.rows[0]!.n;
}
