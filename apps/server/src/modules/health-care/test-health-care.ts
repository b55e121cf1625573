import { todayInPoland } from '@ostoja/domain/shared/today';

// Fixtures of the health-care decisions: the route examples and health-care.int.test.ts use them.

/** A decision on the person's own application filed today, decided today. */
export const healthCareRequest = (a: { applicationId: string; personId: string }) => ({
  personId: a.personId,
  applicationId: a.applicationId,
  basis: 'application' as const,
  appliedOn: todayInPoland(),
  careStartedOn: null,
  insuredFrom: null,
  decidedOn: todayInPoland(),
});
