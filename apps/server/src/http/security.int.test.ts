import { type Permission, roleHas } from '@ostoja/domain/identity/permissions';
import { ROLES, type Role } from '@ostoja/domain/identity/roles';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { DEMO_ACCOUNTS } from '../seed/demo.ts';
import { createTestApp, type TestApp } from '../test/db.ts';
import { type Examples, loadExamples, loadFixtureIds, staffContext } from '../test/route-examples.ts';

// Web hardening on every route of the API, taken from its OpenAPI document: the security headers,
// and a change (POST/PUT/PATCH/DELETE) sent from another site's page refused with 403 before
// anything runs, while the app's own pages and clients without an Origin work as before.
// Hundreds of requests per test: give a loaded machine time.
vi.setConfig({ testTimeout: 180_000 });
let t: TestApp;
let examples: Examples;
let fixtures: Omit<Parameters<Examples[string]>[0], 'role'>;
const HOST = 'ostoja.mops.test';
const SAME = `http://${HOST}`;
const FOREIGN = 'https://evil.example';
const sessions = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  examples = await loadExamples();
  const ids = await loadFixtureIds(t.db);
  let n = 0;
  fixtures = { ids, q: t.db, seq: () => ++n, staff: () => staffContext(t.db, ids.user!) };
});
afterAll(() => t?.close());

/** Every operation the OpenAPI document lists, as "METHOD /path/:param". */
async function documentedRoutes(): Promise<string[]> {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );
}

const loginOf = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.login;
async function sessionOf(role: Role, fresh = false) {
  // A request on a session of its own may end the role's other sessions too (sign out everywhere).
  if (fresh) {
    sessions.delete(role);
    return t.login(loginOf(role));
  }
  if (!sessions.has(role)) sessions.set(role, await t.login(loginOf(role)));
  return sessions.get(role)!;
}

/** The route's example request, as a role allowed to make it, with the given extra headers. */
async function send(key: string, headers: Record<string, string>, withSession = true) {
  const [method, url] = key.split(' ') as [string, string];
  const route = t.routes.find((r) => `${r.method} ${r.url}` === key)!;
  const role = ROLES.find((r) => roleHas(r, route.permission as Permission))!;
  const ex = await examples[key]!({ ...fixtures, role });
  const cookie =
    withSession && route.permission !== 'public' ? await sessionOf(role, ex.freshSession) : undefined;
  return t.app.inject({
    method: method as 'POST',
    url: url.replace(/:(\w+)/g, (_m, name: string) => ex.params?.[name] ?? 'missing'),
    query: ex.query,
    ...(ex.body !== undefined ? { payload: ex.body as object } : {}),
    headers: { host: HOST, ...(cookie ? { cookie } : {}), ...headers },
  });
}

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];
const changes = (keys: string[]) => keys.filter((k) => STATE_CHANGING.includes(k.split(' ')[0]!));

describe('a change sent from another site', () => {
  it('the OpenAPI document lists every route (so the checks below cover them all)', async () => {
    expect((await documentedRoutes()).sort()).toEqual(t.routes.map((r) => `${r.method} ${r.url}`).sort());
    expect(changes(await documentedRoutes()).length).toBeGreaterThan(50);
  });

  it('is refused with 403 on every state-changing route, even with a valid session', async () => {
    const wrong: string[] = [];
    for (const key of changes(await documentedRoutes())) {
      for (const origin of [FOREIGN, 'null', `http://${HOST}:8080`, `https://${HOST}.evil.example`]) {
        const r = await send(key, { origin });
        if (r.statusCode !== 403 || r.json().error?.code !== 'foreignOrigin')
          wrong.push(`${key} from ${origin}: ${r.statusCode} ${r.body.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says why in the reader’s language and changes nothing', async () => {
    const worker = await sessionOf('socialWorker');
    const before = await t.db.query(
      'SELECT (SELECT count(*) FROM person) AS p, (SELECT count(*) FROM audit_log) AS a',
    );
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { cookie: worker, origin: FOREIGN, 'accept-language': 'en' },
      payload: { person: { pesel: '44051401359', firstName: 'Obca', surname: 'Strona' } },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toMatchObject({
      code: 'foreignOrigin',
      message: 'A request sent from another website was refused. Open Ostoja directly and try again.',
    });
    const after = await t.db.query(
      'SELECT (SELECT count(*) FROM person) AS p, (SELECT count(*) FROM audit_log) AS a',
    );
    expect(after.rows).toEqual(before.rows);
    // A login from another site sets no cookie.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { origin: FOREIGN },
      payload: { login: 'admin', password: 'Ostoja-demo-2026' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
  });

  it('reads from another site are not refused (a browser keeps their answer from that site anyway)', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/v1/portal/forms-of-help',
      headers: { origin: FOREIGN },
    });
    expect(r.statusCode).not.toBe(403);
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('a change sent from the app itself or without an Origin', () => {
  it('works on every state-changing route', async () => {
    const wrong: string[] = [];
    for (const key of changes(await documentedRoutes())) {
      const r = await send(key, { origin: SAME });
      if (r.statusCode >= 300) wrong.push(`${key} same origin: ${r.statusCode} ${r.body.slice(0, 160)}`);
      // No Origin at all (scripts, curl): passes the check and reaches authentication.
      const bare = await send(key, {}, false);
      if (bare.statusCode === 403 && bare.json().error?.code === 'foreignOrigin')
        wrong.push(`${key} without Origin`);
    }
    expect(wrong).toEqual([]);
  });

  it('accepts the origins configured as the centre’s own and https behind a TLS proxy', async () => {
    const config = loadConfig({
      ...process.env,
      OSTOJA_ALLOWED_ORIGINS: 'https://portal.mops.test, https://ostoja.mops.test/',
      OSTOJA_HTTPS: '1',
    });
    const { app } = await buildApp(t.db, config);
    try {
      const post = (origin: string, host = 'app.internal:3000') =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/logout',
          headers: { origin, host },
        });
      // Not refused for its origin: no session, so 401.
      expect((await post('https://portal.mops.test')).statusCode).toBe(401);
      expect((await post('https://ostoja.mops.test')).statusCode).toBe(401);
      expect((await post('https://app.internal:3000')).statusCode).toBe(401);
      expect((await post('https://evil.example')).statusCode).toBe(403);
      expect((await post('http://portal.mops.test')).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});

describe('security headers', () => {
  const expectHardened = (key: string, h: Record<string, unknown>, wrong: string[]) => {
    const csp = String(h['content-security-policy'] ?? '');
    // A file a resident uploaded is served under a stricter policy of its own (nothing may run).
    const uploadedFile = csp === "sandbox; default-src 'none'";
    const ok =
      (uploadedFile ||
        (csp.includes("default-src 'self'") &&
          csp.includes("script-src 'self'") &&
          csp.includes("script-src-attr 'none'") &&
          csp.includes("style-src 'self'") &&
          !csp.includes('unsafe-inline') &&
          !csp.includes('unsafe-eval') &&
          csp.includes("frame-ancestors 'none'") &&
          csp.includes("object-src 'none'"))) &&
      h['x-content-type-options'] === 'nosniff' &&
      h['referrer-policy'] === 'no-referrer' &&
      h['x-frame-options'] === 'DENY' &&
      h['strict-transport-security'] === undefined;
    if (!ok) wrong.push(`${key}: ${JSON.stringify(h)}`);
  };

  it('are on every route’s answer, whatever its status, and on pages, files and 404s', async () => {
    const wrong: string[] = [];
    for (const key of await documentedRoutes()) {
      expectHardened(key, (await send(key, { origin: SAME })).headers, wrong);
      expectHardened(`${key} without a session`, (await send(key, {}, false)).headers, wrong);
      if (changes([key]).length)
        expectHardened(`${key} refused`, (await send(key, { origin: FOREIGN })).headers, wrong);
    }
    for (const url of ['/', '/portal', '/api/v1/nothing-here', '/api/docs/openapi.json', '/api/health'])
      expectHardened(url, (await t.app.inject({ method: 'GET', url })).headers, wrong);
    expect(wrong).toEqual([]);
  });

  it('add HSTS and upgrade-insecure-requests only when served over https', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const { app } = await buildApp(t.db, loadConfig({ ...process.env, OSTOJA_HTTPS: '1' }));
    try {
      const tls = await app.inject({ method: 'GET', url: '/api/health' });
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(tls.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await app.close();
    }
  });
});

describe('the session cookie', () => {
  const loginCookie = async (app = t.app) => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: 'pracownik', password: 'Ostoja-demo-2026' },
    });
    expect(r.statusCode).toBe(200);
    return r.cookies.find((c) => c.name === 'ostoja_session')!;
  };

  it('is HttpOnly and SameSite=Strict, and Secure only when served over https', async () => {
    expect(await loginCookie()).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect((await loginCookie()).secure).toBeFalsy();
    for (const env of [{ OSTOJA_HTTPS: '1' }, { OSTOJA_SECURE_COOKIES: '1' }]) {
      const { app } = await buildApp(t.db, loadConfig({ ...process.env, ...env }));
      try {
        expect(await loginCookie(app)).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true });
      } finally {
        await app.close();
      }
    }
  });
});
