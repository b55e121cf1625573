import type { Household, PersonWithHistory } from '@ostoja/domain/registry/household';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { registryApi } from '../../api/registry.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { readBy } from '../../components/kit/read-by.ts';

// The registry's reads, cached by TanStack Query under these keys; a save puts its answer in the
// cache and marks the rest of the registry stale (a person's page shows their households).
export const registryKeys = {
  persons: ['persons'] as const,
  person: (id: string) => ['persons', id] as const,
  /** What the centre did for the person (its reads are logged, like the person's). */
  history: (id: string) => ['persons', id, 'history'] as const,
  /** The UKR status and its history (its read is logged). */
  ukrStatus: (id: string) => ['persons', id, 'ukrStatus'] as const,
  search: (q: string) => ['persons', 'search', q] as const,
  households: ['households'] as const,
  household: (id: string) => ['households', id] as const,
};

export const usePerson = readBy(registryKeys.person, registryApi.person);

export const useUkrStatus = readBy(registryKeys.ukrStatus, registryApi.ukrStatus);

export const useHousehold = readBy(registryKeys.household, registryApi.household);

/** After a save: the answer goes into the cache, and what it may have changed is fetched again. */
export function useRegistrySaved() {
  const client = useQueryClient();
  return {
    person(p: PersonWithHistory) {
      putOneAndReload(client, registryKeys.person(p.id), p, registryKeys.persons, p.id);
      client.invalidateQueries({ queryKey: registryKeys.households });
    },
    household(h: Household) {
      client.setQueryData(registryKeys.household(h.id), h);
      client.invalidateQueries({ queryKey: registryKeys.persons });
    },
  };
}

/** Merges the person into the kept record; every cached registry read is stale after it. */
export function useMergePerson(id: string) {
  const client = useQueryClient();
  return useMutation<PersonWithHistory, ApiError, string>({
    mutationFn: (intoId) => registryApi.mergePerson(id, { intoId }),
    onSuccess: (kept) => {
      client.removeQueries({ queryKey: registryKeys.person(id) });
      putOneAndReload(client, registryKeys.person(kept.id), kept, registryKeys.persons, kept.id);
      client.invalidateQueries({ queryKey: registryKeys.households });
    },
  });
}
