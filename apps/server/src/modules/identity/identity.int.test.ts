import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';

let t: TestApp;
beforeAll(async () => {
  // Every request asks the database about its session here, so idle expiry shows at once.
  t = await createTestApp({ env: { OSTOJA_SESSION_CACHE_MS: '0' } });
});
afterAll(() => t?.close());

const loginAs = (login: string, password: string, lang = 'pl') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    headers: { 'accept-language': lang },
  });
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

describe('login and sessions', () => {
  it('signs in with an HttpOnly, SameSite=Strict cookie and tells who is signed in', async () => {
    const res = await loginAs('pracownik', 'Ostoja-demo-2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ostoja_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.path).toBe('/');
    const who = await me(`ostoja_session=${cookie.value}`);
    expect(who.json()).toMatchObject({ login: 'pracownik', roles: ['socialWorker'] });
    expect(who.json().permissions).toContain('registry.write');
    expect(who.json().permissions).not.toContain('users.manage');
  });

  it('stores passwords only as argon2id hashes and session ids only as hashes of the token', async () => {
    const r = await t.db.query<{ password_hash: string }>(
      `SELECT password_hash FROM staff_user WHERE login = 'admin'`,
    );
    expect(r.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const res = await loginAs('admin', 'Ostoja-demo-2026');
    const token = res.cookies.find((c) => c.name === 'ostoja_session')!.value;
    const s = await t.db.query('SELECT 1 FROM session WHERE id = $1', [token]);
    expect(s.rowCount).toBe(0);
  });

  it('refuses a wrong password with a translated 401', async () => {
    const pl = await loginAs('dyrektor', 'zle-haslo');
    expect(pl.statusCode).toBe(401);
    expect(pl.json().error).toMatchObject({
      code: 'badCredentials',
      message: 'Nieprawidłowy login lub hasło.',
    });
    const en = await loginAs('dyrektor', 'zle-haslo', 'en');
    expect(en.json().error.message).toBe('Wrong login or password.');
    const log = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'loginFailed' AND details->>'login' = 'dyrektor'`,
    );
    expect(log.rowCount).toBe(2);
  });

  it('slows down repeated failures, then refuses even the right password for a while', async () => {
    for (let i = 0; i < 3; i++) expect((await loginAs('kadra', 'nie-to')).statusCode).toBe(401);
    const started = Date.now();
    expect((await loginAs('kadra', 'nie-to')).statusCode).toBe(401);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // the 4th failure waited
    const fifth = await loginAs('kadra', 'nie-to');
    expect(fifth.statusCode).toBe(429);
    expect(fifth.json().error.message).toBe(
      'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 15 min.',
    );
    const right = await loginAs('kadra', 'Ostoja-demo-2026');
    expect(right.statusCode).toBe(429);
    // Once the lock has passed, the right password works and the streak is forgotten.
    await t.db.query(
      `UPDATE login_attempt SET locked_until = now() - interval '1 second' WHERE login = 'kadra'`,
    );
    expect((await loginAs('kadra', 'Ostoja-demo-2026')).statusCode).toBe(200);
    const left = await t.db.query(`SELECT 1 FROM login_attempt WHERE login = 'kadra'`);
    expect(left.rowCount).toBe(0);
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('asystent');
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('expires a session left idle longer than the idle limit', async () => {
    const cookie = await t.login('psycholog');
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '29 minutes'`);
    expect((await me(cookie)).statusCode).toBe(200); // activity renews it
    await t.db.query(`UPDATE session SET last_seen_at = now() - interval '31 minutes'`);
    const res = await me(cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });
});

describe('staff accounts', () => {
  it('lets an administrator create an account whose holder can sign in with the given roles', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        login: 'nowa.pracownica',
        fullName: 'Żaneta Nowa',
        roles: ['socialWorker'],
        password: 'bardzo-dlugie-haslo',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      login: 'nowa.pracownica',
      roles: ['socialWorker'],
      isActive: true,
      version: 1,
    });
    expect((await loginAs('nowa.pracownica', 'bardzo-dlugie-haslo')).statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: {
        login: 'nowa.pracownica',
        fullName: 'Ktoś Inny',
        roles: ['auditor'],
        password: 'bardzo-dlugie-haslo',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe('login');
  });

  it('refuses a short password and an empty role list, naming the fields', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { login: 'x.y', fullName: 'Ktoś', roles: [], password: 'krótkie' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['password', 'roles']);
  });

  it('disabling an account ends its sessions and refuses its login; a stale version is refused', async () => {
    const admin = await t.login('admin');
    const cookie = await t.login('wolontariat');
    const { id, version } = (await me(cookie)).json() as { id: string; version?: number };
    const user = (
      await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: { cookie: admin } })
    ).json();
    expect(version).toBeUndefined();
    const body = {
      login: 'wolontariat',
      fullName: user.fullName,
      roles: user.roles,
      isActive: false,
      version: user.version,
    };
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await loginAs('wolontariat', 'Ostoja-demo-2026')).json().error.code).toBe('accountDisabled');
    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin },
      payload: body,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('versionConflict');
  });
});
