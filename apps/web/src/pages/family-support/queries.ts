import type { FamilyAssistance } from '@ostoja/domain/family-support/assistance';
import { useQueryClient } from '@tanstack/react-query';
import { assistanceApi, fosterCareApi } from '../../api/family-support.ts';
import { putOneAndReload } from '../../components/kit/put-one.ts';
import { readBy } from '../../components/kit/read-by.ts';

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

export const useFosterChild = readBy(familySupportKeys.fosterChild, fosterCareApi.child);

export const useFosterYear = readBy(familySupportKeys.fosterYear, fosterCareApi.year);

export const useAssistance = readBy(familySupportKeys.assistanceOne, assistanceApi.get);

/** After a save: notes change the child, the year's total and the list's discrepancy counts. */
export function useFamilySupportSaved() {
  const client = useQueryClient();
  return {
    fosterCare() {
      client.invalidateQueries({ queryKey: familySupportKeys.fosterChildren });
      client.invalidateQueries({ queryKey: ['fosterYear'] });
    },
    assistance(a: FamilyAssistance) {
      putOneAndReload(client, familySupportKeys.assistanceOne(a.id), a, familySupportKeys.assistance, a.id);
    },
  };
}
