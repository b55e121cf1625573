import { addDays } from '@ostoja/domain/calendar/working-days';
import { CreateTelecare } from '@ostoja/domain/services/telecare';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Fixtures } from '../../test/route-examples.ts';
import * as neighbours from './neighbour-service.ts';
import * as care from './service.ts';
import * as telecare from './telecare-service.ts';
import { careRequest, visitedApplication } from './test-care.ts';

// Fixtures of telecare and neighbour services: the route examples and their int tests use them.

const today = todayInPoland();
type Fx = Pick<Fixtures, 'staff' | 'q' | 'seq'>;

/** A telecare decision request for the applicant of an application with a home visit, 90 days from today. */
export const telecareRequest = (a: { applicationId: string; personId: string }) =>
  CreateTelecare.parse({ ...a, periodFrom: today, periodTo: addDays(today, 90), decidedOn: today });

// A household with its application and home visit is the costly part of a fixture: the route
// examples (run for every role on one database) share one of each kind per database.
const shared = new WeakMap<object, Map<string, Promise<unknown>>>();
function once<T>(fx: Fx, key: string, make: () => Promise<T>): Promise<T> {
  const byKey = shared.get(fx.q) ?? new Map<string, Promise<unknown>>();
  shared.set(fx.q, byKey);
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as Promise<T>;
}

/** An application with a home visit of a single person with 1 600,00 zł a month, one per database. */
export const sharedApplication = (fx: Fx) =>
  once(fx, 'application', () => visitedApplication(fx, fx.seq(), [160_000]));

/** A telecare decision for that person (one per database: devices are lent under it). */
export const telecareDecision = (fx: Fx) =>
  once(fx, 'telecare', async () =>
    telecare.decideTelecare(fx.staff(), telecareRequest(await sharedApplication(fx))),
  );

/** A bracelet in stock with a serial of its own. */
export const device = (fx: Fx, kind: 'bracelet' | 'keyBox' = 'bracelet') =>
  telecare.addDevice(fx.staff(), { kind, serialNumber: `TB-${fx.seq()}` });

/** A bracelet lent today under a fresh decision. */
export async function lentDevice(fx: Fx) {
  const decision = await telecareDecision(fx);
  const d = await device(fx);
  const loan = await telecare.lend(fx.staff(), {
    telecareServiceId: decision.id,
    deviceId: d.id,
    lentOn: today,
  });
  return { decision, device: d, loan };
}

/** A neighbour-service decision (a care-service decision of that kind) for a single person. */
export async function neighbourDecision(fx: Fx) {
  const a = await visitedApplication(fx, fx.seq(), [160_000]);
  return care.decideCareService(fx.staff(), {
    ...careRequest(a),
    serviceKind: 'neighbourService',
    tasks: ['shopping', 'companionship'],
    hoursPerDay: 1,
    daysPerWeek: 3,
  });
}

/** One neighbour-service decision per database, for the route examples. */
export const sharedNeighbourDecision = (fx: Fx) => once(fx, 'neighbour', () => neighbourDecision(fx));

export const neighbour = (fx: Fx, fullName = `Sąsiadka ${fx.seq()}`) =>
  neighbours.addNeighbour(fx.staff(), {
    fullName,
    address: 'ul. Kraszewskiego 5, Pruszków',
    phone: null,
    bankAccount: '61 1090 1014 0000 0712 1981 2874',
  });

/** A neighbour helping a client (a fresh one, or the examples' shared one) 20 hours a month over the decision's period. */
export async function assignment(fx: Fx, hoursPerMonth = 20, decision = neighbourDecision) {
  const d = await decision(fx);
  const n = await neighbour(fx);
  return neighbours.assign(fx.staff(), {
    careServiceId: d.id,
    neighbourId: n.id,
    hoursPerMonth,
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
  });
}
