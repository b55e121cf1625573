import type { AlimonyFundApplication } from '@ostoja/domain/alimony-fund/application';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import type { ApiError } from '../../api/client.ts';

// The alimony fund's reads, cached by TanStack Query under these keys.
export const alimonyFundKeys = {
  all: ['alimonyFund'] as const,
  list: ['alimonyFund', 'list'] as const,
  one: (id: string) => ['alimonyFund', id] as const,
};

export const useAlimonyFundApplication = (id: string) =>
  useQuery<AlimonyFundApplication, ApiError>({
    queryKey: alimonyFundKeys.one(id),
    queryFn: ({ signal }) => alimonyFundApi.get(id, signal),
  });

/** After a save: the answer is the application as it is now; the list changes with it. */
export function useAlimonyFundSaved() {
  const client = useQueryClient();
  return (a: AlimonyFundApplication) => {
    client.setQueryData(alimonyFundKeys.one(a.id), a);
    client.invalidateQueries({ queryKey: alimonyFundKeys.list });
  };
}
