import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { PERMISSION_MATRIX } from '@ostoja/domain/identity/permissions';
import type { Role } from '@ostoja/domain/identity/roles';
import type { CreateStaffUser, LoginInput, Me, UpdateStaffUser } from '@ostoja/domain/identity/staff-user';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db, Queryable } from '../../db/db.ts';
import type { Actor, RequestContext, StaffContext } from '../../http/context.ts';
import { AppError, conflict, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { assertPasswordNotBreached } from './passwords.ts';
import * as repo from './repo.ts';
import * as accountRepo from './repo-account.ts';
import { waitAfterFailure } from './throttle.ts';
import { matchTotp, recoveryCodeHash } from './totp.ts';
import { openTotpSecret } from './totp-seal.ts';

export const SESSION_COOKIE = 'ostoja_session';
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashPassword = (password: string) => hash(password);

// A fixed hash to verify against when the login does not exist, so timing does not reveal it.
const DUMMY_HASH = hashPassword('not-a-real-password-0000');

export function permissionsOf(roles: readonly Role[]): string[] {
  return [...new Set(roles.flatMap((r) => PERMISSION_MATRIX[r] ?? []))].sort();
}

export function toMe(actor: Actor): Me {
  return { ...actor, permissions: permissionsOf(actor.roles), mustEnrolTotp: actor.mustEnrolTotp ?? false };
}

/** Whether the centre requires a second factor of someone holding these roles. */
export const totpRequiredFor = (config: Config, roles: readonly Role[]) =>
  roles.some((r) => config.totpRoles.includes(r));

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
  const row = await repo.findActorBySession(db, id, config.sessionIdleMinutes, config.sessionMaxHours);
  if (!row) {
    sessionCache.delete(id);
    return null;
  }
  if (row.stale) await repo.touchSession(db, id);
  const { stale: _stale, totpEnabled, ...user } = row;
  const actor: Actor = {
    ...user,
    sessionId: id,
    mustEnrolTotp: !totpEnabled && totpRequiredFor(config, user.roles),
  };
  if (sessionCache.size > 10_000) sessionCache.clear();
  if (config.sessionCacheMs > 0) sessionCache.set(id, { actor, until: Date.now() + config.sessionCacheMs });
  return actor;
}

export type LoginResult =
  | { ok: true; token: string; me: Me }
  | { ok: false; error: AppError; retryAfter?: number };

/**
 * Checks a password. Failures are limited per (login, client address) and per client address:
 * past a few, each further attempt from there waits a growing time (429 with Retry-After) without
 * the password being checked. The account itself is never locked (anyone could lock anyone out);
 * failures at one account from many addresses raise an alarm in the audit log instead.
 * A disabled account answers exactly as a wrong password does; the audit entry says which.
 * Failures are returned, not thrown, so that the attempt and its audit entry are committed.
 */
export async function login(
  ctx: RequestContext,
  config: Config,
  input: LoginInput,
  client: { userAgent: string | null; oldToken: string | undefined },
): Promise<LoginResult> {
  const { q, ip } = ctx;
  const waits = await repo.loginWaits(q, input.login, ip);
  const wait = Math.max(waits.source, waits.address);
  if (wait > 0) {
    await ctx.audit({
      action: 'loginRefused',
      entity: 'staffUser',
      details: {
        login: input.login,
        reason: waits.source > 0 ? 'tooManyFromAddress' : 'addressTooManyLogins',
      },
    });
    return { ok: false, error: tooManyAttempts(wait), retryAfter: wait };
  }
  const user = await repo.findCredentials(q, input.login);
  // The hash is checked whatever the account: the time taken does not tell a known login, nor a disabled one.
  const valid = await verify(user?.passwordHash ?? (await DUMMY_HASH), input.password).catch(() => false);
  if (!user || !valid || !user.isActive) {
    const reason = !user ? 'unknownLogin' : !valid ? 'wrongPassword' : 'accountDisabled';
    return failedLogin(ctx, config, input.login, user?.id ?? null, reason);
  }
  if (user.totpSecret) {
    // The password was right: the code step asks for the second factor (nothing counted as failed).
    if (!input.code) return { ok: false, error: new AppError(401, 'totpRequired', 'error.totpRequired') };
    const factor = await secondFactor(ctx, config.totpKey(), user, input.code);
    if (!factor)
      return failedLogin(
        ctx,
        config,
        input.login,
        user.id,
        'wrongCode',
        () =>
          new AppError(401, 'badCode', 'error.badCode', [{ path: 'code', message: 'validation.totp.wrong' }]),
      );
  }
  await repo.clearLoginSource(q, input.login, ip);
  // A new session every sign-in; the one the browser came with (if any) ends, so a planted cookie is worth nothing.
  if (client.oldToken) await endSessionOfToken(q, client.oldToken);
  const token = await newSession(ctx, user.id, client.userAgent);
  const u = (await repo.findUser(q, user.id))!;
  const actor: Actor = {
    id: u.id,
    login: u.login,
    fullName: u.fullName,
    roles: u.roles,
    orgUnitId: u.orgUnitId,
    mustEnrolTotp: !user.totpSecret && totpRequiredFor(config, u.roles),
  };
  await ctx.audit({
    action: 'login',
    entity: 'staffUser',
    entityId: user.id,
    actor: { id: user.id, login: user.login },
    details: { secondFactor: !!user.totpSecret },
  });
  return { ok: true, token, me: toMe(actor) };
}

async function newSession(ctx: RequestContext, userId: string, userAgent: string | null) {
  const token = randomBytes(32).toString('base64url');
  await repo.insertSession(ctx.q, sessionIdOf(token), userId, ctx.ip, userAgent);
  return token;
}

async function endSessionOfToken(q: Queryable, token: string) {
  const id = sessionIdOf(token);
  await repo.deleteSession(q, id);
  forgetSessions((sessionId) => sessionId === id);
}

/** A 6-digit code of the authenticator (each time step once), or an unused recovery code. */
async function secondFactor(
  ctx: RequestContext,
  key: Buffer,
  user: { id: string; login: string; totpSecret: string | null; totpLastStep: number },
  code: string,
): Promise<'totp' | 'recoveryCode' | null> {
  if (/^\d{6}$/.test(code)) {
    const step = matchTotp(
      openTotpSecret(key, user.id, user.totpSecret!),
      code,
      Date.now(),
      user.totpLastStep,
    );
    return step !== null && (await accountRepo.useTotpStep(ctx.q, user.id, step)) ? 'totp' : null;
  }
  if (!(await accountRepo.useRecoveryCode(ctx.q, user.id, recoveryCodeHash(code)))) return null;
  await ctx.audit({
    action: 'recoveryCodeUsed',
    entity: 'staffUser',
    entityId: user.id,
    actor: { id: user.id, login: user.login },
  });
  return 'recoveryCode';
}

/** Counts the failure where it came from, raises the account's alarm once per window, and answers. */
async function failedLogin(
  ctx: RequestContext,
  config: Config,
  login: string,
  userId: string | null,
  reason: 'unknownLogin' | 'wrongPassword' | 'accountDisabled' | 'wrongCode',
  answer = () => new AppError(401, 'badCredentials', 'error.badCredentials'),
): Promise<LoginResult> {
  const { q, ip } = ctx;
  const failures = await repo.recordLoginFailure(q, login, ip, config.loginResetHours);
  // Only the administrator reads the reason (audit log); the answer is the same for all three.
  await ctx.audit({
    action: 'loginFailed',
    entity: 'staffUser',
    entityId: userId,
    details: { login, reason },
  });
  const alarm = await repo.loginAlarm(q, login, config.loginResetHours);
  if (alarm.addresses >= config.loginAlarmAddresses && !alarm.alarmed) {
    await repo.raiseLoginAlarm(q, login);
    await ctx.audit({
      action: 'loginAlarm',
      entity: 'staffUser',
      entityId: userId,
      details: { login, addresses: alarm.addresses, failures: failures.account },
    });
  }
  const source = waitAfterFailure(failures.source, config.loginLockAfter, config);
  const address = waitAfterFailure(failures.address, config.loginAddressLockAfter, config);
  if (source > 0) await repo.blockLogin(q, login, ip, source);
  if (address > 0) await repo.blockLogin(q, null, ip, address);
  const wait = Math.max(source, address);
  if (wait > 0) return { ok: false, error: tooManyAttempts(wait), retryAfter: wait };
  return { ok: false, error: answer() };
}

function tooManyAttempts(seconds: number) {
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
  assertPasswordNotBreached(input.password);
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

/**
 * Updates an account. New roles end the account's other sessions; when administrators change their
 * own roles, their session is replaced too (`newToken`, set as the cookie by the route).
 */
export async function updateUser(
  ctx: StaffContext,
  id: string,
  input: UpdateStaffUser,
  userAgent: string | null,
) {
  assertPasswordNotBreached(input.password);
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
  // A disabled account or a new password ends the account's open sessions; new roles end all
  // but the administrator's own, which is replaced by a new one (rotation on a change of privilege).
  const rolesChanged = [...before.roles].sort().join() !== [...input.roles].sort().join();
  const self = id === ctx.actor.id && ctx.actor.sessionId;
  let newToken: string | undefined;
  if (!input.isActive || input.password) await repo.deleteUserSessions(ctx.q, id);
  else if (rolesChanged) {
    await accountRepo.deleteSessionsExcept(ctx.q, id, self ? ctx.actor.sessionId! : null);
    if (self) {
      await repo.deleteSession(ctx.q, ctx.actor.sessionId!);
      newToken = await newSession(ctx, id, userAgent);
    }
  }
  if (input.resetTotp) await accountRepo.deleteTotp(ctx.q, id);
  forgetSessions((_s, actor) => actor.id === id);
  await ctx.audit({
    action: 'update',
    entity: 'staffUser',
    entityId: id,
    details: {
      before: { roles: before.roles, isActive: before.isActive, authorisation: before.authorisationNumber },
      after: {
        roles: input.roles,
        isActive: input.isActive,
        authorisation: input.authorisationNumber ?? null,
      },
      passwordChanged: !!input.password,
      ...(input.resetTotp ? { totpReset: true } : {}),
    },
  });
  return { user: await getUser(ctx, id), newToken };
}
