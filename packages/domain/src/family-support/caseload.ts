// Staffing norms of social work (art. 110 ust. 11 ups): pure rules, no I/O.

/** The norms, dated data [M]: the act's numbers today, changed by a new period, never in code. */
export interface StaffingNorm {
  validFrom: string;
  inhabitantsPerWorker: number;
  householdsPerWorker: number;
}

export const STATUTORY_NORM: StaffingNorm = {
  validFrom: '2004-05-01',
  inhabitantsPerWorker: 2000,
  householdsPerWorker: 50,
};

/** Art. 110 ust. 11 ups: a worker is over the norm with more households in social work than it allows. */
export function workerOverNorm(households: number, norm: StaffingNorm): boolean {
  return households > norm.householdsPerWorker;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Art. 110 ust. 11 ups: the centre's workers per 2000 inhabitants and per 50 households in social
 * work (both must reach 1), and how many workers each norm asks for.
 */
export function centreStaffing(workers: number, inhabitants: number, households: number, norm: StaffingNorm) {
  const perInhabitants = inhabitants > 0 ? (workers * norm.inhabitantsPerWorker) / inhabitants : null;
  const perHouseholds = households > 0 ? (workers * norm.householdsPerWorker) / households : null;
  const requiredByInhabitants = Math.ceil(inhabitants / norm.inhabitantsPerWorker);
  const requiredByHouseholds = Math.ceil(households / norm.householdsPerWorker);
  return {
    workersPerInhabitantsNorm: perInhabitants === null ? null : round2(perInhabitants),
    workersPerHouseholdsNorm: perHouseholds === null ? null : round2(perHouseholds),
    requiredByInhabitants,
    requiredByHouseholds,
    meetsInhabitantsNorm: workers >= requiredByInhabitants,
    meetsHouseholdsNorm: workers >= requiredByHouseholds,
  };
}

/** The norm valid on a day. */
export function normOn(periods: readonly StaffingNorm[], day: string): StaffingNorm {
  const valid = periods
    .filter((p) => p.validFrom <= day)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return valid[0] ?? STATUTORY_NORM;
}
