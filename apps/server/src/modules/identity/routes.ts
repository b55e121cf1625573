import {
  CreateStaffUser,
  LoginInput,
  Me,
  StaffUser,
  StaffUserPage,
  UpdateStaffUser,
} from '@ostoja/domain/identity/staff-user';
import { pageQuery } from '@ostoja/domain/shared/list';
import { Ok } from '@ostoja/domain/shared/response';
import type { Config } from '../../config.ts';
import { errorBody, unauthenticated } from '../../http/errors.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { accountRoutes } from './routes-account.ts';
import * as service from './service.ts';

export const sessionCookie = (config: Config) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: config.secureCookies,
});

export function identityRoutes(config: Config): RouteDef[] {
  const cookieOptions = sessionCookie(config);
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/login',
      permission: 'public',
      summary:
        'Sign in with login and password; sets the session cookie. Repeated failures from one address: 429 with Retry-After',
      body: LoginInput,
      response: Me,
      async handler({ body }, ctx, reply) {
        const r = await service.login(ctx, config, body, {
          userAgent: reply.request.headers['user-agent'] ?? null,
          oldToken: reply.request.cookies[service.SESSION_COOKIE],
        });
        // Returned, not sent: the response leaves only after the attempt and its audit entry are committed.
        if (!r.ok) {
          reply.status(r.error.status);
          if (r.retryAfter) reply.header('Retry-After', String(r.retryAfter));
          return errorBody(r.error, ctx.locale);
        }
        reply.setCookie(service.SESSION_COOKIE, r.token, cookieOptions);
        return r.me;
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/auth/logout',
      permission: 'authenticated',
      summary: 'Sign out: ends the session',
      duringEnrolment: true,
      response: Ok,
      async handler(_input, ctx, reply) {
        const token = reply.request.cookies[service.SESSION_COOKIE];
        if (!token) throw unauthenticated();
        await service.logout(ctx, token);
        reply.clearCookie(service.SESSION_COOKIE, cookieOptions);
        return { ok: true as const };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/auth/me',
      permission: 'authenticated',
      summary: 'The signed-in staff member, roles and permissions',
      duringEnrolment: true,
      response: Me,
      async handler(_input, ctx) {
        return service.toMe(ctx.actor);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/users',
      permission: 'users.manage',
      summary: 'Staff accounts, in Polish alphabetical order (keyset pagination)',
      query: pageQuery(200, 50),
      response: StaffUserPage,
      async handler({ query }, ctx) {
        return service.listUsers(ctx, query.after, query.limit);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/users/:id',
      permission: 'users.manage',
      summary: 'One staff account',
      params: IdParams,
      response: StaffUser,
      async handler({ params }, ctx) {
        return service.getUser(ctx, params.id);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/users',
      permission: 'users.manage',
      summary: 'Create a staff account with its roles',
      body: CreateStaffUser,
      status: 201,
      response: StaffUser,
      async handler({ body }, ctx) {
        return service.createUser(ctx, body);
      },
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/users/:id',
      permission: 'users.manage',
      summary: 'Update a staff account (roles, unit, active, password); refused when the version moved on',
      params: IdParams,
      body: UpdateStaffUser,
      response: StaffUser,
      async handler({ params, body }, ctx, reply) {
        const r = await service.updateUser(ctx, params.id, body, reply.request.headers['user-agent'] ?? null);
        if (r.newToken) reply.setCookie(service.SESSION_COOKIE, r.newToken, cookieOptions);
        return r.user;
      },
    }),
    ...accountRoutes(config, cookieOptions),
  ];
}
