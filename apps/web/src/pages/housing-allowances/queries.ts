import type { HousingAllowanceApplication } from '@ostoja/domain/housing-allowances/application';
import { useQueryClient } from '@tanstack/react-query';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The housing allowance's reads, cached by TanStack Query under these keys.
export const housingKeys = {
  all: ['housingAllowances'] as const,
  list: ['housingAllowances', 'list'] as const,
  one: (id: string) => ['housingAllowances', id] as const,
  notices: ['housingAllowances', 'averageWageNotices'] as const,
};

export const useHousingApplication = (id: string) =>
  useRead<HousingAllowanceApplication>(housingKeys.one(id), (signal) => housingAllowancesApi.get(id, signal));

/** After a new notice: the list of notices, and every application (its wage may change). */
export function useNoticeSaved() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: housingKeys.all });
}

/** After a save: the answer is the application as it is now; the list changes with it. */
export function useHousingSaved() {
  const client = useQueryClient();
  return (a: HousingAllowanceApplication) => {
    client.setQueryData(housingKeys.one(a.id), a);
    client.invalidateQueries({ queryKey: housingKeys.list });
  };
}
