import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { PERMISSION_MATRIX } from '@ostoja/domain/identity/permissions';
import type { Role } from '@ostoja/domain/identity/roles';
import type { CreateStaffUser, LoginInput, Me, UpdateStaffUser } from '@ostoja/domain/identity/staff-user';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/db.ts';
import type { Actor, RequestContext, StaffContext } from '../../http/context.ts';
import { AppError, conflict, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import * as repo from './repo.ts';

export const SESSION_COOKIE = 'ostoja_session';
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashPassword = (password: string) => hash(password);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A fixed hash to verify against when the login does not exist, so timing does not reveal it.
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

export function permissionsOf(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((r) => PERMISSION_MATRIX[r] ?? []))].sort();
}

export function toMe(actor: Actor): Me {
  return { ...actor, permissions: permissionsOf(actor.roles) };
}

/** Resolves the session cookie to an actor; idle sessions expire. */
// A verified session is trusted for config.sessionCacheMs without asking the database again: it
// saves a round trip on every request. Logout, a disabled account, new roles or a new password
// take effect at once on this instance and within sessionCacheMs on the others.
const sessionCache = new Map<string, { actor: Actor; until: number }>();

export function forgetSessions(pred: (sessionId: string, actor: Actor) => boolean) {
  for (const [id, e] of sessionCache) if (pred(id, e.actor)) sessionCache.delete(id);
}

export async function authenticate(db: Db, config: Config, token: string | undefined): Promise<Actor | null> {
  if (!token) return null;
  const id = sessionIdOf(token);
  const hit = sessionCache.get(id);
  if (hit && hit.until > Date.now()) return hit.actor;
  const row = await repo.findActorBySession(db, id, config.sessionIdleMinutes);
  if (!row) {
    sessionCache.delete(id);
    return null;
  }
  if (row.stale) await repo.touchSession(db, id);
  const { stale: _stale, ...actor } = row;
  if (sessionCache.size > 10_000) sessionCache.clear();
  if (config.sessionCacheMs > 0) sessionCache.set(id, { actor, until: Date.now() + config.sessionCacheMs });
  return actor;
}

export type LoginResult = { ok: true; token: string; me: Me } | { ok: false; error: AppError };

/**
 * Checks a password. After `loginSlowAfter` failures each answer is delayed; after
 * `loginLockAfter` the login is refused for `loginLockMinutes`, even with the right password.
 * Failures are returned, not thrown, so that the attempt and its audit entry are committed.
 */
export async function login(
  ctx: RequestContext,
  config: Config,
  input: LoginInput,
  userAgent: string | null,
) {
  const { q } = ctx;
  const attempts = await repo.getAttempts(q, input.login);
  if (attempts.lockedSeconds > 0) {
    await ctx.audit({ action: 'loginRefused', entity: 'staffUser', details: { login: input.login } });
    return { ok: false, error: lockedError(attempts.lockedSeconds) } satisfies LoginResult;
  }
  if (attempts.failures >= config.loginSlowAfter) await sleep(Math.min(4000, 500 * (attempts.failures - 1)));
  const user = await repo.findCredentials(q, input.login);
  const valid = await verify(user?.passwordHash ?? (await DUMMY_HASH), input.password).catch(() => false);
  if (!user || !valid || !user.isActive) {
    const failures = await repo.recordFailure(q, input.login, config.loginLockAfter, config.loginLockMinutes);
    await ctx.audit({
      action: 'loginFailed',
      entity: 'staffUser',
      entityId: user?.id,
      details: { login: input.login },
    });
    const error =
      failures >= config.loginLockAfter
        ? lockedError(config.loginLockMinutes * 60)
        : user && valid && !user.isActive
          ? new AppError(401, 'accountDisabled', 'error.accountDisabled')
          : new AppError(401, 'badCredentials', 'error.badCredentials');
    return { ok: false, error } satisfies LoginResult;
  }
  await repo.clearFailures(q, input.login);
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(q, sessionIdOf(token), user.id, ctx.ip, userAgent);
  const u = (await repo.findUser(q, user.id))!;
  const actor: Actor = {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    roles: u.roles,
    orgUnitId: u.orgUnitId,
  };
  await ctx.audit({
    action: 'login',
    entity: 'staffUser',
    entityId: user.id,
    actor: { id: user.id, login: user.login },
  });
  return { ok: true, token, me: toMe(actor) } satisfies LoginResult;
}

function lockedError(seconds: number) {
  return new AppError(429, 'tooManyAttempts', 'error.tooManyAttempts', [], {
    minutes: Math.ceil(seconds / 60),
  });
}

export async function logout(ctx: StaffContext, token: string) {
  await repo.deleteSession(ctx.q, sessionIdOf(token));
  forgetSessions((sessionId) => sessionId === sessionIdOf(token));
  await ctx.audit({ action: 'logout', entity: 'staffUser', entityId: ctx.actor.id });
}

const UserCursor = z.tuple([keyText, keyId]);

export async function listUsers(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listUsers(ctx.q, { after: decodeCursor(UserCursor, after), limit });
  return toPage(
    rows,
    limit,
    (u) => [u.sortKey, u.id],
    ({ sortKey: _s, ...u }) => u,
  );
}

export async function getUser(ctx: StaffContext, id: string) {
  const user = await repo.findUser(ctx.q, id);
  if (!user) throw notFound();
  return user;
}

export async function createUser(ctx: StaffContext, input: CreateStaffUser) {
  if (await repo.findCredentials(ctx.q, input.login))
    throw conflict('loginTaken', 'error.validation', [{ path: 'login', message: 'validation.login.taken' }]);
  const id = await repo.insertUser(ctx.q, {
    ...input,
    email: input.email ?? null,
    orgUnitId: input.orgUnitId ?? null,
    passwordHash: await hashPassword(input.password),
    sortKey: polishSortKey(input.fullName),
  });
  await repo.setRoles(ctx.q, id, input.roles);
  await ctx.audit({
    action: 'create',
    entity: 'staffUser',
    entityId: id,
    details: { login: input.login, roles: input.roles },
  });
  return getUser(ctx, id);
}

export async function updateUser(ctx: StaffContext, id: string, input: UpdateStaffUser) {
  const before = await getUser(ctx, id);
  const other = await repo.findCredentials(ctx.q, input.login);
  if (other && other.id !== id)
    throw conflict('loginTaken', 'error.validation', [{ path: 'login', message: 'validation.login.taken' }]);
  const ok = await repo.updateUser(ctx.q, id, input.version, {
    ...input,
    email: input.email ?? null,
    orgUnitId: input.orgUnitId ?? null,
    passwordHash: input.password ? await hashPassword(input.password) : undefined,
    sortKey: polishSortKey(input.fullName),
  });
  if (!ok) throw versionConflict();
  await repo.setRoles(ctx.q, id, input.roles);
  // A disabled account or a new password ends the account's open sessions.
  if (!input.isActive || input.password) await repo.deleteUserSessions(ctx.q, id);
  forgetSessions((_s, actor) => actor.id === id);
  await ctx.audit({
    action: 'update',
    entity: 'staffUser',
    entityId: id,
    details: {
      before: { roles: before.roles, isActive: before.isActive },
      after: { roles: input.roles, isActive: input.isActive },
      passwordChanged: !!input.password,
    },
  });
  return getUser(ctx, id);
}
