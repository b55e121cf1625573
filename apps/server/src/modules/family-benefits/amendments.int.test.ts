import { describe, expect, it } from 'vitest';
import { expectPdf, pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { grantedFamilyApplication } from './routes.examples.ts';

// A granted family benefit changed when the family's situation changes (art. 32 usr): months
// already paid above the new right become an undue benefit to repay (art. 30 usr), recovered as
// social assistance's are; a change leaving no month with a right revokes it; each decision has
// its letter from the family benefits' register.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik'],
  staff: 'swiadczenia',
  app: { caseload: false },
});
const { who, fx, call } = s;
let n = 0;
const change = (id: string, body: object, cookie = who.swiadczenia!) =>
  call('POST', `/api/v1/family-benefits/applications/${id}/change`, cookie, body);
const items = async (decisionId: string) =>
  (await call('GET', `/api/v1/payment-schedules/${decisionId}`, who.swiadczenia!)).json().items as {
    month: string;
    amount: number;
    status: string;
  }[];
const byStatus = (xs: { month: string; amount: number; status: string }[], status: string) =>
  xs.filter((x) => x.status === status).map((x) => [x.month.slice(0, 7), x.amount]);

describe('a change of the granted zasiłek rodzinny', () => {
  it('pays the new right from the change, and makes the months already paid above it undue', async () => {
    // 2 000 zł a month for 3 persons (666,67 zł each): 2 × 124 zł; 100 zł for the school year in November.
    const { application, decisionId } = await grantedFamilyApplication(fx(), ++n);
    expect(application.decision).toMatchObject({ amount: 24_800 });
    const run = await call('POST', '/api/v1/payment-runs', who.swiadczenia!, { month: '2027-02' });
    expect(run.statusCode).toBeLessThan(300);

    // From January the mother earns more: 2 100 zł a month, 78 zł over 3 × 674 zł → 248 − 78 = 170 zł.
    const body = {
      decidedOn: '2027-02-10',
      fromMonth: '2027-01',
      reason: 'Wnioskodawczyni uzyskała dochód od stycznia 2027 r.',
      familyMonthlyIncome: 210_000,
    };
    const missing = await change(application.id, body);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toBe('undue.dueOn');
    expect(missing.json().error.fields[0].message.replace(/\s/g, ' ')).toContain('156,00 zł');

    const res = await change(application.id, {
      ...body,
      undue: { dueOn: '2027-03-15', instalments: 2, deductFromPayments: false },
    });
    expect(res.statusCode).toBe(200);
    const out = res.json();
    expect(out.application.decision).toMatchObject({
      number: 'ŚR.5230/2027/0001',
      outcome: 'grant',
      amount: 17_000,
      periodFrom: '2027-01-01',
      periodTo: '2027-10-31',
    });
    // January and February were listed at 248 zł: the new schedule starts in March.
    expect(out.application.decision.schedule.map((x: { month: string }) => x.month)).toEqual([
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(out.receivable).toMatchObject({ amount: 15_600 });

    // The granted decision ends with December; its months listed stay, the others are cancelled.
    const old = await items(decisionId);
    expect(byStatus(old, 'listed')).toEqual([
      ['2026-11', 34_800],
      ['2026-12', 24_800],
      ['2027-01', 24_800],
      ['2027-02', 24_800],
    ]);
    expect(byStatus(old, 'open')).toEqual([]);
    await call('POST', '/api/v1/payment-runs', who.swiadczenia!, { month: '2027-03' });
    expect(byStatus(await items(out.decisionId), 'listed')).toEqual([['2027-03', 17_000]]);

    // The undue benefit is a receivable under art. 30 usr, in two instalments, repaid as in social assistance.
    const rec = (await call('GET', `/api/v1/receivables/${out.receivable.id}`, who.swiadczenia!)).json();
    expect(rec).toMatchObject({ kind: 'undueBenefit', amount: 15_600, months: ['2027-01', '2027-02'] });
    expect(rec.legalBasis).toContain(
      'art. 30 ust. 1, 2 i 8 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych',
    );
    expect(rec.instalments.map((i: { amount: number }) => i.amount)).toEqual([7_800, 7_800]);
    const repaid = await call(
      'POST',
      `/api/v1/receivables/${out.receivable.id}/repayments`,
      who.swiadczenia!,
      {
        paidOn: '2027-03-01',
        amount: 7_800,
        channel: 'cash',
      },
    );
    expect(repaid.json()).toMatchObject({ outstanding: 7_800, status: 'open' });

    // The change's letter: the family benefits' register, the usr, the decision it amends.
    const pdf = await call(
      'GET',
      `/api/v1/family-benefits/decisions/${out.decisionId}/pdf`,
      who.swiadczenia!,
    );
    expectPdf(pdf, [
      'Znak: ŚR.5230/2027/0001',
      'art. 32 ust. 1 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych',
      'zmienić decyzję nr ŚR.5230/2026/',
      '170,00 zł',
      '156,00 zł',
    ]);
  });

  it('revokes the benefit when the change leaves no month with a right, and pays nothing more', async () => {
    const { application, family, decisionId } = await grantedFamilyApplication(fx(), ++n);
    // The older child moves to the father in March: 2 000 zł for 2 persons is 1 000 zł each, over 674 zł.
    const res = await change(application.id, {
      decidedOn: '2027-02-10',
      fromMonth: '2027-03',
      reason: 'Syn zamieszkał z ojcem.',
      members: [{ personId: family.older, leftFamily: true }],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().receivable).toBeNull();
    expect(res.json().application.decision).toMatchObject({ outcome: 'revoke', amount: 0, schedule: [] });
    expect(
      (await items(decisionId)).filter((x) => x.status === 'open').map((x) => x.month.slice(0, 7)),
    ).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    const again = await change(application.id, {
      decidedOn: '2027-02-11',
      fromMonth: '2027-04',
      reason: 'x',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('familyBenefits.notGranted');

    const pdf = await call(
      'GET',
      `/api/v1/family-benefits/decisions/${res.json().decisionId}/pdf`,
      who.swiadczenia!,
    );
    expect(pdfText(pdf.rawPayload)).toContain('uchylić decyzję nr ŚR.5230/2026/');

    // The sprawozdanie counts the decisions in force: for March 2027, only the first test's changed
    // family at 170 zł (its two children's zasiłki after the reduction), nothing of the revoked one.
    const rep = await call('GET', '/api/v1/family-benefits/report?from=2027-03&to=2027-03', who.swiadczenia!);
    expect(rep.json().rows).toEqual([{ kind: 'zasilekRodzinny', count: 2, families: 1, amount: 17_000 }]);
    const before = await call(
      'GET',
      '/api/v1/family-benefits/report?from=2027-02&to=2027-02',
      who.swiadczenia!,
    );
    expect(before.json().totalAmount).toBe(17_000 + 24_800);
  });

  it('names the wrong field, and lets only the benefits clerk change', async () => {
    const { application, family } = await grantedFamilyApplication(fx(), ++n);
    const first = await change(application.id, {
      decidedOn: '2027-02-10',
      fromMonth: '2026-11',
      reason: 'x',
    });
    expect(first.statusCode).toBe(400);
    expect(first.json().error.fields[0].path).toBe('fromMonth');
    const applicant = await change(application.id, {
      decidedOn: '2027-02-10',
      fromMonth: '2027-03',
      reason: 'x',
      members: [{ personId: family.mother, leftFamily: true }],
    });
    expect(applicant.json().error.fields[0].path).toBe('members.0.leftFamily');
    const worker = await change(
      application.id,
      { decidedOn: '2027-02-10', fromMonth: '2027-03', reason: 'x' },
      who.pracownik!,
    );
    expect(worker.statusCode).toBe(403);
  });

  it('prints the granted decision with each benefit of the first month and the usr as its basis', async () => {
    const { decisionId } = await grantedFamilyApplication(fx(), ++n);
    const pdf = await call('GET', `/api/v1/family-benefits/decisions/${decisionId}/pdf`, who.swiadczenia!);
    const text = pdfText(pdf.rawPayload);
    expect(text).toMatch(/Znak: ŚR\.5230\/2026\/\d{4}/);
    expect(text).toContain('ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych');
    expect(text).toContain('przyznać');
    expect(text).toContain('248,00 zł');
    expect(text).toContain('dodatek z tytułu rozpoczęcia roku szkolnego');
    expect(text).toContain('art. 25 ustawy o świadczeniach rodzinnych');
    const worker = await call('GET', `/api/v1/family-benefits/decisions/${decisionId}/pdf`, who.pracownik!);
    expect(worker.statusCode).toBe(403);
  });
});
