import { addDays } from '@ostoja/domain/calendar/working-days';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { visitedApplication } from '../services/test-care.ts';
import { healthCareRequest } from './test-health-care.ts';

// Decisions on the right to health care (art. 54 of the health-care act) on PostgreSQL with the demo
// centre's criteria: the 90 days to the day, the income test, the list a clinic reads, bad input, access.
const s = staffApp({ logins: ['swiadczenia', 'pracownik', 'asystent', 'audytor'], staff: 'swiadczenia' });
const { who, fx, call } = s;
let n = 700;
const today = todayInPoland();
const decide = (body: object, lang = 'pl') =>
  call('POST', '/api/v1/health-care-decisions', who.swiadczenia!, body, lang);
const decisions = async () =>
  (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM health_care_decision')).rows[0]!.n;
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
const fields = (res: { json(): any }) => res.json().error.fields as { path: string; message: string }[];
const current = async (cookie: string) =>
  (await call('GET', '/api/v1/health-care-decisions?current=true&limit=100', cookie))
    .json()
    .items.map((x: { id: string }) => x.id);

describe('the right to health care for 90 days', () => {
  it('confirms it from today to the 90th day for a single person with 700,00 zł, lists it as current and prints it', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const res = await decide(healthCareRequest(a));
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      outcome: 'grant',
      rightFrom: today,
      rightTo: addDays(today, 89),
      endedByInsurance: false,
      incomeGrosze: 70_000,
    });
    expect(d.number).toMatch(new RegExp(`\\.${today.slice(0, 4)}$`));
    expect(d.steps.map((x: { key: string }) => x.key)).toContain('healthCare.step.period');
    expect(await current(who.pracownik!)).toContain(d.id);
    const pdf = await call('GET', `/api/v1/health-care-decisions/${d.id}/pdf`, who.audytor!);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('DECYZJA');
    expect(text).toContain(`na okres od ${polishDate(today)} r. do ${polishDate(addDays(today, 89))} r.`);
  });

  it('runs from the first day of emergency care ten days ago, and ends the day before insurance', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const body = { ...healthCareRequest(a), basis: 'emergencyCare', careStartedOn: addDays(today, -10) };
    const res = await decide(body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ rightFrom: addDays(today, -10), rightTo: addDays(today, 79) });
    const b = await visitedApplication(fx(), ++n, [70_000]);
    const insured = await decide({ ...healthCareRequest(b), insuredFrom: addDays(today, 30) });
    expect(insured.json()).toMatchObject({ rightTo: addDays(today, 29), endedByInsurance: true });
  });

  it('refuses for a single person with 1 300,00 zł over the criterion; a refusal is not a current right', async () => {
    const a = await visitedApplication(fx(), ++n, [130_000]);
    const res = await decide(healthCareRequest(a));
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({ outcome: 'refuse', rightFrom: null, rightTo: null, incomeGrosze: 130_000 });
    expect(await current(who.swiadczenia!)).not.toContain(d.id);
  });
});

describe('bad input and access', () => {
  it('never confirms a right that ended: an application 90 days ago names appliedOn, and nothing is written', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const before = await decisions();
    const old = await decide({ ...healthCareRequest(a), appliedOn: addDays(today, -90) });
    expect(old.statusCode).toBe(400);
    expect(fields(old)).toEqual([
      {
        path: 'appliedOn',
        message: `Prawo liczone od tej daty wygasło ${polishDate(addDays(today, -1))} — decyzja nie może potwierdzać prawa, które już minęło.`,
      },
    ]);
    const lastDay = await decide({ ...healthCareRequest(a), appliedOn: addDays(today, -89) });
    expect(lastDay.statusCode).toBe(201);
    expect(lastDay.json().rightTo).toBe(today);
    expect(await decisions()).toBe(before + 1);
  });

  it('names careStartedOn for emergency care without it, in English', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const res = await decide({ ...healthCareRequest(a), basis: 'emergencyCare' }, 'en');
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([
      { path: 'careStartedOn', message: 'Enter the first day of the emergency care.' },
    ]);
  });

  it('lets the social worker read but not decide; the family assistant sees nothing', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const res = await call('POST', '/api/v1/health-care-decisions', who.pracownik!, healthCareRequest(a));
    expect(res.statusCode).toBe(403);
    expect((await call('GET', '/api/v1/health-care-decisions', who.pracownik!)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/health-care-decisions', who.asystent!)).statusCode).toBe(403);
  });
});
