import type { FoodAidYear } from '@ostoja/domain/food-aid/referral';
import type { IndicatorReport, Participant, Programme } from '@ostoja/domain/programs/programme';
import { useQueryClient } from '@tanstack/react-query';
import { foodAidApi, programsApi } from '../../api/programs.ts';
import { useRead } from '../../components/kit/use-read.ts';

// Reads of projects and food aid under these keys; after a change the project and its lists reload.
export const programsKeys = {
  list: ['programmes'] as const,
  one: (id: string) => ['programmes', 'one', id] as const,
  participants: (id: string) => ['programmes', 'one', id, 'participants'] as const,
  report: (id: string) => ['programmes', 'one', id, 'report'] as const,
  ofPerson: (personId: string) => ['programmes', 'person', personId] as const,
  referrals: (month: string) => ['foodAid', 'referrals', month] as const,
  partners: ['foodAid', 'partners'] as const,
  year: (year: number) => ['foodAid', 'year', year] as const,
};

export const useProgramme = (id: string) =>
  useRead<Programme>(programsKeys.one(id), (signal) => programsApi.one(id, signal));

export const useIndicatorReport = (id: string) =>
  useRead<IndicatorReport>(programsKeys.report(id), (signal) => programsApi.report(id, signal));

export const usePersonProgrammes = (personId: string) =>
  useRead<{ items: Participant[] }>(programsKeys.ofPerson(personId), (signal) =>
    programsApi.ofPerson(personId, signal),
  );

export const useFoodAidYear = (year: number) =>
  useRead<FoodAidYear>(programsKeys.year(year), (signal) => foodAidApi.year(year, signal));

export function useProgramsSaved() {
  const client = useQueryClient();
  return {
    /** A participant joined: the project's counts, lists and report reload, and the person's section. */
    participant(x: Participant) {
      client.invalidateQueries({ queryKey: programsKeys.one(x.programmeId) });
      client.invalidateQueries({ queryKey: programsKeys.list, exact: true });
      client.invalidateQueries({ queryKey: programsKeys.ofPerson(x.personId) });
    },
    foodAid() {
      client.invalidateQueries({ queryKey: ['foodAid'] });
    },
  };
}
