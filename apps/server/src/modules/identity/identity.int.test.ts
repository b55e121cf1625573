import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { errorPaths } from '../../test/errors.ts';
import { http } from '../../test/http.ts';

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
const loginFrom = (address: string, login: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password },
    remoteAddress: address,
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

  it('makes the guessing address wait ever longer, while the user signs in from another address', async () => {
    const attacker = '203.0.113.7';
    for (let i = 1; i <= 4; i++)
      expect((await loginFrom(attacker, 'kadra', `nie-to-${i}`)).statusCode).toBe(401);
    const fifth = await loginFrom(attacker, 'kadra', 'nie-to-5');
    expect([fifth.statusCode, fifth.headers['retry-after']]).toEqual([429, '30']);
    expect(fifth.json().error.message).toBe(
      'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 1 min.',
    );
    // While it waits, that address is refused even the right password (it is not even checked)...
    const right = await loginFrom(attacker, 'kadra', 'Ostoja-demo-2026');
    expect([right.statusCode, right.headers['retry-after']]).toEqual([429, '30']);
    // A forged X-Forwarded-For does not make it another client (no proxy is trusted by default).
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'kadra', password: 'nie-to-6' },
      remoteAddress: attacker,
      headers: { 'x-forwarded-for': '198.51.100.99' },
    });
    expect(forged.statusCode).toBe(429);
    // ...and the user, from her own desk, signs in: the account itself is never locked.
    expect((await loginFrom('198.51.100.20', 'kadra', 'Ostoja-demo-2026')).statusCode).toBe(200);
    // Each further failure from the attacker's address doubles the wait.
    const waits: string[] = [];
    for (let i = 0; i < 3; i++) {
      await t.db.query(
        `UPDATE login_source_attempt SET blocked_until = now() - interval '1 second' WHERE address = $1`,
        [attacker],
      );
      waits.push(String((await loginFrom(attacker, 'kadra', 'nie-to')).headers['retry-after']));
    }
    expect(waits).toEqual(['60', '120', '240']);
    // Once the wait is over, the right password from that address works and its streak is forgotten.
    await t.db.query(
      `UPDATE login_source_attempt SET blocked_until = now() - interval '1 second' WHERE address = $1`,
      [attacker],
    );
    expect((await loginFrom(attacker, 'kadra', 'Ostoja-demo-2026')).statusCode).toBe(200);
    const left = await t.db.query('SELECT 1 FROM login_source_attempt WHERE address = $1', [attacker]);
    expect(left.rowCount).toBe(0);
  });

  it('limits one address guessing across many logins', async () => {
    const sprayer = '203.0.113.9';
    const answers: number[] = [];
    for (let i = 1; i <= 20; i++)
      answers.push((await loginFrom(sprayer, `nikt${i}`, 'Haslo-2026')).statusCode);
    expect(answers).toEqual([...Array(19).fill(401), 429]);
    // Any login from that address now waits, a right password included; other addresses do not.
    const dyrektor = await loginFrom(sprayer, 'dyrektor', 'Ostoja-demo-2026');
    expect([dyrektor.statusCode, dyrektor.headers['retry-after']]).toEqual([429, '30']);
    expect((await loginFrom('198.51.100.21', 'dyrektor', 'Ostoja-demo-2026')).statusCode).toBe(200);
    // A success elsewhere does not clear the address: only time does.
    expect((await loginFrom(sprayer, 'nikt21', 'x')).statusCode).toBe(429);
  });

  it('raises one alarm in the audit log when an account fails from many addresses', async () => {
    for (let i = 1; i <= 6; i++)
      expect((await loginFrom(`192.0.2.${i}`, 'psycholog', 'zgadywane')).statusCode).toBe(401);
    const admin = await t.login('admin');
    const alarms = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=loginAlarm',
        headers: { cookie: admin },
      })
    ).json().items;
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({
      action: 'loginAlarm',
      entity: 'staffUser',
      details: { login: 'psycholog', addresses: 5, failures: 5 },
    });
    expect(alarms[0].entityId).toMatch(/^[0-9a-f-]{36}$/);
    // An alarm, not a lock: the psychologist signs in.
    expect((await loginFrom('198.51.100.22', 'psycholog', 'Ostoja-demo-2026')).statusCode).toBe(200);
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
    const res = await http(t).post('/api/v1/users', admin, {
      login: 'nowa.pracownica',
      fullName: 'Żaneta Nowa',
      roles: ['socialWorker'],
      password: 'bardzo-dlugie-haslo',
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
    const paths = errorPaths(res);
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
    /** The administrator saves the account as `body` (the same version each time). */
    const save = () =>
      t.app.inject({ method: 'PUT', url: `/api/v1/users/${id}`, headers: { cookie: admin }, payload: body });
    const res = await save();
    expect(res.statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
    // The right password to a disabled account is answered as a wrong one, in about the same time
    // (the hash is checked either way); only the audit log says why.
    const timed = async (address: string, password: string) => {
      const started = performance.now();
      const r = await loginFrom(address, 'wolontariat', password);
      return { ms: performance.now() - started, answer: [r.statusCode, r.body, r.headers['retry-after']] };
    };
    const wrong = [];
    const disabled = [];
    for (let i = 1; i <= 4; i++) {
      wrong.push(await timed(`10.9.0.${i}`, 'zle-haslo'));
      disabled.push(await timed(`10.9.1.${i}`, 'Ostoja-demo-2026'));
    }
    expect(disabled.map((x) => x.answer)).toEqual(wrong.map((x) => x.answer));
    expect(disabled[0]!.answer.slice(0, 1)).toEqual([401]);
    expect(JSON.parse(String(disabled[0]!.answer[1])).error.code).toBe('badCredentials');
    const median = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b)[2]!;
    expect(median(disabled) / median(wrong)).toBeGreaterThan(0.33);
    expect(median(disabled) / median(wrong)).toBeLessThan(3);
    const reasons = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit?action=loginFailed&limit=8',
        headers: { cookie: admin },
      })
    )
      .json()
      .items.map((e: { ip: string; details: { reason: string } }) => [e.ip, e.details.reason]);
    expect(reasons).toContainEqual(['10.9.1.1', 'accountDisabled']);
    expect(reasons).toContainEqual(['10.9.0.1', 'wrongPassword']);
    const stale = await save();
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('versionConflict');
  });
});
