import type { Debtor } from '@ostoja/domain/alimony-fund/debtor';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import type { ApiError } from '../../api/client.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The debtor register's reads, cached by TanStack Query under these keys.
export const debtorKeys = {
  all: ['alimonyDebtors'] as const,
  list: ['alimonyDebtors', 'list'] as const,
  notices: ['alimonyDebtors', 'notices'] as const,
  ofApplication: (applicationId: string) => ['alimonyDebtors', 'application', applicationId] as const,
  one: (id: string, on: string) => ['alimonyDebtors', id, on] as const,
  proceeding: (id: string) => ['alimonyDebtors', id, 'proceeding'] as const,
  deadlines: ['alimonyDebtors', 'deadlines'] as const,
};

/** A debtor with the debt on `on` (each read is logged, so it is asked only when the day changes). */
export const useDebtor = (id: string, on: string) =>
  useQuery<Debtor, ApiError>({
    queryKey: debtorKeys.one(id, on),
    queryFn: ({ signal }) => alimonyDebtorsApi.get(id, on, signal),
    placeholderData: keepPreviousData,
  });

/** The debtor entered for an application, if any (the application's page links to it). */
export const useDebtorOfApplication = (applicationId: string, enabled: boolean) =>
  useRead(
    debtorKeys.ofApplication(applicationId),
    (s) => alimonyDebtorsApi.list({ limit: 1, applicationId }, s),
    enabled,
  );

/** After a save: the debtor as it is now; lists and other days of it change with it. */
export function useDebtorSaved() {
  const client = useQueryClient();
  return (d: Debtor) => {
    client.invalidateQueries({ queryKey: debtorKeys.all });
    client.setQueryData(debtorKeys.one(d.id, d.statement.on), d);
  };
}

export const useDebtorProceeding = (id: string) =>
  useRead(debtorKeys.proceeding(id), (s) => alimonyDebtorsApi.proceeding(id, s));

export const useDebtorDeadlines = (enabled: boolean) =>
  useRead(debtorKeys.deadlines, alimonyDebtorsApi.deadlines, enabled);
