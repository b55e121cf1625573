import type { FamilyBenefitApplication } from '@ostoja/domain/family-benefits/application';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { familyBenefitsApi } from '../../api/family-benefits.ts';

// Family benefits' reads, cached by TanStack Query under these keys.
export const familyBenefitsKeys = {
  all: ['familyBenefits'] as const,
  list: ['familyBenefits', 'list'] as const,
  one: (id: string) => ['familyBenefits', id] as const,
};

export const useFamilyBenefitApplication = (id: string) =>
  useQuery<FamilyBenefitApplication, ApiError>({
    queryKey: familyBenefitsKeys.one(id),
    queryFn: ({ signal }) => familyBenefitsApi.get(id, signal),
  });

/** After a save: the answer is the application as it is now; the list changes with it. */
export function useFamilyBenefitSaved() {
  const client = useQueryClient();
  return (a: FamilyBenefitApplication) => {
    client.setQueryData(familyBenefitsKeys.one(a.id), a);
    client.invalidateQueries({ queryKey: familyBenefitsKeys.list });
  };
}
