import { useQueryClient } from '@tanstack/react-query';
import { accountApi } from '../../api/account.ts';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useRead } from '../../components/kit/use-read.ts';

export const accountKeys = {
  security: ['account', 'security'] as const,
  sessions: ['account', 'sessions'] as const,
};

export const useAccountSecurity = () =>
  useRead(accountKeys.security, (signal) => accountApi.security(signal));

export const useOwnSessions = () =>
  useCursorQuery(accountKeys.sessions, (after, signal) => accountApi.sessions(after, signal));

/** After a change of the second factor, its state is read again. */
export function useSecurityChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: accountKeys.security });
}
