import { z } from 'zod';
import { listPage, pageQuery } from '../shared/list.ts';
import { timestamp } from '../shared/response.ts';

// Two-factor sign-in (TOTP) and the staff member's own sessions: the Account security screen.

/** A 6-digit code from the authenticator app. */
export const TotpCode = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'validation.totp.format'),
});
export type TotpCode = z.input<typeof TotpCode>;

/** Enrolment begun: the secret to type in, or the QR code (an SVG data URL) of its otpauth:// address. */
export const TotpSetup = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrCode: z.string(),
});
export type TotpSetup = z.input<typeof TotpSetup>;

/** Shown once, right after they are made; only their hashes are kept. */
export const RecoveryCodes = z.object({ codes: z.array(z.string()) });
export type RecoveryCodes = z.input<typeof RecoveryCodes>;

export const AccountSecurity = z.object({
  totpEnabled: z.boolean(),
  /** One of the user's roles requires the second factor (the centre's setting). */
  totpRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  /** The idle and absolute session timeouts in force. */
  idleMinutes: z.number().int(),
  maxHours: z.number().int(),
});
export type AccountSecurity = z.input<typeof AccountSecurity>;

export const OwnSession = z.object({
  /** A short public handle, not the token. */
  id: z.string(),
  createdAt: timestamp,
  lastSeenAt: timestamp,
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type OwnSession = z.input<typeof OwnSession>;

export const OwnSessionPage = listPage(OwnSession);
export type OwnSessionPage = z.input<typeof OwnSessionPage>;
export const OwnSessionQuery = pageQuery(100, 50);

export const SignedOut = z.object({ ended: z.number().int() });
export type SignedOut = z.input<typeof SignedOut>;
