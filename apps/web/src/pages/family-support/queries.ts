import type { FamilyAssistance } from '@ostoja/domain/family-support/assistance';
import { useQueryClient } from '@tanstack/react-query';
import { assistanceApi, fosterCareApi } from '../../api/family-support.ts';
import { useRead } from '../../components/kit/use-read.ts';

// Family support's reads, cached by TanStack Query under these keys.
export const familySupportKeys = {
  fosterChildren: ['fosterChildren'] as const,
  fosterChild: (id: string) => ['fosterChildren', id] as const,
  fosterYear: (year: number) => ['fosterYear', year] as const,
  assistance: ['familyAssistance'] as const,
  assistanceList: (status: string) => ['familyAssistance', 'list', status] as const,
  ofHousehold: (householdId: string) => ['familyAssistance', 'household', householdId] as const,
  assistanceOne: (id: string) => ['familyAssistance', id] as const,
};

export const useFosterChild = (id: string) =>
  useRead(familySupportKeys.fosterChild(id), (signal) => fosterCareApi.child(id, signal));

export const useFosterYear = (year: number) =>
  useRead(familySupportKeys.fosterYear(year), (signal) => fosterCareApi.year(year, signal));

export const useAssistance = (id: string) =>
  useRead(familySupportKeys.assistanceOne(id), (signal) => assistanceApi.get(id, signal));

/** After a save: notes change the child, the year's total and the list's discrepancy counts. */
export function useFamilySupportSaved() {
  const client = useQueryClient();
  return {
    fosterCare() {
      client.invalidateQueries({ queryKey: familySupportKeys.fosterChildren });
      client.invalidateQueries({ queryKey: ['fosterYear'] });
    },
    assistance(a: FamilyAssistance) {
      client.setQueryData(familySupportKeys.assistanceOne(a.id), a);
      client.invalidateQueries({
        queryKey: familySupportKeys.assistance,
        predicate: (q) => q.queryKey[1] !== a.id,
      });
    },
  };
}
