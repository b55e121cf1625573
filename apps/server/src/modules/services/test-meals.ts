import { DecideMealAid } from '@ostoja/domain/services/meals';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Fixtures } from '../../test/route-examples.ts';
import * as meals from './meals-service.ts';
import { visitedApplication } from './test-care.ts';

// Fixtures of the meals programme: the route examples and meals.int.test.ts use them.

const today = todayInPoland();

/** A new school (or canteen, caterer) with a unique name. */
export async function provider(
  fx: Pick<Fixtures, 'staff' | 'seq'>,
  place: 'school' | 'home' | 'canteen' = 'school',
) {
  return meals.addProvider(fx.staff(), { name: `Szkoła Podstawowa nr ${fx.seq()}`, place, address: null });
}

/** A valid request for a meal at `providerId` over `from`–`to` for a single person with `pay` grosze. */
export async function mealRequest(
  fx: Pick<Fixtures, 'staff' | 'q' | 'seq'>,
  providerId: string,
  pay = 160_000,
  from = today,
  to = from,
) {
  const a = await visitedApplication(fx, fx.seq(), [pay]);
  return DecideMealAid.parse({
    ...a,
    form: 'meal',
    providerId,
    periodFrom: from,
    periodTo: to,
    decidedOn: today,
  });
}

/** A pupil granted a meal at the provider's kind of place for the months from–to. */
export async function fedPupil(
  fx: Pick<Fixtures, 'staff' | 'q' | 'seq'>,
  providerId: string,
  from: string,
  to: string,
) {
  return (await meals.decideAid(fx.staff(), await mealRequest(fx, providerId, 160_000, from, to))).personId;
}
