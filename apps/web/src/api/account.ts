import { registerMessages } from '@ostoja/domain/i18n/index';
import type {
  AccountSecurity,
  OwnSessionPage,
  RecoveryCodes,
  SignedOut,
  TotpCode,
  TotpSetup,
} from '@ostoja/domain/identity/two-factor';
import type { Ok } from '@ostoja/domain/shared/response';
import { uiAccount } from '../i18n/ui-account.ts';
import { api, withQuery } from './client.ts';

// This screen's strings load with it, not with the portal's first page.
registerMessages(uiAccount);

// The signed-in staff member's own account security, typed by the schemas the server runs.
export const accountApi = {
  security: (signal?: AbortSignal) => api.get<AccountSecurity>('/api/v1/account/security', signal),
  startTotp: () => api.post<TotpSetup>('/api/v1/account/totp/setup'),
  confirmTotp: (body: TotpCode) => api.post<RecoveryCodes>('/api/v1/account/totp/confirm', body),
  renewRecoveryCodes: (body: TotpCode) => api.post<RecoveryCodes>('/api/v1/account/recovery-codes', body),
  disableTotp: (body: TotpCode) => api.post<Ok>('/api/v1/account/totp/disable', body),
  sessions: (after: string | undefined, signal?: AbortSignal) =>
    api.get<OwnSessionPage>(withQuery('/api/v1/account/sessions', { after, limit: 50 }), signal),
  signOutEverywhere: () => api.post<SignedOut>('/api/v1/account/sessions/sign-out-everywhere'),
};
