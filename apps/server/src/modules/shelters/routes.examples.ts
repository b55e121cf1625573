import { CreateShelterReferral } from '@ostoja/domain/shelters/shelter';
import type { Queryable } from '../../db/db.ts';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { visitedApplication } from '../services/test-care.ts';
import * as service from './service.ts';
import { aShelter, feeResolution, referralRequest } from './test-shelters.ts';

// Every role's run builds every example: one application with its home visit and one large shelter
// per database serve them all (a referral takes a place, and the shelter has places for every role).
const made = new WeakMap<Queryable, Promise<ReturnType<typeof referralRequest>>>();
function request(fx: Fixtures) {
  let r = made.get(fx.q);
  if (!r) {
    r = (async () =>
      referralRequest(
        await visitedApplication(fx, fx.seq(), [70_000]),
        await aShelter(fx, 'shelter', 2000),
      ))();
    made.set(fx.q, r);
  }
  return r;
}

export const examples: Examples = {
  'GET /api/v1/shelters': () => ({}),
  'POST /api/v1/shelters': (fx) => ({
    body: {
      name: `Noclegownia ${fx.seq()}`,
      kind: 'nightShelter',
      address: 'ul. Bolesława Prusa 1',
      places: 10,
    },
  }),
  'GET /api/v1/shelters/fee-resolutions': () => ({}),
  'POST /api/v1/shelters/fee-resolutions': (fx) => ({
    body: feeResolution(`XV/${fx.seq()}/2099`, 'shelter', '2099-01-01', '2099-02-01'),
  }),
  'GET /api/v1/shelter-referrals': ({ ids }) => ({ query: { personId: ids.person! } }),
  'GET /api/v1/shelter-referrals/:id': async (fx) => ({
    params: {
      id: (await service.createReferral(fx.staff(), CreateShelterReferral.parse(await request(fx)))).id,
    },
  }),
  'POST /api/v1/shelter-referrals': async (fx) => ({ body: await request(fx) }),
};
