import {
  centreStaffing,
  normOn,
  type StaffingNorm,
  workerOverNorm,
} from '@ostoja/domain/family-support/caseload';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';

/**
 * Where households in social work come from: each source yields (household_id, worker_id) of an
 * open case, worker_id NULL when no worker is named. To count another kind of case (the social-work
 * case file, contracts), add its SELECT here — nothing else changes.
 * An open application counts until it is closed or withdrawn (a decided one is a running case).
 */
export const CASE_SOURCES = [
  `SELECT a.household_id, a.assigned_worker_id AS worker_id FROM application a
    WHERE a.status NOT IN ('closed', 'withdrawn')`,
  `SELECT fa.household_id, fa.referred_by AS worker_id FROM family_assistance fa WHERE fa.status <> 'ended'`,
];

/**
 * A household counts for the worker named on its case; one without a named worker counts for each
 * social worker of its field team (they share it until someone takes it).
 */
const PER_WORKER = `WITH cases AS (${CASE_SOURCES.join(' UNION ')})
  SELECT u.id, u.full_name AS "fullName", t.name AS "teamName",
         (SELECT count(DISTINCT c.household_id)::int FROM cases c
           WHERE c.worker_id = u.id
              OR (c.worker_id IS NULL AND EXISTS (SELECT 1 FROM household h
                   WHERE h.id = c.household_id AND h.field_team_id = u.org_unit_id))) AS households
    FROM staff_user u LEFT JOIN org_unit t ON t.id = u.org_unit_id
   WHERE u.is_active AND EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = 'socialWorker')
   ORDER BY u.sort_key`;

/** The caseload of each social worker and of the centre against art. 110 ust. 11 ups. */
export async function caseload(ctx: StaffContext) {
  const asOf = todayInPoland();
  const norms = await ctx.q.query<StaffingNorm>(
    `SELECT to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", inhabitants_per_worker AS "inhabitantsPerWorker",
            households_per_worker AS "householdsPerWorker" FROM staffing_norm`,
  );
  const norm = normOn(norms.rows, asOf);
  const pop = await ctx.q.query<{ inhabitants: number }>(
    'SELECT inhabitants FROM gmina_population WHERE valid_from <= $1 ORDER BY valid_from DESC LIMIT 1',
    [asOf],
  );
  const inhabitants = pop.rows[0]?.inhabitants ?? null;
  const workers = (
    await ctx.q.query<{ id: string; fullName: string; teamName: string | null; households: number }>(
      PER_WORKER,
    )
  ).rows;
  const total = await ctx.q.query<{ n: number }>(
    `SELECT count(DISTINCT household_id)::int AS n FROM (${CASE_SOURCES.join(' UNION ')}) c`,
  );
  const households = total.rows[0]!.n;
  const centre = centreStaffing(workers.length, inhabitants ?? 0, households, norm);
  await ctx.audit({ action: 'report', entity: 'caseload', details: { workers: workers.length } });
  return {
    asOf,
    norm: { inhabitantsPerWorker: norm.inhabitantsPerWorker, householdsPerWorker: norm.householdsPerWorker },
    inhabitants,
    workers: workers.map((w) => ({ ...w, overNorm: workerOverNorm(w.households, norm) })),
    households,
    workersPerInhabitantsNorm: inhabitants ? centre.workersPerInhabitantsNorm : null,
    workersPerHouseholdsNorm: centre.workersPerHouseholdsNorm,
    requiredByInhabitants: inhabitants ? centre.requiredByInhabitants : null,
    requiredByHouseholds: centre.requiredByHouseholds,
    meetsInhabitantsNorm: inhabitants ? centre.meetsInhabitantsNorm : null,
    meetsHouseholdsNorm: centre.meetsHouseholdsNorm,
  };
}
