import { addDays } from '@ostoja/domain/calendar/working-days';
import { DpsFeeInput } from '@ostoja/domain/services/dps';
import type { Examples } from '../../test/route-examples.ts';
import * as service from './service.ts';
import { dpsFile, fileRequest, homeInput, PDF, referredFile, today } from './test-dps.ts';

export const examples: Examples = {
  'GET /api/v1/dps/homes': () => ({}),
  'POST /api/v1/dps/homes': (fx) => ({ body: homeInput(`new-${fx.seq()}`) }),
  'POST /api/v1/dps/homes/:id/costs': async (fx) => {
    const home = await service.addHome(fx.staff(), homeInput(`cost-${fx.seq()}`) as never);
    return {
      params: { id: home.id },
      body: {
        validFrom: today,
        monthlyCostGrosze: 650_000,
        publishedOn: today,
        source: 'Obwieszczenie (test)',
      },
    };
  },
  'GET /api/v1/dps/referrals': () => ({}),
  'GET /api/v1/dps/waiting-list': () => ({}),
  'GET /api/v1/dps/candidates': () => ({}),
  'GET /api/v1/dps/monthly-cost': () => ({ query: { month: today.slice(0, 7) } }),
  'GET /api/v1/dps/referrals/:id': async (fx) => ({ params: { id: (await dpsFile(fx)).id } }),
  'POST /api/v1/dps/referrals': async (fx) => ({ body: await fileRequest(fx) }),
  'POST /api/v1/dps/referrals/:id/documents': async (fx) => ({
    params: { id: (await dpsFile(fx, false)).id },
    body: { kind: 'medical', fileName: 'zaswiadczenie.pdf', dataBase64: PDF },
  }),
  'GET /api/v1/dps/referrals/:id/documents/:documentId': async (fx) => {
    const f = await dpsFile(fx);
    return {
      params: { id: f.id, documentId: (await service.getReferral(fx.staff(), f.id)).documents[0]!.id },
    };
  },
  'POST /api/v1/dps/referrals/:id/referral-decision': async (fx) => ({
    params: { id: (await dpsFile(fx)).id },
    body: { decidedOn: today },
  }),
  'GET /api/v1/dps/referrals/:id/referral-decision/pdf': async (fx) => ({
    params: { id: (await referredFile(fx)).id },
  }),
  'GET /api/v1/dps/referrals/:id/fee-decision/pdf': async (fx) => {
    const f = await referredFile(fx);
    await service.setFee(
      fx.staff(),
      f.id,
      DpsFeeInput.parse({ decidedOn: today, residentIncomeGrosze: 180_000 }),
    );
    return { params: { id: f.id } };
  },
  'POST /api/v1/dps/referrals/:id/fee-decision': async (fx) => ({
    params: { id: (await referredFile(fx)).id },
    body: { decidedOn: today, residentIncomeGrosze: 180_000 },
  }),
  'POST /api/v1/dps/referrals/:id/admission': async (fx) => ({
    params: { id: (await referredFile(fx)).id },
    body: { admittedOn: addDays(today, -1) },
  }),
};
