import type { Examples } from '../../test/route-examples.ts';
import { newFamilyBody } from '../family-benefits/routes.examples.ts';
import { debtorExamples } from './debtor-examples.ts';
import { alimonyApplication } from './debtor-fixtures.ts';
import { undueExamples } from './undue-examples.ts';

export const examples: Examples = {
  ...debtorExamples,
  ...undueExamples,
  'GET /api/v1/alimony-fund/report': () => ({ query: { from: '2026-11', to: '2027-09' } }),
  'POST /api/v1/calculators/alimony-fund': () => ({
    body: {
      periodStart: '2025-10-01',
      familyMonthlyIncome: 200_000,
      members: [
        { role: 'parent', birthDate: '1988-02-01' },
        { role: 'child', birthDate: '2021-03-01', courtAlimony: 50_000 },
      ],
    },
  }),
  'GET /api/v1/alimony-fund/applications': () => ({}),
  'GET /api/v1/alimony-fund/applications/:id': async (fx) => ({
    params: { id: (await alimonyApplication(fx, fx.seq())).application.id },
  }),
  'POST /api/v1/alimony-fund/applications': async (fx) => ({
    body: {
      ...(await newFamilyBody(fx, { courtAlimony: 50_000 })),
      debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, Warszawa' },
      bailiffCertificate: { issuedOn: '2026-11-10', bailiff: 'Komornik Sądowy', caseNumber: 'Km 1/26' },
    },
  }),
  'POST /api/v1/alimony-fund/applications/:id/decision': async (fx) => ({
    params: { id: (await alimonyApplication(fx, fx.seq())).application.id },
    body: { outcome: 'grant', decidedOn: '2026-11-20', paymentMethod: 'cashDesk' },
  }),
};
