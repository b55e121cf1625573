import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { staffContext } from '../../test/route-examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import { payMonth } from '../reporting/test-data.ts';
import { grantedApplication } from './debtor-fixtures.ts';

// The alimony fund's report on a worked example: a mother of two granted 600 + 450 zł from
// October, October and November paid by bank on 27 November, the debtor living in another gmina,
// the bailiff recovering 500 zł on 2 December.
let t: TestApp;
const who: Record<string, string> = {};
const fx = () => ({ staff: () => staffContext(t.db, who.staffId!) });

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  who.swiadczenia = await t.login('swiadczenia');
  who.staffId = await userId(t.db, 'swiadczenia');
});
afterAll(() => t?.close());

const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: who.swiadczenia! }, ...(payload ? { payload } : {}) });

describe('the alimony fund report', () => {
  it('counts the benefits, the debt at the end of December and the recovery split between State and gminas', async () => {
    const { application } = await grantedApplication(fx(), 1, {
      submittedOn: '2026-10-05',
      decidedOn: '2026-10-20',
      iban: 'PL61109010140000071219812874',
    });
    await payMonth(t, who.swiadczenia!, '2026-11', '2026-11-27');
    const debtor = await call('POST', '/api/v1/alimony-fund/debtors', {
      applicationId: application.id,
      gmina: 'Gmina Raszyn',
      resident: false,
    });
    expect(debtor.statusCode, debtor.body).toBe(201);
    const repaid = await call('POST', `/api/v1/alimony-fund/debtors/${debtor.json().id}/repayments`, {
      receivedOn: '2026-12-02',
      amount: 50_000,
      source: 'bailiff',
      reference: 'Km 1/26',
    });
    expect(repaid.statusCode, repaid.body).toBe(201);

    const res = await call('GET', '/api/v1/alimony-fund/report?from=2026-11&to=2026-12');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: '2026-11',
      to: '2026-12',
      // November and December: two children, 1050 zł a month.
      families: 1,
      persons: 2,
      benefits: 4,
      amount: 210_000,
      debts: {
        on: '2026-12-31',
        debtors: 1,
        // 2100 zł paid less the 497.26 zł of principal the repayment covered.
        principal: 160_274,
        // Each benefit's interest at 9.50 %: October's 1050 zł for 5 days, then 552.74 zł for 29:
        // (105 000 × 5 + 55 274 × 29) × 950 / 3 650 000 = 553.85 gr → 5.54 zł; November's for
        // 34 days: 929.18 gr → 9.29 zł; less the 2.74 zł the repayment paid.
        interest: 1_209,
        total: 161_483,
      },
      recoveries: {
        repayments: 1,
        amount: 50_000,
        // Interest first: 5 days on each 1050 zł = 136.64 gr → 1.37 zł, twice.
        interest: 274,
        principal: 49_726,
        // The debtor's gmina is another: 20 % to each gmina, 60 % to the State budget.
        state: 30_000,
        creditorGmina: 10_000,
        debtorGmina: 10_000,
      },
    });

    // January: nothing recovered in the month, the debt still there (interest grows).
    const jan = (await call('GET', '/api/v1/alimony-fund/report?from=2027-01&to=2027-01')).json();
    expect(jan.recoveries).toMatchObject({ repayments: 0, amount: 0 });
    expect(jan.debts).toMatchObject({ on: '2027-01-31', debtors: 1, principal: 160_274 });
    expect(jan.debts.interest).toBeGreaterThan(1_209);
  });
});
