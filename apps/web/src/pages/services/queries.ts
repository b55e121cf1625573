import type { CareService } from '@ostoja/domain/services/care-service';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { servicesApi } from '../../api/services.ts';

// The services module's reads, cached by TanStack Query under these keys.
export const servicesKeys = {
  careServices: ['careServices'] as const,
  candidates: ['careServices', 'candidates'] as const,
  careService: (id: string) => ['careServices', 'one', id] as const,
  feeTables: ['feeTables'] as const,
};

export const useCareService = (id: string) =>
  useQuery<CareService, ApiError>({
    queryKey: servicesKeys.careService(id),
    queryFn: ({ signal }) => servicesApi.careService(id, signal),
  });

/** After a decision: it goes into the cache, the lists (and the table's decision count) reload. */
export function useServicesSaved() {
  const client = useQueryClient();
  return {
    decided(d: CareService) {
      client.setQueryData(servicesKeys.careService(d.id), d);
      client.invalidateQueries({
        queryKey: servicesKeys.careServices,
        predicate: (q) => q.queryKey[1] !== 'one',
      });
      client.invalidateQueries({ queryKey: servicesKeys.feeTables });
    },
    tableAdded() {
      client.invalidateQueries({ queryKey: servicesKeys.feeTables });
    },
  };
}
