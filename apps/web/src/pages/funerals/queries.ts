import type { Funeral } from '@ostoja/domain/funerals/funeral';
import { useQueryClient } from '@tanstack/react-query';
import { funeralsApi } from '../../api/funerals.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { readBy } from '../../components/kit/read-by.ts';

// Funerals' reads, cached by TanStack Query under these keys.
export const funeralsKeys = {
  all: ['funerals'] as const,
  list: (outstanding: boolean) => ['funerals', 'list', outstanding] as const,
  one: (id: string) => ['funerals', 'one', id] as const,
  homes: ['funeralHomes'] as const,
  limits: ['funeralCostLimits'] as const,
};

export const useFuneral = readBy(funeralsKeys.one, funeralsApi.one);

/** After a save: the funeral goes into the cache and the lists reload. */
export function useFuneralsSaved() {
  const client = useQueryClient();
  return {
    funeral(f: Funeral) {
      putOneAndReload(client, funeralsKeys.one(f.id), f, funeralsKeys.all);
    },
    homes: () => client.invalidateQueries({ queryKey: funeralsKeys.homes }),
    limits: () => client.invalidateQueries({ queryKey: funeralsKeys.limits }),
  };
}
