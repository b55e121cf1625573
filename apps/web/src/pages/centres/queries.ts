import type { Enrolment } from '@ostoja/domain/centres/facility';
import { useQueryClient } from '@tanstack/react-query';
import { centresApi } from '../../api/centres.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The support centres' reads under these keys; after a change the place and its lists reload.
export const centresKeys = {
  facilities: ['facilities'] as const,
  facility: (id: string) => ['facilities', 'one', id] as const,
  enrolments: (id: string, status: string) => ['facilities', 'one', id, 'enrolments', status] as const,
  activities: (id: string) => ['facilities', 'one', id, 'activities'] as const,
  sheet: (id: string, day: string) => ['facilities', 'one', id, 'sheet', day] as const,
  report: (id: string, month: string) => ['facilities', 'one', id, 'report', month] as const,
  enrolment: (id: string) => ['enrolments', id] as const,
};

export const useFacility = (id: string) =>
  useRead(centresKeys.facility(id), (s) => centresApi.facility(id, s));

export const useEnrolment = (id: string) =>
  useRead(centresKeys.enrolment(id), (s) => centresApi.enrolment(id, s));

export const useSheet = (id: string, day: string) =>
  useRead(centresKeys.sheet(id, day), (s) => centresApi.sheet(id, day, s), /^\d{4}-\d{2}-\d{2}$/.test(day));

export const useReport = (id: string, month: string) =>
  useRead(centresKeys.report(id, month), (s) => centresApi.report(id, month, s), /^\d{4}-\d{2}$/.test(month));

export function useCentresSaved() {
  const client = useQueryClient();
  return {
    /** An enrolment changed: it goes into the cache; its place (counts, lists, reports) reloads. */
    enrolment(e: Enrolment) {
      client.setQueryData(centresKeys.enrolment(e.id), e);
      client.invalidateQueries({ queryKey: centresKeys.facility(e.facilityId) });
      client.invalidateQueries({ queryKey: centresKeys.facilities, exact: true });
    },
    facility(id: string) {
      client.invalidateQueries({ queryKey: centresKeys.facility(id) });
      client.invalidateQueries({ queryKey: centresKeys.facilities, exact: true });
    },
  };
}
