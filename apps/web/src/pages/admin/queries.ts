import type { StaffUser } from '@ostoja/domain/identity/staff-user';
import type { CentreSettings } from '@ostoja/domain/org/settings';
import { useQueryClient } from '@tanstack/react-query';
import { adminApi } from '../../api/admin.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The administrator's reads, cached under these keys. The units are read by other screens too
// (a household's field team), under the same key.
export const adminKeys = {
  users: ['users'] as const,
  userList: ['users', 'list'] as const,
  user: (id: string) => ['users', 'one', id] as const,
  orgUnits: ['org-units'] as const,
  streets: (teamId: string) => ['org-units', teamId, 'streets'] as const,
  settings: ['centre-settings'] as const,
  database: ['operations', 'database'] as const,
  audit: (filter: Record<string, string>) => ['audit', filter] as const,
};

export const useUser = (id: string | undefined) =>
  useRead(adminKeys.user(id ?? ''), (signal) => adminApi.user(id!, signal), id !== undefined);

export const useOrgUnits = () => useRead(adminKeys.orgUnits, (signal) => adminApi.orgUnits(signal));

export const useStreets = readBy(adminKeys.streets, adminApi.streets);

export const useCentreSettings = () => useRead(adminKeys.settings, (signal) => adminApi.settings(signal));

/** After a save: the answer goes into the cache, and the lists it appears in are fetched again. */
export function useAdminSaved() {
  const client = useQueryClient();
  return {
    user(u: StaffUser) {
      client.setQueryData(adminKeys.user(u.id), u);
      client.invalidateQueries({ queryKey: adminKeys.userList });
    },
    /** A unit changed (its name shows in the users list too), or a team's streets did. */
    orgUnits() {
      client.invalidateQueries({ queryKey: adminKeys.orgUnits });
      client.invalidateQueries({ queryKey: adminKeys.userList });
    },
    streets(teamId: string) {
      client.invalidateQueries({ queryKey: adminKeys.streets(teamId) });
    },
    settings(s: CentreSettings) {
      client.setQueryData(adminKeys.settings, s);
    },
  };
}
