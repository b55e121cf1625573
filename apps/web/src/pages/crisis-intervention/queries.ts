import type { CrisisCase } from '@ostoja/domain/crisis-intervention/crisis-case';
import { useQueryClient } from '@tanstack/react-query';
import { crisisApi } from '../../api/crisis-intervention.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useRead } from '../../components/kit/use-read.ts';

// Crisis intervention's reads, cached by TanStack Query under these keys.
export const crisisKeys = {
  all: ['crisisCases'] as const,
  list: (state: string) => ['crisisCases', 'list', state] as const,
  ofPerson: (personId: string) => ['crisisCases', 'person', personId] as const,
  one: (id: string) => ['crisisCases', 'one', id] as const,
  leads: ['crisisLeads'] as const,
  places: ['crisisPlaces'] as const,
};

export const useCrisisCase = readBy(crisisKeys.one, crisisApi.one);
export const useCrisisLeads = (enabled = true) =>
  useRead(crisisKeys.leads, (signal) => crisisApi.leads(signal), enabled);
export const useCrisisPlaces = () => useRead(crisisKeys.places, (signal) => crisisApi.places(signal));

/** After a save: the case goes into the cache, the lists and the places taken reload. */
export function useCrisisSaved() {
  const client = useQueryClient();
  return (c: CrisisCase) => {
    client.setQueryData(crisisKeys.one(c.id), c);
    client.invalidateQueries({ queryKey: crisisKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    client.invalidateQueries({ queryKey: crisisKeys.places });
  };
}
