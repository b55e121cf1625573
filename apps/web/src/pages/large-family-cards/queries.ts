import { useQueryClient } from '@tanstack/react-query';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { readBy } from '../../components/kit/read-by.ts';

// The Karta Dużej Rodziny's reads, cached by TanStack Query under these keys.
export const kdrKeys = {
  all: ['largeFamilyCards'] as const,
  list: ['largeFamilyCards', 'list'] as const,
  expiring: ['largeFamilyCards', 'expiring'] as const,
  one: (id: string) => ['largeFamilyCards', id] as const,
  onlineList: ['largeFamilyCards', 'online'] as const,
  online: (id: string) => ['largeFamilyCards', 'online', id] as const,
};

export const useKdrApplication = readBy(kdrKeys.one, largeFamilyCardsApi.get);

/** After a change of a card or a new application: its page and the lists are read again. */
export function useKdrChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: kdrKeys.all });
}
