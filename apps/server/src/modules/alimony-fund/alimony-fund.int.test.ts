import { describe, expect, it } from 'vitest';
import { claimFlow } from '../../test/claim-flow.ts';
import { claimRolesTest } from '../../test/claim-roles.ts';
import { errorPaths } from '../../test/errors.ts';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { newFamily } from '../family-benefits/routes.examples.ts';
import { alimonyApplication } from './debtor-fixtures.ts';

// The alimony fund end to end on PostgreSQL: the public calculator's contract, the application
// with the bailiff's certificate, the decision for the okres świadczeniowy and its payments in a run.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 0;
const flow = claimFlow(s, '/api/v1/alimony-fund/applications');
const { decide } = flow;
const CALC = '/api/v1/calculators/alimony-fund';
const mother = { role: 'parent', birthDate: '1988-02-01' };

describe('the public calculator', () => {
  it('2022/2023: 900 zł criterion, 500 zł cap; over the criterion each benefit less the excess', async () => {
    // 3 persons, 1000 zł each: 100 zł over → 500 − 100 = 400 zł and 300 − 100 = 200 zł.
    const res = await call('POST', CALC, null, {
      periodStart: '2022-10-01',
      familyMonthlyIncome: 300_000,
      members: [
        mother,
        { role: 'child', birthDate: '2012-05-01', courtAlimony: 70_000 },
        { role: 'child', birthDate: '2015-05-01', courtAlimony: 30_000, disabilityCertificate: true },
      ],
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      eligible: true,
      criterion: 90_000,
      incomePerPerson: 100_000,
      monthlyAmount: 60_000,
    });
    expect(body.items).toEqual([
      { personIndex: 1, amount: 40_000 },
      { personIndex: 2, amount: 20_000 },
    ]);
    expect(body.explanation.map((s: { article: string }) => s.article)).toContain(
      'art. 9 ust. 2a ustawy o pomocy osobom uprawnionym do alimentów',
    );
  });

  it('2024/2025: 1209 zł criterion, 1000 zł cap, in English', async () => {
    const res = await call(
      'POST',
      CALC,
      null,
      {
        periodStart: '2024-10-01',
        familyMonthlyIncome: 0,
        members: [mother, { role: 'child', birthDate: '2012-05-01', courtAlimony: 150_000 }],
      },
      'en',
    );
    expect(res.json()).toMatchObject({ eligible: true, criterion: 120_900, monthlyAmount: 100_000 });
    const last = res.json().explanation.at(-1);
    expect(last.article).toBe('art. 10 ust. 1 ustawy o pomocy osobom uprawnionym do alimentów');
    expect(last.text).toMatch(/^Alimony fund benefits in total: .*1,000\.00 a month\.$/);
  });

  it('names each wrong field in a 400', async () => {
    const res = await call('POST', CALC, null, {
      periodStart: '2025-10-15',
      familyMonthlyIncome: -1,
      members: [
        { role: 'parent', birthDate: '2030-01-01' },
        { role: 'child', birthDate: '2015-01-01', courtAlimony: 0 },
      ],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual([
      'familyMonthlyIncome',
      'members.0.birthDate',
      'members.1.courtAlimony',
      'periodStart',
    ]);
    expect(fields.find((f) => f.path === 'members.1.courtAlimony')!.message).toBe(
      'Alimenty ustalone przez sąd muszą być większe od zera.',
    );
  });

  // The boundaries through the contract, to the grosz (2025/2026: 1209 zł, cap 1000 zł).
  const calc = async (periodStart: string, familyMonthlyIncome: number, members: object[]) => {
    const res = await call('POST', CALC, null, { periodStart, familyMonthlyIncome, members });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const child = (courtAlimony: number, birthDate = '2015-05-01') => ({
    role: 'child',
    birthDate,
    courtAlimony,
  });

  it('income equal to the criterion pays in full; one grosz above takes one grosz off', async () => {
    expect(await calc('2025-10-01', 241_800, [mother, child(50_000)])).toMatchObject({
      eligible: true,
      criterion: 120_900,
      incomePerPerson: 120_900,
      monthlyAmount: 50_000,
    });
    expect(await calc('2025-10-01', 241_802, [mother, child(50_000)])).toMatchObject({
      eligible: true,
      incomePerPerson: 120_901,
      monthlyAmount: 49_999,
      items: [{ personIndex: 1, amount: 49_999 }],
    });
  });

  it('a reduced benefit of exactly 100.00 zł is paid; of 99.99 zł it is not, and nothing is payable', async () => {
    // 400 zł over the criterion per person: 500 − 400 = 100.00 zł.
    expect(await calc('2025-10-01', 321_800, [mother, child(50_000)])).toMatchObject({
      eligible: true,
      monthlyAmount: 10_000,
    });
    const under = await calc('2025-10-01', 321_802, [mother, child(50_000)]);
    expect(under).toMatchObject({ eligible: false, monthlyAmount: 0, items: [] });
  });

  it('the cap: 500 zł in 2023/2024 (criterion already 1209 zł), 1000 zł from October 2024', async () => {
    expect(await calc('2023-10-01', 0, [mother, child(120_000)])).toMatchObject({
      criterion: 120_900,
      monthlyAmount: 50_000,
    });
    expect(await calc('2024-09-01', 0, [mother, child(120_000)])).toMatchObject({ monthlyAmount: 50_000 });
    expect(await calc('2024-10-01', 0, [mother, child(120_000)])).toMatchObject({ monthlyAmount: 100_000 });
  });

  it('age limits: paid through the month of the 18th birthday; to 25 in school; none with a significant disability', async () => {
    const body = await calc('2025-10-01', 0, [
      mother,
      child(50_000, '2007-10-15'), // 18 in October 2025: still paid
      child(50_000, '2007-09-15'), // 18 in September: not any more
      { ...child(50_000, '2000-10-15'), inSchool: true }, // 25 in October 2025, in school: paid
      { ...child(50_000, '2000-09-15'), inSchool: true }, // 25 in September: not
      { ...child(50_000, '1985-01-01'), significantDisability: true }, // 40, znaczny stopień: paid
    ]);
    expect(body.items).toEqual([
      { personIndex: 1, amount: 50_000 },
      { personIndex: 3, amount: 50_000 },
      { personIndex: 5, amount: 50_000 },
    ]);
    expect(body.monthlyAmount).toBe(150_000);
  });

  it('a month before the amounts held is a 400 on periodStart, not a 500', async () => {
    const res = await call('POST', CALC, null, {
      periodStart: '2019-10-01',
      familyMonthlyIncome: 0,
      members: [mother],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('periodStart');
  });
});

describe('application → decision → monthly payments', () => {
  it('grants a mother of two 600 + 450 zł from November to September and pays them in the run', async () => {
    const { application: app } = await alimonyApplication(fx(), ++n);
    // 24 000 zł / 12 = 2000 zł a month; per person of 3: 666,67 zł
    expect(app).toMatchObject({
      period: '2026/2027',
      baseYear: 2025,
      status: 'complete',
      familyMonthlyIncome: 200_000,
      incomePerPerson: 66_667,
    });
    expect(app.calculation).toMatchObject({ month: '2026-11-01', eligible: true, monthlyAmount: 105_000 });

    const d = await flow.grantOnce(app.id);
    expect(d).toMatchObject({
      number: 'FA/2026/0001',
      outcome: 'grant',
      amount: 105_000,
      periodFrom: '2026-11-01',
      periodTo: '2027-09-30',
    });
    expect(d.schedule).toHaveLength(11);
    expect(d.schedule.at(-1)).toEqual({ month: '2027-09', amount: 105_000, days: null });

    const { schedule, listed } = await flow.listedAfterRun(d.id, '2027-01');
    expect(schedule.decision.benefit).toBe('funduszAlimentacyjny');
    expect(listed).toEqual([
      ['2026-11', 105_000],
      ['2026-12', 105_000],
      ['2027-01', 105_000],
    ]);

    // The fund's figures for November–January: one family, two children, 6 benefits, 3 × 1050 zł.
    const rep = await call('GET', '/api/v1/alimony-fund/report?from=2026-11&to=2027-01', who.swiadczenia!);
    expect(rep.json()).toMatchObject({
      from: '2026-11',
      to: '2027-01',
      families: 1,
      persons: 2,
      benefits: 6,
      amount: 315_000,
      // No debtor registered yet: no debt, nothing recovered (report.int.test.ts has them).
      debts: { on: '2027-01-31', debtors: 0, principal: 0, interest: 0, total: 0 },
    });
    expect(rep.json().recoveries).toMatchObject({ repayments: 0, amount: 0 });
    await flow.reportRefusesReversedRange('/api/v1/alimony-fund/report');
  });

  it('over the criterion: 400 zł off each benefit, the 50 zł left to the older child is not paid', async () => {
    const f = await newFamily(fx(), ++n);
    const res = await call('POST', '/api/v1/alimony-fund/applications', who.swiadczenia!, {
      householdId: f.householdId,
      applicantId: f.mother,
      submittedOn: '2026-11-16',
      // 57 924 zł / 12 = 4827 zł; per person 1609 zł = 1209 zł + 400 zł.
      members: [
        { personId: f.mother, role: 'parent', taxed: { income: 5_792_400 } },
        { personId: f.younger, role: 'child', courtAlimony: 60_000 },
        { personId: f.older, role: 'child', courtAlimony: 45_000 },
      ],
      debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, Warszawa' },
      bailiffCertificate: { issuedOn: '2026-11-10', bailiff: 'Komornik Sądowy', caseNumber: 'Km 7/26' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().incomePerPerson).toBe(160_900);
    expect(res.json().calculation).toMatchObject({ eligible: true, monthlyAmount: 20_000 });
    expect(res.json().calculation.items).toHaveLength(1);
  });

  it('a full payment recovered within two months: enforcement is not ineffective, nothing to grant', async () => {
    const { application } = await alimonyApplication(fx(), ++n, { lastFullPaymentOn: '2026-10-05' });
    expect(application.calculation).toMatchObject({ eligible: false, monthlyAmount: 0 });
    expect(application.calculation.explanation[0]!.article).toBe(
      'art. 2 pkt 2 ustawy o pomocy osobom uprawnionym do alimentów',
    );
    const d = await decide(application.id, {
      outcome: 'grant',
      decidedOn: '2026-11-20',
    });
    expect(d.statusCode).toBe(409);
    expect(d.json().error.code).toBe('alimonyFund.notEligible');
  });

  it('names a court alimony of 0 and a certificate dated after the application, writing nothing', async () => {
    const f = await newFamily(fx(), ++n);
    const before = (await s.t.db.query('SELECT count(*)::int AS c FROM alimony_fund_application')).rows[0]!.c;
    const res = await call('POST', '/api/v1/alimony-fund/applications', who.swiadczenia!, {
      householdId: f.householdId,
      applicantId: f.mother,
      submittedOn: '2026-11-16',
      members: [
        { personId: f.mother, role: 'parent' },
        { personId: f.younger, role: 'child', courtAlimony: 0 },
      ],
      debtor: { name: 'Jan Dłużny', address: 'ul. Długa 5, Warszawa' },
      bailiffCertificate: { issuedOn: '2026-11-17', bailiff: 'Komornik Sądowy', caseNumber: 'Km 8/26' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorPaths(res)).toEqual(['bailiffCertificate.issuedOn', 'members.1.courtAlimony']);
    const after = (await s.t.db.query('SELECT count(*)::int AS c FROM alimony_fund_application')).rows[0]!.c;
    expect(after).toBe(before);
  });
});

claimRolesTest(
  s,
  '/api/v1/alimony-fund/applications',
  async () => (await alimonyApplication(fx(), ++n)).application,
);
