import { type Permission, roleHas } from '@ostoja/domain/identity/permissions';
import { ROLES, type Role } from '@ostoja/domain/identity/roles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../seed/demo.ts';
import { createTestApp, type TestApp } from '../test/db.ts';
import { type Examples, type Fixtures, loadExamples, loadFixtures } from '../test/route-examples.ts';

// Generated from the matrix in packages/domain: every route × every role. Where the matrix
// says no, 403; where it says yes, a success; without a session, 401 (public routes excepted).
let t: TestApp;
let examples: Examples;
let fx: Fixtures;
const sessions = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  examples = await loadExamples();
  fx = await loadFixtures(t.db);
});
afterAll(() => t?.close());

const loginOf = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.login;

async function call(key: string, cookie: string | undefined) {
  const [method, url] = key.split(' ') as [string, string];
  const ex = await examples[key]!({ ...fx, role: cookie?.split(':')[0] as Role | undefined });
  let sessionCookie = cookie;
  if (cookie && ex.freshSession) {
    // It may end the role's other sessions too (sign out everywhere): the next request signs in anew.
    sessions.delete(cookie);
    sessionCookie = await t.login(loginOf(cookie.split(':')[0]!));
  } else if (cookie) {
    if (!sessions.has(cookie)) sessions.set(cookie, await t.login(loginOf(cookie)));
    sessionCookie = sessions.get(cookie);
  }
  const path = url.replace(/:(\w+)/g, (_m, name: string) => ex.params?.[name] ?? 'missing');
  return t.app.inject({
    method: method as 'GET',
    url: path,
    query: ex.query,
    ...(ex.body !== undefined ? { payload: ex.body as object } : {}),
    headers: sessionCookie ? { cookie: sessionCookie } : {},
  });
}

describe('permissions matrix, every route as every role', () => {
  it('has a valid example request for every route', () => {
    const keys = t.routes.map((r) => `${r.method} ${r.url}`);
    expect(keys.filter((k) => !examples[k])).toEqual([]);
  });

  it.each(ROLES.map((role) => [role]))('as %s', async (role) => {
    const outcomes: string[] = [];
    for (const route of t.routes) {
      const key = `${route.method} ${route.url}`;
      const allowed = roleHas(role, route.permission as Permission);
      const res = await call(key, role);
      const ok = allowed ? res.statusCode < 300 : res.statusCode === 403;
      if (!ok)
        outcomes.push(
          `${key}: expected ${allowed ? '2xx' : '403'}, got ${res.statusCode} ${res.body.slice(0, 200)}`,
        );
    }
    expect(outcomes).toEqual([]);
  });

  it('refuses every non-public route without a session (401) and answers public ones', async () => {
    const outcomes: string[] = [];
    for (const route of t.routes) {
      const key = `${route.method} ${route.url}`;
      const res = await call(key, undefined);
      const expected = route.permission === 'public' ? res.statusCode < 300 : res.statusCode === 401;
      if (!expected) outcomes.push(`${key}: got ${res.statusCode}`);
    }
    expect(outcomes).toEqual([]);
  });
});
