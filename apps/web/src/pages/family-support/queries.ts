import type { FamilyAssistance } from '@ostoja/domain/family-support/assistance';
import type { FosterCareYear, FosterChild } from '@ostoja/domain/family-support/foster-care';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { assistanceApi, fosterCareApi } from '../../api/family-support.ts';

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
  useQuery<FosterChild, ApiError>({
    queryKey: familySupportKeys.fosterChild(id),
    queryFn: ({ signal }) => fosterCareApi.child(id, signal),
  });

export const useFosterYear = (year: number) =>
  useQuery<FosterCareYear, ApiError>({
    queryKey: familySupportKeys.fosterYear(year),
    queryFn: ({ signal }) => fosterCareApi.year(year, signal),
  });

export const useAssistance = (id: string) =>
  useQuery<FamilyAssistance, ApiError>({
    queryKey: familySupportKeys.assistanceOne(id),
    queryFn: ({ signal }) => assistanceApi.get(id, signal),
  });

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
