import type { Examples } from '../../test/route-examples.ts';
import { grantedApplication, registeredDebtor } from './debtor-fixtures.ts';

// A valid request for each route of the debtor register (merged into routes.examples.ts).

export const debtorExamples: Examples = {
  'GET /api/v1/alimony-fund/debtors': () => ({}),
  'POST /api/v1/alimony-fund/debtors': async (fx) => ({
    body: {
      applicationId: (await grantedApplication(fx, fx.seq())).application.id,
      gmina: 'Gmina Raszyn',
      resident: false,
    },
  }),
  'GET /api/v1/alimony-fund/debtors/:id': async (fx) => ({
    params: { id: (await registeredDebtor(fx, fx.seq())).id },
    query: { on: '2026-12-31' },
  }),
  'POST /api/v1/alimony-fund/debtors/:id/repayments': async (fx) => ({
    params: { id: (await registeredDebtor(fx, fx.seq())).id },
    body: { receivedOn: '2026-11-30', amount: 10_000, source: 'bailiff', reference: 'Km 1/26' },
  }),
  'POST /api/v1/alimony-fund/debtors/:id/notices': async (fx) => ({
    params: { id: (await registeredDebtor(fx, fx.seq())).id },
    body: { kind: 'actionsTaken', direction: 'incoming', gmina: 'Gmina Raszyn', receivedOn: '2026-11-30' },
  }),
  'GET /api/v1/alimony-fund/notices': () => ({}),
  'GET /api/v1/alimony-fund/notices/:id/pdf': async (fx) => ({
    params: { id: (await registeredDebtor(fx, fx.seq())).notices[0]!.id },
  }),
};
