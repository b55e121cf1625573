import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { timeStep, totpAt } from './totp.ts';

let t: TestApp;
beforeAll(async () => {
  // Every request asks the database about its session, so timeouts and ended sessions show at once.
  t = await createTestApp({ env: { OSTOJA_SESSION_CACHE_MS: '0' } });
});
afterAll(() => t?.close());

const PASSWORD = 'Ostoja-demo-2026';
const signIn = (login: string, code?: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login, password: PASSWORD, ...(code === undefined ? {} : { code }) },
    headers: cookie ? { cookie } : {},
  });
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  `ostoja_session=${res.cookies.find((c) => c.name === 'ostoja_session')!.value}`;
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const post = (url: string, cookie: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const codeAt = (secret: string, stepsFromNow = 0) => totpAt(secret, timeStep(Date.now()) + stepsFromNow);

/** Enrols the account: the secret, and the recovery codes answered by the confirmation. */
async function enrol(cookie: string) {
  const setup = await post('/api/v1/account/totp/setup', cookie);
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json() as { secret: string };
  const confirm = await post('/api/v1/account/totp/confirm', cookie, { code: codeAt(secret) });
  expect(confirm.statusCode).toBe(200);
  return { secret, codes: confirm.json().codes as string[] };
}

describe('two-factor sign-in (TOTP)', () => {
  it('enrols with a QR code, then asks for a code: a wrong, a right and a replayed one', async () => {
    const cookie = await t.login('kadra');
    const setup = await post('/api/v1/account/totp/setup', cookie);
    const body = setup.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.otpauthUrl).toBe(
      `otpauth://totp/Ostoja%3Akadra?secret=${body.secret}&issuer=Ostoja&algorithm=SHA1&digits=6&period=30`,
    );
    expect(Buffer.from(body.qrCode.split(',')[1], 'base64').toString()).toMatch(/^<svg /);
    // Until a code confirms it, nothing changes: the account still signs in with the password alone.
    expect((await signIn('kadra')).statusCode).toBe(200);
    const wrong = await post('/api/v1/account/totp/confirm', cookie, { code: codeAt(body.secret, 5) });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'code', message: 'Kod jest nieprawidłowy, wygasł albo został już użyty.' },
    ]);
    // Codes by their time step, so a step turning over mid-test changes nothing.
    const step = timeStep(Date.now());
    const confirm = await post('/api/v1/account/totp/confirm', cookie, { code: totpAt(body.secret, step) });
    expect(confirm.json().codes).toHaveLength(10);
    expect((await get('/api/v1/account/security', cookie)).json()).toMatchObject({
      totpEnabled: true,
      totpRequired: false,
      recoveryCodesLeft: 10,
    });

    const noCode = await signIn('kadra');
    expect([noCode.statusCode, noCode.json().error.code]).toEqual([401, 'totpRequired']);
    expect(noCode.cookies).toEqual([]);
    const bad = await signIn('kadra', totpAt(body.secret, step + 3));
    expect([bad.statusCode, bad.json().error.code, bad.json().error.fields[0].path]).toEqual([
      401,
      'badCode',
      'code',
    ]);
    // The confirming code's step is used up: the same code cannot sign in.
    expect((await signIn('kadra', totpAt(body.secret, step))).statusCode).toBe(401);
    const right = await signIn('kadra', totpAt(body.secret, step + 1));
    expect(right.statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', cookieOf(right))).json().login).toBe('kadra');
    const replayed = await signIn('kadra', totpAt(body.secret, step + 1));
    expect([replayed.statusCode, replayed.json().error.code]).toEqual([401, 'badCode']);
    const failures = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'loginFailed' AND details->>'login' = 'kadra' AND details->>'reason' = 'wrongCode'`,
    );
    expect(failures.rowCount).toBe(3);
  });

  it('takes a recovery code once, and a new set replaces the old', async () => {
    const cookie = await t.login('psycholog');
    const { secret, codes } = await enrol(cookie);
    expect(codes[0]).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    const stored = await t.db.query<{ code_hash: string }>(
      `SELECT code_hash FROM staff_recovery_code c JOIN staff_user u ON u.id = c.user_id WHERE u.login = 'psycholog'`,
    );
    expect(stored.rows.map((r) => r.code_hash)).not.toContain(codes[0]);
    // Typed in lower case without the dash, it still counts.
    const first = await signIn('psycholog', codes[0]!.toLowerCase().replace('-', ''));
    expect(first.statusCode).toBe(200);
    const again = await signIn('psycholog', codes[0]);
    expect([again.statusCode, again.json().error.code]).toEqual([401, 'badCode']);
    expect((await get('/api/v1/account/security', cookie)).json().recoveryCodesLeft).toBe(9);

    const renewed = await post('/api/v1/account/recovery-codes', cookie, { code: codeAt(secret, 1) });
    expect(renewed.statusCode).toBe(200);
    expect((await signIn('psycholog', codes[1])).statusCode).toBe(401);
    expect((await signIn('psycholog', renewed.json().codes[0])).statusCode).toBe(200);
  });
});

describe('an administrator resets a lost second factor', () => {
  it('after which the account signs in with its password and enrols anew', async () => {
    const cookie = await t.login('niebieska');
    await enrol(cookie);
    expect((await signIn('niebieska')).json().error.code).toBe('totpRequired');
    const admin = await t.login('admin');
    const id = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'niebieska'`))
      .rows[0]!.id;
    const u = (await get(`/api/v1/users/${id}`, admin)).json();
    const reset = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${id}`,
      headers: { cookie: admin },
      payload: { login: u.login, fullName: u.fullName, roles: u.roles, version: u.version, resetTotp: true },
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn('niebieska')).statusCode).toBe(200);
    const log = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'update' AND entity_id = $1 AND details->>'totpReset' = 'true'`,
      [id],
    );
    expect(log.rowCount).toBe(1);
  });
});

describe('passwords', () => {
  const create = (cookie: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie, 'accept-language': 'en' },
      payload: { login: `nowa.${password.length}`, fullName: 'Nowa Osoba', roles: ['centreStaff'], password },
    });

  it('refuses a short or breached password with a 400 naming the field, and takes a good one', async () => {
    const admin = await t.login('admin');
    for (const weak of ['Haslo-123', 'qwerty123456', 'Password1234', 'Ostoja-demo-2026', '1q2w3e4r5t6y']) {
      const res = await create(admin, weak);
      expect([weak, res.statusCode]).toEqual([weak, 400]);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['password']);
    }
    expect((await create(admin, 'qwerty123456')).json().error.fields[0].message).toBe(
      'This password is on the list of passwords exposed in breaches; choose another.',
    );
    expect((await t.db.query(`SELECT 1 FROM staff_user WHERE login LIKE 'nowa.%'`)).rowCount).toBe(0);
    expect((await create(admin, 'zielona-łódka-pod-mostem')).statusCode).toBe(201);
  });
});

describe('sessions', () => {
  it('ends a session idle past the limit, and any session past the absolute limit', async () => {
    const idle = await t.login('asystent');
    const old = await t.login('asystent');
    const fresh = await t.login('asystent');
    await t.owner.query(
      `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE id = encode(sha256($1::bytea), 'hex')`,
      [idle.split('=')[1]],
    );
    // Active a minute ago, but signed in 13 hours ago (the limit is 12).
    await t.owner.query(
      `UPDATE session SET created_at = now() - interval '13 hours', last_seen_at = now() - interval '1 minute'
        WHERE id = encode(sha256($1::bytea), 'hex')`,
      [old.split('=')[1]],
    );
    expect((await get('/api/v1/auth/me', idle)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', old)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', fresh)).statusCode).toBe(200);
  });

  it('lists the own sessions and signs out everywhere', async () => {
    const a = await t.login('wolontariat');
    const b = await t.login('wolontariat');
    const other = await t.login('audytor');
    const list = await get('/api/v1/account/sessions', a);
    expect(list.json().items).toHaveLength(2);
    expect(list.json().items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const out = await post('/api/v1/account/sessions/sign-out-everywhere', b);
    expect([out.statusCode, out.json().ended]).toEqual([200, 2]);
    expect((await get('/api/v1/auth/me', a)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', b)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', other)).statusCode).toBe(200);
  });

  it('replaces the session on sign-in: the cookie the browser came with is worth nothing after', async () => {
    const before = await t.login('swiadczenia');
    const after = await signIn('swiadczenia', undefined, before);
    expect(after.statusCode).toBe(200);
    expect(cookieOf(after)).not.toBe(before);
    expect((await get('/api/v1/auth/me', before)).statusCode).toBe(401);
  });

  it('a change of roles ends the account’s sessions; the administrator’s own is replaced', async () => {
    const admin = await t.login('admin');
    const worker = await t.login('pracownik2');
    const update = async (cookie: string, login: string, roles: string[]) => {
      const id = (await t.db.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login]))
        .rows[0]!.id;
      const u = (await get(`/api/v1/users/${id}`, cookie)).json();
      return t.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${id}`,
        headers: { cookie },
        payload: { login: u.login, fullName: u.fullName, roles, version: u.version, orgUnitId: u.orgUnitId },
      });
    };
    // The same roles again: nothing about privileges changed, the session stays.
    expect((await update(admin, 'pracownik2', ['socialWorker'])).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', worker)).statusCode).toBe(200);
    expect((await update(admin, 'pracownik2', ['socialWorker', 'familyAssistant'])).statusCode).toBe(200);
    expect((await get('/api/v1/auth/me', worker)).statusCode).toBe(401);

    const self = await update(admin, 'admin', ['administrator', 'auditor']);
    expect(self.statusCode).toBe(200);
    const rotated = cookieOf(self);
    expect(rotated).not.toBe(admin);
    expect((await get('/api/v1/auth/me', admin)).statusCode).toBe(401);
    expect((await get('/api/v1/auth/me', rotated)).json().roles).toEqual(['administrator', 'auditor']);
  });
});

describe('two-factor required by role (the centre setting)', () => {
  it('lets a director without a second factor only enrol, then asks for a code at every sign-in', async () => {
    const saved = t.config.totpRoles;
    t.config.totpRoles = ['administrator', 'director', 'blueCardTeamMember'];
    try {
      const signedIn = await signIn('dyrektor');
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().mustEnrolTotp).toBe(true);
      const cookie = cookieOf(signedIn);
      const refused = await get('/api/v1/persons?q=Kowal', cookie);
      expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'totpEnrolmentRequired']);
      expect((await get('/api/v1/account/security', cookie)).json().totpRequired).toBe(true);
      const { secret } = await enrol(cookie);
      expect((await get('/api/v1/auth/me', cookie)).json().mustEnrolTotp).toBe(false);
      expect((await get('/api/v1/persons?q=Kowal', cookie)).statusCode).toBe(200);
      const off = await post('/api/v1/account/totp/disable', cookie, { code: codeAt(secret, 1) });
      expect([off.statusCode, off.json().error.code]).toEqual([403, 'totpRequiredByRole']);
      expect((await signIn('dyrektor')).json().error.code).toBe('totpRequired');
      // A role outside the setting is not asked.
      expect((await signIn('pracownik')).json().mustEnrolTotp).toBe(false);
    } finally {
      t.config.totpRoles = saved;
    }
  });
});
