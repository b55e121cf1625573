import type { AttendanceSheet, Enrolment, Facility, MonthlyReport } from '@ostoja/domain/centres/facility';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { centresApi } from '../../api/centres.ts';
import type { ApiError } from '../../api/client.ts';

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
  useQuery<Facility, ApiError>({
    queryKey: centresKeys.facility(id),
    queryFn: ({ signal }) => centresApi.facility(id, signal),
  });

export const useEnrolment = (id: string) =>
  useQuery<Enrolment, ApiError>({
    queryKey: centresKeys.enrolment(id),
    queryFn: ({ signal }) => centresApi.enrolment(id, signal),
  });

export const useSheet = (id: string, day: string) =>
  useQuery<AttendanceSheet, ApiError>({
    queryKey: centresKeys.sheet(id, day),
    queryFn: ({ signal }) => centresApi.sheet(id, day, signal),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(day),
  });

export const useReport = (id: string, month: string) =>
  useQuery<MonthlyReport, ApiError>({
    queryKey: centresKeys.report(id, month),
    queryFn: ({ signal }) => centresApi.report(id, month, signal),
    enabled: /^\d{4}-\d{2}$/.test(month),
  });

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
