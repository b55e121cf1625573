import type { AccountSecurity, RecoveryCodes, TotpSetup } from '@ostoja/domain/identity/two-factor';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { StaffContext } from '../../http/context.ts';
import { AppError, conflict, fieldError } from '../../http/errors.ts';
import { decodeCursor, keyTimestamp, toPage } from '../../shared/cursor.ts';
import * as repo from './repo-account.ts';
import { forgetSessions, totpRequiredFor } from './service.ts';
import { matchTotp, newRecoveryCodes, newTotpSecret, otpauthUrl, recoveryCodeHash } from './totp.ts';
import { openTotpSecret, sealTotpSecret } from './totp-seal.ts';

// A staff member's own account security: the second factor, recovery codes, their sessions.

const ISSUER = 'Ostoja';

export async function accountSecurity(ctx: StaffContext, config: Config): Promise<AccountSecurity> {
  const state = await repo.totpState(ctx.q, ctx.actor.id);
  return {
    totpEnabled: !!state.secret,
    totpRequired: totpRequiredFor(config, ctx.actor.roles),
    recoveryCodesLeft: state.recoveryCodesLeft,
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
  };
}

/** Enrolment, step one: a new secret, as text and as a QR code; nothing changes until a code confirms it. */
export async function startTotp(ctx: StaffContext, key: Buffer): Promise<TotpSetup> {
  const state = await repo.totpState(ctx.q, ctx.actor.id);
  if (state.secret) throw conflict('totpAlreadyOn', 'error.totpAlreadyOn');
  const secret = newTotpSecret();
  await repo.setPendingSecret(ctx.q, ctx.actor.id, sealTotpSecret(key, ctx.actor.id, secret));
  const url = otpauthUrl(ISSUER, ctx.actor.login, secret);
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return {
    secret,
    otpauthUrl: url,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/** Enrolment, step two: the first right code turns the second factor on and gives the recovery codes. */
export async function confirmTotp(ctx: StaffContext, key: Buffer, code: string): Promise<RecoveryCodes> {
  const state = await repo.totpState(ctx.q, ctx.actor.id);
  if (state.secret) throw conflict('totpAlreadyOn', 'error.totpAlreadyOn');
  if (!state.pendingSecret) throw conflict('totpNotStarted', 'error.totpNotStarted');
  const step = matchTotp(openTotpSecret(key, ctx.actor.id, state.pendingSecret), code, Date.now(), 0);
  if (step === null) throw fieldError('code', 'validation.totp.wrong');
  await repo.enableTotp(ctx.q, ctx.actor.id, step);
  forgetSessions((_s, actor) => actor.id === ctx.actor.id);
  await ctx.audit({ action: 'totpEnabled', entity: 'staffUser', entityId: ctx.actor.id });
  return { codes: await replaceRecoveryCodes(ctx) };
}

/** A new set of recovery codes (the old ones stop working); asks for a current code. */
export async function renewRecoveryCodes(
  ctx: StaffContext,
  key: Buffer,
  code: string,
): Promise<RecoveryCodes> {
  await checkCurrentCode(ctx, key, code);
  await ctx.audit({ action: 'recoveryCodesRenewed', entity: 'staffUser', entityId: ctx.actor.id });
  return { codes: await replaceRecoveryCodes(ctx) };
}

/** Turns the second factor off, unless a role of the user requires it; asks for a current code. */
export async function disableTotp(ctx: StaffContext, config: Config, code: string) {
  if (totpRequiredFor(config, ctx.actor.roles))
    throw new AppError(403, 'totpRequiredByRole', 'error.totpRequiredByRole');
  await checkCurrentCode(ctx, config.totpKey(), code);
  await repo.deleteTotp(ctx.q, ctx.actor.id);
  await ctx.audit({ action: 'totpDisabled', entity: 'staffUser', entityId: ctx.actor.id });
  return { ok: true as const };
}

async function checkCurrentCode(ctx: StaffContext, key: Buffer, code: string) {
  const state = await repo.totpState(ctx.q, ctx.actor.id);
  if (!state.secret) throw conflict('totpNotOn', 'error.totpNotOn');
  const step = matchTotp(openTotpSecret(key, ctx.actor.id, state.secret), code, Date.now(), state.lastStep);
  if (step === null || !(await repo.useTotpStep(ctx.q, ctx.actor.id, step)))
    throw fieldError('code', 'validation.totp.wrong');
}

async function replaceRecoveryCodes(ctx: StaffContext) {
  const codes = newRecoveryCodes();
  await repo.replaceRecoveryCodes(ctx.q, ctx.actor.id, codes.map(recoveryCodeHash));
  return codes;
}

// A session's stored id is the SHA-256 of its token, in hex.
const SessionCursor = z.tuple([keyTimestamp, z.string().regex(/^[0-9a-f]{64}$/)]);

export async function ownSessions(
  ctx: StaffContext,
  config: Config,
  after: string | undefined,
  limit: number,
) {
  const rows = await repo.listSessions(ctx.q, ctx.actor.id, {
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
    after: decodeCursor(SessionCursor, after),
    limit,
  });
  return toPage(
    rows,
    limit,
    (s) => [s.createdKey, s.id],
    ({ createdKey: _k, id, ...s }) => ({
      ...s,
      id: id.slice(0, 12),
      current: id === ctx.actor.sessionId,
    }),
  );
}

/** Ends every session of the user, this one included; how many ended. */
export async function signOutEverywhere(ctx: StaffContext) {
  const ended = await repo.deleteSessionsExcept(ctx.q, ctx.actor.id, null);
  forgetSessions((_s, actor) => actor.id === ctx.actor.id);
  await ctx.audit({
    action: 'logoutEverywhere',
    entity: 'staffUser',
    entityId: ctx.actor.id,
    details: { ended },
  });
  return { ended };
}
