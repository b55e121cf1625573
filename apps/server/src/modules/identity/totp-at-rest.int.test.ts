import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { timeStep, totpAt } from './totp.ts';

// The authenticator's secret is not in the database in clear: a copy of the database or of a
// backup does not give the staff's second factor away, and sign-in with a code still works.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const PASSWORD = 'Ostoja-demo-2026';
const signIn = (app: TestApp['app'], login: string, code: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password: PASSWORD, code } });
const stored = async (login: string) =>
  (
    await t.owner.query<{ secret: string | null; pending: string | null }>(
      `SELECT t.secret, t.pending_secret AS pending FROM staff_totp t JOIN staff_user u ON u.id = t.user_id
        WHERE u.login = $1`,
      [login],
    )
  ).rows[0]!;

describe('TOTP secrets at rest', () => {
  it('stores the enrolled secret sealed, and signs in with its codes', async () => {
    const cookie = await t.login('kadra');
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/totp/setup',
      headers: { cookie },
    });
    const { secret } = setup.json() as { secret: string };
    const pending = await stored('kadra');
    expect(pending.pending).toMatch(/^v1:/);
    expect(pending.pending).not.toContain(secret);

    const step = timeStep(Date.now());
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/account/totp/confirm',
      headers: { cookie },
      payload: { code: totpAt(secret, step) },
    });
    expect(confirm.statusCode).toBe(200);
    const row = await stored('kadra');
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain(secret);
    expect(row.pending).toBeNull();

    expect((await signIn(t.app, 'kadra', totpAt(secret, step + 3))).statusCode).toBe(401);
    expect((await signIn(t.app, 'kadra', totpAt(secret, step + 1))).statusCode).toBe(200);
  });

  it('seals a secret stored in clear before at the next start, and its codes still sign in', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await t.owner.query(
      `INSERT INTO staff_totp (user_id, secret, enabled_at) SELECT id, $1, now() FROM staff_user WHERE login = 'pracownik'`,
      [secret],
    );
    // The next start of the app (a second instance on the same database).
    const restarted = (await buildApp(t.db, t.config)).app;
    try {
      const row = await stored('pracownik');
      expect(row.secret).toMatch(/^v1:/);
      expect(row.secret).not.toContain(secret);
      const ok = await signIn(restarted, 'pracownik', totpAt(secret, timeStep(Date.now())));
      expect(ok.statusCode, ok.body).toBe(200);
      // The row copied onto another account does not open there (the account id is sealed in): a
      // fault of the installation, answered as a server error, never a sign-in.
      await t.owner.query(
        `INSERT INTO staff_totp (user_id, secret, enabled_at) SELECT id, $1, now() FROM staff_user WHERE login = 'pracownik2'`,
        [row.secret],
      );
      const copied = await signIn(restarted, 'pracownik2', totpAt(secret, timeStep(Date.now()) + 1));
      expect(copied.statusCode).toBe(500);
    } finally {
      await restarted.close();
    }
  });
});
