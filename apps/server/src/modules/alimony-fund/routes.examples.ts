import { CreateAlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { newFamily } from '../family-benefits/routes.examples.ts';
import { debtorExamples } from './debtor-examples.ts';
import * as service from './service.ts';

// Fixtures of the alimony fund, also used by alimony-fund.int.test.ts.

/**
 * A mother of two (the family of the family-benefit fixtures) with 24 000 zł net in the base
 * year; the court set 600 zł for the younger child and 450 zł for the older; the bailiff found
 * nothing to recover.
 */
export async function alimonyApplication(
  fx: Pick<Fixtures, 'staff'>,
  n: number,
  opts: { submittedOn?: string; lastFullPaymentOn?: string } = {},
) {
  const f = await newFamily(fx, n);
  const submittedOn = opts.submittedOn ?? '2026-11-16';
  const body = CreateAlimonyFundApplication.parse({
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn,
    members: [
      { personId: f.mother, role: 'parent', taxed: { income: 2_400_000 } },
      { personId: f.younger, role: 'child', courtAlimony: 60_000 },
      { personId: f.older, role: 'child', inSchool: true, courtAlimony: 45_000 },
    ],
    debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, 00-001 Warszawa' },
    bailiffCertificate: {
      issuedOn: submittedOn,
      bailiff: 'Komornik Sądowy przy Sądzie Rejonowym w Pruszkowie',
      caseNumber: `Km ${n}/26`,
      lastFullPaymentOn: opts.lastFullPaymentOn ?? null,
    },
  });
  return { family: f, application: await service.create(fx.staff(), body) };
}

export const examples: Examples = {
  ...debtorExamples,
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
  'POST /api/v1/alimony-fund/applications': async (fx) => {
    const f = await newFamily(fx, fx.seq());
    return {
      body: {
        householdId: f.householdId,
        applicantId: f.mother,
        submittedOn: '2026-11-16',
        members: [
          { personId: f.mother, role: 'parent' },
          { personId: f.younger, role: 'child', courtAlimony: 50_000 },
        ],
        debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, Warszawa' },
        bailiffCertificate: { issuedOn: '2026-11-10', bailiff: 'Komornik Sądowy', caseNumber: 'Km 1/26' },
      },
    };
  },
  'POST /api/v1/alimony-fund/applications/:id/decision': async (fx) => ({
    params: { id: (await alimonyApplication(fx, fx.seq())).application.id },
    body: { outcome: 'grant', decidedOn: '2026-11-20', paymentMethod: 'cashDesk' },
  }),
};
