import type { VolunteerWithAgreements } from '@ostoja/domain/volunteers/volunteer';
import { useQueryClient } from '@tanstack/react-query';
import { volunteersApi } from '../../api/volunteers.ts';
import { readBy } from '../../components/kit/read-by.ts';

// The coordinator's reads, cached under these keys; a review or an agreement refreshes the list too.
export const volunteerKeys = {
  all: ['volunteers'] as const,
  list: (status: string) => ['volunteers', 'list', status] as const,
  volunteer: (id: string) => ['volunteers', 'one', id] as const,
};

export const useVolunteer = readBy(volunteerKeys.volunteer, volunteersApi.volunteer);

/** After a change: the volunteer as answered goes into the cache (or is fetched again), the lists are stale. */
export function useVolunteerSaved() {
  const client = useQueryClient();
  return (id: string, v?: VolunteerWithAgreements) => {
    if (v) client.setQueryData(volunteerKeys.volunteer(id), v);
    else client.invalidateQueries({ queryKey: volunteerKeys.volunteer(id) });
    client.invalidateQueries({ queryKey: ['volunteers', 'list'] });
  };
}
