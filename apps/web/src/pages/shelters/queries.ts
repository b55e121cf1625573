import type { ShelterReferral } from '@ostoja/domain/shelters/shelter';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { sheltersApi } from '../../api/shelters.ts';

// Shelter referrals' reads, cached by TanStack Query under these keys.
export const sheltersKeys = {
  shelters: ['shelters'] as const,
  resolutions: ['shelterFeeResolutions'] as const,
  referrals: ['shelterReferrals'] as const,
  ofPerson: (personId: string) => ['shelterReferrals', 'person', personId] as const,
  referral: (id: string) => ['shelterReferrals', 'one', id] as const,
};

export const useShelterReferral = (id: string) =>
  useQuery<ShelterReferral, ApiError>({
    queryKey: sheltersKeys.referral(id),
    queryFn: ({ signal }) => sheltersApi.referral(id, signal),
  });

/** After a save: a referral goes into the cache and the lists (and places taken) reload. */
export function useSheltersSaved() {
  const client = useQueryClient();
  return {
    referred(r: ShelterReferral) {
      client.setQueryData(sheltersKeys.referral(r.id), r);
      client.invalidateQueries({
        queryKey: sheltersKeys.referrals,
        predicate: (q) => q.queryKey[1] !== 'one',
      });
      client.invalidateQueries({ queryKey: sheltersKeys.shelters });
    },
    shelterAdded() {
      client.invalidateQueries({ queryKey: sheltersKeys.shelters });
    },
  };
}
