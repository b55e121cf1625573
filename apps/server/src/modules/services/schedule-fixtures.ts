import { addDays } from '@ostoja/domain/calendar/working-days';
import { CreateCarer, CreatePlanEntry, CreateVisit } from '@ostoja/domain/services/schedule';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Fixtures } from '../../test/route-examples.ts';
import * as schedule from './schedule-service.ts';
import * as service from './service.ts';
import { careRequest, visitedApplication } from './test-care.ts';

// Fixtures of carers' schedules and bills, shared by the route examples and the tests.

const today = todayInPoland();
/** The month before this one ("YYYY-MM"), the one a bill can be issued for today. */
export const lastMonth = addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);

/**
 * A care-service decision (1 600,00 zł single → 7,00 zł an hour) in force from the first day of
 * last month for 4 months, provided by the centre's own carers, or a provider's when named.
 */
export async function runningDecision(fx: Pick<Fixtures, 'staff' | 'q'>, n: number, providerName?: string) {
  const request = careRequest(await visitedApplication(fx, n, [160_000]));
  return service.decideCareService(fx.staff(), {
    ...request,
    periodFrom: `${lastMonth}-01`,
    periodTo: addDays(`${lastMonth}-01`, 120),
    ...(providerName ? { provider: 'contracted' as const, providerName } : {}),
  });
}

export const addCarer = (
  fx: Pick<Fixtures, 'staff'>,
  fullName: string,
  more: Partial<Parameters<typeof CreateCarer.parse>[0]> = {},
) => schedule.addCarer(fx.staff(), CreateCarer.parse({ fullName, employer: 'own', ...more }));

export const plan = (fx: Pick<Fixtures, 'staff'>, e: Parameters<typeof CreatePlanEntry.parse>[0]) =>
  schedule.addPlanEntry(fx.staff(), CreatePlanEntry.parse(e));

export const visit = (fx: Pick<Fixtures, 'staff'>, v: Parameters<typeof CreateVisit.parse>[0]) =>
  schedule.recordVisit(fx.staff(), CreateVisit.parse(v));

/** A decision of last month with its carer, a weekly slot and one delivered visit of `hours` on the 1st. */
export async function visitedDecision(fx: Pick<Fixtures, 'staff' | 'q'>, n: number, hours = 2) {
  const decision = await runningDecision(fx, n);
  const carer = await addCarer(fx, `Opiekunka ${n}`);
  await plan(fx, {
    careServiceId: decision.id,
    carerId: carer.id,
    weekday: 1,
    startsAt: '08:00',
    endsAt: '10:00',
  });
  await visit(fx, {
    careServiceId: decision.id,
    carerId: carer.id,
    visitOn: `${lastMonth}-01`,
    startsAt: '08:00',
    hours,
  });
  return { decision, carer };
}
