import { ReferralInput } from '@ostoja/domain/food-aid/referral';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';

// Fixtures of the food aid module, also used by food-aid.int.test.ts.

export const partnerInput = (name: string) => ({
  name,
  address: 'ul. Bankowa 5, 05-800 Pruszków',
  contact: 'Magazyn, tel. 22 758-00-00',
});

export const referralInput = (personId: string, partnerId: string, extra: Partial<ReferralInput> = {}) =>
  ReferralInput.parse({
    personId,
    partnerId,
    issuedOn: todayInPoland(),
    validUntil: `${todayInPoland().slice(0, 4)}-12-31`,
    householdSize: 1,
    incomePerPersonGrosze: 150_000,
    reasons: ['1'],
    ...extra,
  });

async function partner(fx: Fixtures) {
  return (await service.addPartner(fx.staff(), partnerInput(`Bank Żywności nr ${fx.seq()}`))).id;
}

async function referral(fx: Fixtures) {
  return (await service.refer(fx.staff(), referralInput(fx.ids.person!, await partner(fx)))).id;
}

export const examples: Examples = {
  'GET /api/v1/food-aid/partners': () => ({}),
  'POST /api/v1/food-aid/partners': (fx) => ({ body: partnerInput(`Caritas nr ${fx.seq()}`) }),
  'POST /api/v1/food-aid/referrals': async (fx) => ({
    body: referralInput(fx.ids.person!, await partner(fx)),
  }),
  'GET /api/v1/food-aid/referrals': () => ({ query: { month: todayInPoland().slice(0, 7) } }),
  'GET /api/v1/food-aid/referrals/:id': async (fx) => ({ params: { id: await referral(fx) } }),
  'GET /api/v1/food-aid/month-list': async (fx) => ({
    query: { partnerId: await partner(fx), month: todayInPoland().slice(0, 7) },
  }),
  'POST /api/v1/food-aid/partners/:id/distributions': async (fx) => {
    const id = await referral(fx);
    const r = await service.getReferral(fx.staff(), id);
    return {
      params: { id: r.partnerId },
      body: { month: todayInPoland().slice(0, 7), csv: `Nr;kg;paczki\n${id};12,5;2\n` },
    };
  },
  'GET /api/v1/food-aid/year': () => ({ query: { year: todayInPoland().slice(0, 4) } }),
};
