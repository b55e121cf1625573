import { centreStaffing, normOn, workerOverNorm } from '@ostoja/domain/family-support/caseload';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import * as repo from './repo-caseload.ts';

/** The caseload of each social worker and of the centre against art. 110 ust. 11 ups. */
export async function caseload(ctx: StaffContext) {
  const asOf = todayInPoland();
  const norm = normOn(await repo.staffingNorms(ctx.q), asOf);
  const inhabitants = await repo.inhabitantsOn(ctx.q, asOf);
  const workers = await repo.workerCaseloads(ctx.q);
  const households = await repo.householdsInWork(ctx.q);
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
