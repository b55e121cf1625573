import { addDaysKpa } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { familyApplication } from './routes.examples.ts';

// What the clerk tracks between filing and the decision: the calls to complete on her home page
// (14 days, the overdue marked, gone once the attachments are brought) and the day an application
// of a family living partly abroad was sent to the voivode.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 500;

type Due = { applicationId: string; number: string; applicantName: string; dueOn: string; overdue: boolean };
const deadlines = async (cookie = who.swiadczenia!) => {
  const res = await call('GET', '/api/v1/family-benefits/completion-deadlines', cookie);
  return { status: res.statusCode, items: (res.json().items ?? []) as Due[] };
};

describe('the calls to complete on the clerk’s home page', () => {
  it('lists the incomplete applications by their last day, the overdue marked, until completed', async () => {
    const late = (await familyApplication(fx(), ++n, { attachments: false })).application;
    const today = todayInPoland();
    const fresh = (await familyApplication(fx(), ++n, { attachments: false, submittedOn: today }))
      .application;
    const complete = (await familyApplication(fx(), ++n)).application;

    const { status, items } = await deadlines();
    expect(status).toBe(200);
    // Filed on 16 November 2026: the 14 days ran out on Monday 30 November.
    expect(items.find((x) => x.applicationId === late.id)).toEqual({
      applicationId: late.id,
      number: late.number,
      applicantName: `Marta Zasiłkowa-${n - 2}`,
      dueOn: '2026-11-30',
      overdue: true,
    });
    expect(items.find((x) => x.applicationId === fresh.id)).toMatchObject({
      dueOn: addDaysKpa(today, 14),
      overdue: false,
    });
    expect(items.some((x) => x.applicationId === complete.id)).toBe(false);
    // Nearest first.
    const days = items.map((x) => x.dueOn);
    expect(days).toEqual([...days].sort());

    const brought = await call(
      'POST',
      `/api/v1/family-benefits/applications/${late.id}/attachments`,
      who.swiadczenia!,
      { attachments: ['taxOfficeCertificate', 'schoolCertificate'] },
    );
    expect(brought.json().status).toBe('complete');
    expect((await deadlines()).items.some((x) => x.applicationId === late.id)).toBe(false);
  });

  it('is the clerk’s list: a social worker reading family benefits gets 403', async () => {
    expect((await deadlines(who.pracownik!)).status).toBe(403);
  });
});

describe('the day an application went to the voivode', () => {
  const forward = (id: string, forwardedOn: string, cookie = who.swiadczenia!) =>
    call('POST', `/api/v1/family-benefits/applications/${id}/forwarding`, cookie, { forwardedOn });

  it('is recorded by the clerk, never before filing nor in the future, and may be corrected', async () => {
    const a = (await familyApplication(fx(), ++n, { workingAbroad: true })).application;
    expect(a).toMatchObject({ status: 'forwarded', forwardedOn: null });

    const before = await forward(a.id, '2026-11-15');
    expect(before.statusCode).toBe(400);
    expect(before.json().error.fields).toEqual([
      { path: 'forwardedOn', message: 'Data przekazania jest wcześniejsza niż data złożenia wniosku.' },
    ]);
    const future = await forward(a.id, addDaysKpa(todayInPoland(), 3));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0]).toEqual({
      path: 'forwardedOn',
      message: 'Data przekazania nie może być późniejsza niż dzisiaj.',
    });
    const bad = await forward(a.id, '2026-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('forwardedOn');
    expect(
      (await call('GET', `/api/v1/family-benefits/applications/${a.id}`, who.swiadczenia!)).json(),
    ).toMatchObject({ forwardedOn: null });

    const ok = await forward(a.id, '2026-11-18');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'forwarded', forwardedOn: '2026-11-18' });
    const corrected = await forward(a.id, '2026-11-17');
    expect(corrected.json().forwardedOn).toBe('2026-11-17');
    // Still not the centre's to decide.
    const d = await call('POST', `/api/v1/family-benefits/applications/${a.id}/decision`, who.swiadczenia!, {
      outcome: 'grant',
      decidedOn: '2026-11-20',
    });
    expect(d.json().error.code).toBe('familyBenefits.forwarded');
  });

  it('is refused for an application the centre decides itself (409), and to a reader (403)', async () => {
    const a = (await familyApplication(fx(), ++n)).application;
    const res = await forward(a.id, '2026-11-18');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('familyBenefits.status');
    const abroad = (await familyApplication(fx(), ++n, { workingAbroad: true })).application;
    expect((await forward(abroad.id, '2026-11-18', who.pracownik!)).statusCode).toBe(403);
  });
});
