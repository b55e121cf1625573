import type { Procedure } from '@ostoja/domain/blue-card/responses';
import { useQueryClient } from '@tanstack/react-query';
import { blueCardApi } from '../../api/blue-card.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The compartment's reads, cached under these keys. Every step answers the whole procedure: it goes
// into the cache, and the lists, deadlines and the access log are fetched again.
export const blueCardKeys = {
  all: ['blue-cards'] as const,
  procedure: (id: string) => ['blue-cards', 'procedure', id] as const,
  accessLog: (id: string) => ['blue-cards', 'access-log', id] as const,
  list: (status: string) => ['blue-cards', 'list', status] as const,
  search: (q: string) => ['blue-cards', 'search', q] as const,
  register: (year: number) => ['blue-cards', 'register', year] as const,
  statistics: (year: number) => ['blue-cards', 'statistics', year] as const,
  deadlines: ['blue-cards', 'deadlines'] as const,
  dashboard: ['blue-cards', 'dashboard'] as const,
  team: ['interdisciplinary-team'] as const,
};

export const useProcedure = (id: string) =>
  useRead(blueCardKeys.procedure(id), (signal) => blueCardApi.procedure(id, signal));

export const useTeam = () => useRead(blueCardKeys.team, (signal) => blueCardApi.team(signal));

/** After a step: the procedure as answered goes into the cache; everything else of the compartment is stale. */
export function useProcedureSaved() {
  const client = useQueryClient();
  return (p: Procedure) => {
    client.setQueryData(blueCardKeys.procedure(p.id), p);
    client.invalidateQueries({
      queryKey: blueCardKeys.all,
      predicate: (q) => !(q.queryKey[1] === 'procedure' && q.queryKey[2] === p.id),
    });
  };
}
