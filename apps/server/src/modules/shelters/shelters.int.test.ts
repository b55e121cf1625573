import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { staffApp } from '../../test/staff-app.ts';
import { visitedApplication } from '../services/test-care.ts';
import { aShelter, feeResolution, referralRequest } from './test-shelters.ts';

// Shelter referrals (art. 48a ups) on PostgreSQL with the demo centre's criteria: the decision or
// the plain referral, the fee by the council's resolution to the grosz, places, bad input, access.
const s = staffApp({
  logins: ['swiadczenia', 'pracownik', 'admin', 'asystent', 'dyrektor'],
  staff: 'swiadczenia',
});
const { who, fx, call } = s;
let n = 500;
const today = todayInPoland();
const refer = (body: object, cookie = who.swiadczenia!, lang = 'pl') =>
  call('POST', '/api/v1/shelter-referrals', cookie, body, lang);
const referrals = async () =>
  (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM shelter_referral')).rows[0]!.n;
const fields = (res: { json(): { error: { fields: { path: string; message: string }[] } } }) =>
  res.json().error.fields;

describe('the register of shelters', () => {
  it('adds a place for the clerk and names the field of bad input; a field worker may only read', async () => {
    const body = { name: 'Noclegownia Markot', kind: 'nightShelter', address: 'ul. Ołówkowa 3', places: 12 };
    const ok = await call('POST', '/api/v1/shelters', who.swiadczenia!, body);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ ...body, occupiedToday: 0 });
    const bad = await call('POST', '/api/v1/shelters', who.swiadczenia!, { ...body, places: 0 });
    expect(bad.statusCode).toBe(400);
    expect(fields(bad)).toEqual([{ path: 'places', message: 'Podaj liczbę miejsc większą od zera.' }]);
    expect((await call('POST', '/api/v1/shelters', who.pracownik!, body)).statusCode).toBe(403);
    const list = await call('GET', '/api/v1/shelters', who.pracownik!);
    expect(list.json().items.map((x: { name: string }) => x.name)).toContain('Noclegownia Markot');
    expect((await call('GET', '/api/v1/shelters', who.asystent!)).statusCode).toBe(403);
  });
});

describe('a referral to a shelter (art. 48a ups)', () => {
  it('is a decision numbered in the register, free below the criterion, and on the person’s list', async () => {
    const a = await visitedApplication(fx(), ++n, [70_000]);
    const res = await refer(referralRequest(a, await aShelter(fx())));
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ shelterKind: 'shelter', days: 31, dailyFeeGrosze: 0, totalFeeGrosze: 0 });
    expect(r.number).toMatch(new RegExp(`\\.${today.slice(0, 4)}$`));
    const mine = await call('GET', `/api/v1/shelter-referrals?personId=${a.personId}`, who.pracownik!);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((x: { id: string }) => x.id)).toEqual([r.id]);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'shelterReferral' AND action = 'list' AND $1 = ANY(persons)`,
      [a.personId],
    );
    expect(logged.rowCount).toBeGreaterThan(0);
  });

  it('charges a single person with 1 300,00 zł (128.71 %) 30 % of 60,00 zł: 18,00 zł a day, 558,00 zł for 31 days', async () => {
    const resolution = feeResolution('XV/120/2025', 'shelterWithCare', '2025-01-15', '2025-02-01');
    const added = await call('POST', '/api/v1/shelters/fee-resolutions', who.admin!, resolution);
    expect(added.statusCode).toBe(201);
    const again = await call('POST', '/api/v1/shelters/fee-resolutions', who.admin!, resolution);
    expect(again.statusCode).toBe(409);
    expect(fields(again).map((f) => f.path)).toEqual(['number']);
    const res = await refer(
      referralRequest(
        await visitedApplication(fx(), ++n, [130_000]),
        await aShelter(fx(), 'shelterWithCare'),
      ),
    );
    expect(res.statusCode).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({
      resolutionNumber: 'XV/120/2025',
      dailyFeeGrosze: 1_800,
      totalFeeGrosze: 55_800,
    });
    expect(r.steps.map((x: { article: string }) => x.article)).toContain(
      'art. 97 ust. 5 ustawy o pomocy społecznej',
    );
    expect(r.steps.at(-1)).toMatchObject({ key: 'shelters.step.total', params: { days: 31 } });
  });

  it('sends a person to a night shelter without a decision or an application (art. 106 ust. 2)', async () => {
    const a = await visitedApplication(fx(), ++n, [0]);
    const res = await refer(
      referralRequest({ ...a, applicationId: null }, await aShelter(fx(), 'nightShelter')),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ number: null, applicationId: null, dailyFeeGrosze: 0, steps: [] });
  });

  it('refuses a shelter decision without an application, naming the field, and writes nothing', async () => {
    const a = await visitedApplication(fx(), ++n, [0]);
    const before = await referrals();
    const res = await refer(
      referralRequest({ ...a, applicationId: null }, await aShelter(fx())),
      undefined,
      'en',
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual([
      {
        path: 'applicationId',
        message: 'A shelter decision or a fee needs an application with a home visit.',
      },
    ]);
    expect(await referrals()).toBe(before);
  });

  it('names the field of bad input in the reader’s language', async () => {
    const a = await visitedApplication(fx(), ++n, [0]);
    const shelter = await aShelter(fx());
    const backwards = await refer(
      { ...referralRequest(a, shelter), periodTo: addDays(today, -1) },
      undefined,
      'uk',
    );
    expect(backwards.statusCode).toBe(400);
    expect(fields(backwards)).toEqual([
      { path: 'periodTo', message: 'Кінець періоду не може передувати його початку.' },
    ]);
    const nowhere = await refer({ ...referralRequest(a, shelter), shelterId: a.personId });
    expect(fields(nowhere)).toEqual([
      { path: 'shelterId', message: 'Nie ma takiego miejsca w rejestrze schronisk.' },
    ]);
    const early = await refer({ ...referralRequest(a, shelter), decidedOn: addDays(today, -5) });
    expect(early.statusCode).toBe(400);
    expect(fields(early).map((f) => f.path)).toEqual(['decidedOn']);
  });

  it('refuses when every place is taken on a day of the period, and takes the place again after it', async () => {
    const shelter = await aShelter(fx(), 'shelter', 1);
    const first = await refer(referralRequest(await visitedApplication(fx(), ++n, [0]), shelter));
    expect(first.statusCode).toBe(201);
    const overlap = await refer(
      referralRequest(await visitedApplication(fx(), ++n, [0]), shelter, addDays(today, 30)),
    );
    expect(overlap.statusCode).toBe(409);
    expect(fields(overlap).map((f) => f.path)).toEqual(['shelterId']);
    const after = await refer(
      referralRequest(await visitedApplication(fx(), ++n, [0]), shelter, addDays(today, 31)),
    );
    expect(after.statusCode).toBe(201);
  });

  it('lets a field worker and the director read, not refer; a family assistant sees none', async () => {
    const body = referralRequest(await visitedApplication(fx(), ++n, [0]), await aShelter(fx()));
    expect((await refer(body, who.pracownik!)).statusCode).toBe(403);
    expect((await refer(body, who.dyrektor!)).statusCode).toBe(403);
    expect((await call('GET', '/api/v1/shelter-referrals', who.dyrektor!)).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/shelter-referrals', who.asystent!)).statusCode).toBe(403);
  });
});
