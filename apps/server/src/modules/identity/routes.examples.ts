import type { Role } from '@ostoja/domain/identity/roles';
import { loadConfig } from '../../config.ts';
import type { Queryable } from '../../db/db.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import type { Examples } from '../../test/route-examples.ts';
import { insertUser } from './repo.ts';
import { timeStep, totpAt } from './totp.ts';
import { sealTotpSecret } from './totp-seal.ts';

// The caller's own account gets a known authenticator secret, so the example's code is right.
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
async function withAuthenticator(q: Queryable, role: Role | undefined, confirmed: boolean) {
  const login = DEMO_ACCOUNTS.find((a) => a.role === role)?.login ?? 'kadra';
  const user = await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login]);
  // Sealed as the app seals it (the test app's key: the same environment and data directory).
  const sealed = sealTotpSecret(loadConfig().totpKey(), user.rows[0]!.id, SECRET);
  await q.query(
    `INSERT INTO staff_totp (user_id, secret, pending_secret, enabled_at, last_step) VALUES ($1, $2, $3, $4, 0)
     ON CONFLICT (user_id) DO UPDATE SET secret = EXCLUDED.secret, pending_secret = EXCLUDED.pending_secret,
       enabled_at = EXCLUDED.enabled_at, last_step = 0`,
    [user.rows[0]!.id, confirmed ? sealed : null, confirmed ? null : sealed, confirmed ? new Date() : null],
  );
  return { body: { code: totpAt(SECRET, timeStep(Date.now())) } };
}

export const examples: Examples = {
  // A session of its own: signing in ends the session the request came with.
  'POST /api/v1/auth/login': async ({ q }) => {
    await q.query(`DELETE FROM staff_totp WHERE user_id = (SELECT id FROM staff_user WHERE login = 'kadra')`);
    return { body: { login: 'kadra', password: 'Ostoja-demo-2026' }, freshSession: true };
  },
  'POST /api/v1/auth/logout': () => ({ freshSession: true }),
  'GET /api/v1/auth/me': () => ({}),
  'GET /api/v1/users': () => ({ query: { limit: '5' } }),
  'GET /api/v1/users/:id': ({ ids }) => ({ params: { id: ids.user! } }),
  'POST /api/v1/users': ({ seq }) => ({
    body: {
      login: `nowy.${seq()}`,
      fullName: 'Zenon Nowicjusz',
      roles: ['centreStaff'],
      password: 'długie-hasło-123',
    },
  }),
  'GET /api/v1/account/security': () => ({}),
  'POST /api/v1/account/totp/setup': async ({ q, role }) => {
    // Setup is for an account without a second factor yet.
    const login = DEMO_ACCOUNTS.find((a) => a.role === role)?.login ?? 'kadra';
    await q.query('DELETE FROM staff_totp WHERE user_id = (SELECT id FROM staff_user WHERE login = $1)', [
      login,
    ]);
    return {};
  },
  'POST /api/v1/account/totp/confirm': ({ q, role }) => withAuthenticator(q, role, false),
  'POST /api/v1/account/recovery-codes': ({ q, role }) => withAuthenticator(q, role, true),
  'POST /api/v1/account/totp/disable': ({ q, role }) => withAuthenticator(q, role, true),
  'GET /api/v1/account/sessions': () => ({ query: { limit: '5' } }),
  'POST /api/v1/account/sessions/sign-out-everywhere': () => ({ freshSession: true }),
  // An account of the example's own: the fuzzer changes its login, and other tests sign in as the demo's.
  'PUT /api/v1/users/:id': async ({ q, seq }) => {
    const login = `edytowany.${seq()}`;
    const id = await insertUser(q, {
      login,
      passwordHash: 'not-a-hash',
      fullName: 'Edyta Edytowana',
      email: null,
      orgUnitId: null,
      isActive: true,
      sortKey: login,
    });
    return {
      params: { id },
      body: { login, fullName: 'Edyta Edytowana', roles: ['centreStaff'], version: 1 },
    };
  },
};
