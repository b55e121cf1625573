import { describe, expect, it } from 'vitest';
import { claimFlow } from '../../test/claim-flow.ts';
import { claimRolesTest } from '../../test/claim-roles.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { familyApplication, newFamily } from './routes.examples.ts';

// Family benefits end to end on PostgreSQL: the public calculator, the application with a lost
// income, the call to complete, the decision for the okres zasiłkowy and its payments in a run.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 0;
const flow = claimFlow(s, '/api/v1/family-benefits/applications');
const { decide } = flow;
/** The clerk registers the family's application of 16 November 2026, the mother applying. */
const register = (f: { householdId: string; mother: string }, rest: object) =>
  call('POST', '/api/v1/family-benefits/applications', who.swiadczenia!, {
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn: '2026-11-16',
    ...rest,
  });
/** The decision of 20 November 2026 on the application (`more`: the refusal's reason). */
const decideOn20 = (id: string, outcome: 'grant' | 'refuse', more: object = {}) =>
  decide(id, { outcome, decidedOn: '2026-11-20', ...more });

describe('the public calculator', () => {
  it('answers without a login, to the grosz, with each article', async () => {
    const res = await call(
      'POST',
      '/api/v1/calculators/family-benefits',
      null,
      {
        periodStart: '2025-11-01',
        // 3 persons × 674 zł = 2 022 zł; 50 zł over → 95 + 124 − 50 = 169 zł
        familyMonthlyIncome: 202_200 + 5_000,
        members: [
          { role: 'parent', birthDate: '1988-02-01' },
          { role: 'child', birthDate: '2022-01-10' },
          { role: 'child', birthDate: '2015-06-01' },
        ],
      },
      'en',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      eligible: true,
      criterion: 67_400,
      incomePerPerson: 69_067,
      monthlyAmount: 16_900,
      oneOffAmount: 0,
    });
    expect(body.items.map((i: { amount: number }) => i.amount)).toEqual([7_331, 9_569]);
    expect(body.explanation.at(-1).article).toBe('art. 5 ust. 3–3b ustawy o świadczeniach rodzinnych');
    expect(body.explanation.at(-1).text).toContain('złotówka za złotówkę');
  });

  it('names the wrong fields in a 400, in the caller’s language', async () => {
    const res = await call('POST', '/api/v1/calculators/family-benefits', null, {
      periodStart: '2025-11-15',
      familyMonthlyIncome: -1,
      members: [{ role: 'child', birthDate: '2030-01-01' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual([
      'familyMonthlyIncome',
      'members.0.birthDate',
      'periodStart',
    ]);
    expect(fields.find((f) => f.path === 'periodStart')!.message).toBe('Podaj pierwszy dzień miesiąca.');
  });

  it('refuses a month before the 2016 amounts with a field error, not a 500', async () => {
    const res = await call('POST', '/api/v1/calculators/family-benefits', null, {
      periodStart: '2015-01-01',
      familyMonthlyIncome: 0,
      members: [{ role: 'child', birthDate: '2010-01-01' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('periodStart');
  });
});

describe('application → decision → monthly payments', () => {
  it('leaves a lost income out, calls to complete, grants for the period and pays in the run', async () => {
    const f = await newFamily(fx(), ++n);
    const created = await register(f, {
      members: [
        {
          personId: f.mother,
          role: 'parent',
          taxed: {
            income: 4_200_000,
            tax: 200_000,
            healthContributions: 200_000,
            socialContributions: 200_000,
          },
          // Lost her job in March 2026: the 30 000 zł it brought in 2025 do not count (art. 5 ust. 4).
          changes: [{ kind: 'lost', on: '2026-03-01', baseYearAmount: 3_000_000 }],
        },
        { personId: f.younger, role: 'child' },
        { personId: f.older, role: 'child', inSchool: true },
      ],
      additions: [{ kind: 'rozpoczecieRokuSzkolnego', personId: f.older }],
      attachments: ['taxOfficeCertificate', 'zusContributions', 'schoolCertificate'],
    });
    expect(created.statusCode).toBe(201);
    const app = created.json();
    // (42 000 − 6 000 − 30 000) zł / 12 = 500 zł a month; per person of 3: 166,67 zł
    expect(app).toMatchObject({
      period: '2026/2027',
      baseYear: 2025,
      status: 'incomplete',
      completionDue: '2026-11-30',
      familyMonthlyIncome: 50_000,
      incomePerPerson: 16_667,
    });
    expect(app.attachments.filter((a: { provided: boolean }) => !a.provided)).toEqual([
      { key: 'lostIncome', required: true, provided: false },
    ]);
    expect(app.calculation).toMatchObject({ eligible: true, monthlyAmount: 24_800, oneOffAmount: 10_000 });

    const early = await decideOn20(app.id, 'grant');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('familyBenefits.incomplete');

    // The call to complete: the missing attachment and its due date, on the clerk's list too.
    const letterUrl = `/api/v1/family-benefits/applications/${app.id}/call-to-complete/pdf`;
    const letter = await call('GET', letterUrl, who.swiadczenia!);
    expect(letter.statusCode).toBe(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = pdfText(letter.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('WEZWANIE DO UZUPEŁNIENIA WNIOSKU');
    expect(text).toContain('dokument potwierdzający utratę dochodu');
    expect(text).toContain('w terminie do dnia 30.11.2026 r.');
    const inbox = (await call('GET', '/api/v1/family-benefits/applications', who.swiadczenia!)).json();
    expect(inbox.items.find((x: { id: string }) => x.id === app.id).completionDue).toBe('2026-11-30');

    const completed = await call(
      'POST',
      `/api/v1/family-benefits/applications/${app.id}/attachments`,
      who.swiadczenia!,
      {
        attachments: ['lostIncome'],
      },
    );
    expect(completed.json()).toMatchObject({ status: 'complete', completionDue: null });
    expect((await call('GET', letterUrl, who.swiadczenia!)).statusCode).toBe(409);

    const d = await flow.grantOnce(app.id);
    expect(d).toMatchObject({
      number: 'ŚR.5230/2026/0001',
      outcome: 'grant',
      amount: 24_800,
      periodFrom: '2026-11-01',
      periodTo: '2027-10-31',
    });
    expect(d.schedule).toHaveLength(12);
    expect(d.schedule[0]).toEqual({ month: '2026-11', amount: 34_800, days: null });
    expect(d.schedule[11]).toEqual({ month: '2027-10', amount: 24_800, days: null });

    const { listed } = await flow.listedAfterRun(d.id, '2027-01');
    expect(listed).toEqual([
      ['2026-11', 34_800],
      ['2026-12', 24_800],
      ['2027-01', 24_800],
    ]);

    // The sprawozdanie from the decisions: Nov 2026 – Jan 2027, two children × 124 zł × 3 months + 100 zł.
    const rep = await call('GET', '/api/v1/family-benefits/report?from=2026-11&to=2027-01', who.swiadczenia!);
    expect(rep.json().rows).toEqual([
      { kind: 'zasilekRodzinny', count: 6, families: 1, amount: 74_400 },
      { kind: 'rozpoczecieRokuSzkolnego', count: 1, families: 1, amount: 10_000 },
    ]);
    expect(rep.json().totalAmount).toBe(84_400);
    await flow.reportRefusesReversedRange('/api/v1/family-benefits/report');
  });

  it('forwards a family with a member working abroad to the voivode instead of deciding', async () => {
    const f = await newFamily(fx(), ++n);
    const res = await register(f, {
      workingAbroad: true,
      members: [
        { personId: f.mother, role: 'parent' },
        { personId: f.younger, role: 'child' },
      ],
    });
    // The day it went to the voivode is the clerk's to record (clerk.int.test.ts), not assumed.
    expect(res.json()).toMatchObject({ status: 'forwarded', forwardedOn: null });
    const d = await decideOn20(res.json().id, 'grant');
    expect(d.statusCode).toBe(409);
    expect(d.json().error.code).toBe('familyBenefits.forwarded');
  });

  it('refuses with the reason given, and schedules nothing', async () => {
    const { application } = await familyApplication(fx(), ++n);
    const res = await decideOn20(application.id, 'refuse');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('refusalReason');
    const ok = await decideOn20(application.id, 'refuse', {
      refusalReason: 'Wnioskodawczyni wycofała wniosek.',
    });
    expect(ok.json().decision).toMatchObject({ outcome: 'refuse', amount: 0, schedule: [] });
  });

  it('names a person outside the registry by the field', async () => {
    const f = await newFamily(fx(), ++n);
    const res = await register(f, {
      members: [
        { personId: f.mother, role: 'parent' },
        { personId: '00000000-0000-4000-8000-000000000000', role: 'child' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('members.1.personId');
  });
});

claimRolesTest(
  s,
  '/api/v1/family-benefits/applications',
  async () => (await familyApplication(fx(), ++n)).application,
);
