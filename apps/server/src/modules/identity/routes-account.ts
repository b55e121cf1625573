import {
  AccountSecurity,
  OwnSessionPage,
  OwnSessionQuery,
  RecoveryCodes,
  SignedOut,
  TotpCode,
  TotpSetup,
} from '@ostoja/domain/identity/two-factor';
import { Ok } from '@ostoja/domain/shared/response';
import type { z } from 'zod';
import type { Config } from '../../config.ts';
import type { StaffContext } from '../../http/context.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { SESSION_COOKIE } from './service.ts';
import * as account from './service-account.ts';

/** A POST on the signed-in account that a current code from the app (or a recovery code) must confirm. */
function withCode<R extends z.ZodType>(
  url: string,
  summary: string,
  response: R,
  act: (ctx: StaffContext, code: string) => Promise<z.output<R>>,
  duringEnrolment?: boolean,
) {
  return defineRoute({
    method: 'POST',
    url,
    permission: 'authenticated',
    ...(duringEnrolment ? { duringEnrolment } : {}),
    summary,
    body: TotpCode,
    // `act` is checked against the response schema where it is given.
    response: response as z.ZodType,
    handler: ({ body }, ctx) => act(ctx, body.code),
  });
}

// The signed-in staff member's own account security. Open while a role still requires enrolment.
export function accountRoutes(config: Config, cookieOptions: { path: string }): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/account/security',
      permission: 'authenticated',
      duringEnrolment: true,
      summary: 'Whether two-factor sign-in is on or required, recovery codes left, the session timeouts',
      response: AccountSecurity,
      async handler(_input, ctx) {
        return account.accountSecurity(ctx, config);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/account/totp/setup',
      permission: 'authenticated',
      duringEnrolment: true,
      summary: 'Begin enrolment: a new TOTP secret and its QR code (not in force until confirmed)',
      response: TotpSetup,
      async handler(_input, ctx) {
        return account.startTotp(ctx, config.totpKey());
      },
    }),
    withCode(
      '/api/v1/account/totp/confirm',
      'Confirm enrolment with a code from the app: two-factor sign-in is on; answers the recovery codes (shown once)',
      RecoveryCodes,
      (ctx, code) => account.confirmTotp(ctx, config.totpKey(), code),
      true,
    ),
    withCode(
      '/api/v1/account/recovery-codes',
      'A new set of recovery codes for a current code; the old set stops working',
      RecoveryCodes,
      (ctx, code) => account.renewRecoveryCodes(ctx, config.totpKey(), code),
    ),
    withCode(
      '/api/v1/account/totp/disable',
      'Turn two-factor sign-in off for a current code (403 when a role requires it)',
      Ok,
      (ctx, code) => account.disableTotp(ctx, config, code),
    ),
    defineRoute({
      method: 'GET',
      url: '/api/v1/account/sessions',
      permission: 'authenticated',
      duringEnrolment: true,
      summary: "The signed-in user's sessions in force, newest first (keyset pagination)",
      query: OwnSessionQuery,
      response: OwnSessionPage,
      async handler({ query }, ctx) {
        return account.ownSessions(ctx, config, query.after, query.limit);
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/account/sessions/sign-out-everywhere',
      permission: 'authenticated',
      duringEnrolment: true,
      summary: 'Ends every session of the signed-in user, on every device, this one included',
      response: SignedOut,
      async handler(_input, ctx, reply) {
        const r = await account.signOutEverywhere(ctx);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return r;
      },
    }),
  ];
}
