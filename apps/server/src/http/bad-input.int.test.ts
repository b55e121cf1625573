import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/db.ts';

// The bad input found by hand and by the fuzz test (fuzz.int.test.ts): each a 400 naming the
// field, translated, where it used to be a 500.
let t: TestApp;
let admin: string;
let worker: string;
const UUID = '7d3c1f2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  worker = await t.login('pracownik');
});
afterAll(() => t?.close());

async function send(method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) {
  const r = await t.app.inject({
    method,
    url,
    headers: { 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
    ...(payload ? { payload } : {}),
  });
  return { status: r.statusCode, error: r.statusCode >= 400 ? r.json().error : undefined };
}

describe('bad input is a 400 naming the field, never a 500', () => {
  it('an unknown orgUnitId when creating a user', async () => {
    const r = await send('POST', '/api/v1/users', admin, {
      login: 'nowy.fk',
      fullName: 'Zenon Nowicjusz',
      roles: ['centreStaff'],
      password: 'długie-hasło-123',
      orgUnitId: UUID,
    });
    expect(r.status).toBe(400);
    expect(r.error.fields.map((f: { path: string }) => f.path)).toEqual(['orgUnitId']);
    // Nothing half-written: the login is still free.
    const again = await send('POST', '/api/v1/users', admin, {
      login: 'nowy.fk',
      fullName: 'Zenon Nowicjusz',
      roles: ['centreStaff'],
      password: 'długie-hasło-123',
    });
    expect(again.status).toBe(201);
  });

  it('NUL bytes in paths and query strings, the unauthenticated portal included', async () => {
    const cases: [string, string | undefined, string][] = [
      ['/api/v1/portal/help-forms/a%00b', undefined, 'path'],
      ['/api/v1/portal/news?kind=a%00b', undefined, 'kind'],
      ['/api/v1/portal/offices?x=%00', undefined, 'x'],
      [`/api/v1/persons/${UUID}%00`, worker, 'path'],
      ['/api/v1/persons?q=Kow%00alski', worker, 'q'],
      ['/api/v1/nothing-here/%00', undefined, 'path'],
    ];
    for (const [url, cookie, field] of cases) {
      const r = await send('GET', url, cookie);
      expect([url, r.status]).toEqual([url, 400]);
      expect(r.error.fields).toEqual([
        { path: field, message: expect.stringContaining('forbidden control character') },
      ]);
    }
  });

  it('a NUL byte in a body field, named by its path', async () => {
    const r = await send('POST', '/api/v1/local-resolutions', admin, {
      number: 'XX/1\u0000/2026',
      adoptedOn: '2026-02-26',
      validFrom: '2026-04-01',
      validTo: null,
      kind: 'zasilekOkresowyMinPercent',
      percent: 60,
      title: 'w sprawie podwyższenia minimalnej kwoty zasiłku okresowego',
    });
    expect(r.status).toBe(400);
    expect(r.error.fields.map((f: { path: string }) => f.path)).toEqual(['number']);
  });

  it('a date PostgreSQL cannot hold (year 0), on the field that carried it', async () => {
    const r = await send('GET', '/api/v1/reports/staffing?on=0000-01-01', await t.login('dyrektor'));
    expect(r.status).toBe(400);
    expect(r.error.fields.map((f: { path: string }) => f.path)).toEqual(['on']);
  });

  it('malformed `after` cursors on applications, payments and blue-card lists', async () => {
    const clerk = await t.login('swiadczenia');
    const team = await t.login('niebieska');
    for (const [url, cookie] of [
      [`/api/v1/applications?after=2026-13-45|${UUID}`, clerk],
      [`/api/v1/receivables?after=9999-99-99|${UUID}`, clerk],
      [`/api/v1/blue-cards?after=2026-99-99|${UUID}`, team],
    ] as const) {
      const r = await send('GET', url, cookie);
      expect([url, r.status]).toEqual([url, 400]);
      expect(r.error.fields.map((f: { path: string }) => f.path)).toEqual(['after']);
    }
  });
});
