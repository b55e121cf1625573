import { type Permission, roleHas } from '@ostoja/domain/identity/permissions';
import { ROLES, type Role } from '@ostoja/domain/identity/roles';
import type { InjectOptions } from 'fastify';
import { DEMO_ACCOUNTS } from '../seed/demo.ts';
import type { TestApp } from './db.ts';
import {
  type ExampleRequest,
  type Examples,
  type Fixtures,
  loadExamples,
  loadFixtures,
} from './route-examples.ts';

/** The role a generated test calls a route as: the administrator where allowed, else the first that may. */
export function callerRole(permission: Permission): Role | undefined {
  if (permission === 'public') return undefined;
  return (
    ROLES.find((r) => r === 'administrator' && roleHas(r, permission)) ??
    ROLES.find((r) => roleHas(r, permission))
  );
}

/**
 * Calls routes with their example requests (routes.examples.ts) as a demo account of a given role,
 * one session per role, logged in again whenever a request ended it.
 */
export async function routeCaller(t: TestApp) {
  const examples: Examples = await loadExamples();
  const fx: Fixtures = await loadFixtures(t.db);
  const sessions = new Map<Role, string>();
  const loginOf = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.login;
  async function session(role: Role, fresh = false) {
    if (fresh || !sessions.has(role)) sessions.set(role, await t.login(loginOf(role)));
    return sessions.get(role)!;
  }
  return {
    examples,
    /** The example request of a route ("METHOD /url"), built for `role`. */
    example: (key: string, role: Role | undefined) => examples[key]!({ ...fx, role }),
    /** Sends a request for `url` (as declared, with :params) filled from `req`, as `role`. */
    async send(key: string, role: Role | undefined, req: ExampleRequest, extra: Partial<InjectOptions> = {}) {
      const [method, url] = key.split(' ') as [string, string];
      const path = url.replace(/:(\w+)/g, (_m, name: string) =>
        encodeURIComponent(req.params?.[name] ?? 'missing'),
      );
      const go = async (cookie: string | undefined) =>
        t.app.inject({
          method: method as 'GET',
          url: path,
          query: req.query,
          ...(req.body !== undefined ? { payload: req.body as object } : {}),
          headers: cookie ? { cookie } : {},
          ...extra,
        });
      const cookie = role ? await session(role, req.freshSession) : undefined;
      const res = await go(cookie);
      // A request that ended its own session (logout, a password change) is sent again on a new one.
      if (res.statusCode === 401 && role) return go(await session(role, true));
      return res;
    },
  };
}
