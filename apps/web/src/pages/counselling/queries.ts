import { useQueryClient } from '@tanstack/react-query';
import { counsellingApi } from '../../api/counselling.ts';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { useRead } from '../../components/kit/use-read.ts';

// Counselling's reads, cached by TanStack Query under these keys.
export const counsellingKeys = {
  /** The public texts come in the UI's language: a switch asks again rather than mixing two. */
  specialists: (locale: string) => ['counselling', 'specialists', locale] as const,
  slots: (specialistId: string) => ['counselling', 'slots', specialistId] as const,
  schedule: ['counselling', 'schedule'] as const,
  day: (date: string, specialistId: string) => ['counselling', 'schedule', date, specialistId] as const,
  setup: ['counselling', 'setup'] as const,
  offices: ['counselling', 'offices'] as const,
};

export function useSpecialists() {
  const { locale } = useI18n();
  return useRead(counsellingKeys.specialists(locale), (signal) => counsellingApi.specialists(signal));
}

export const useDaySchedule = (date: string, specialistId: string) =>
  useRead(counsellingKeys.day(date, specialistId), (signal) =>
    counsellingApi.schedule({ date, specialistId: specialistId || undefined }, signal),
  );

export const useSetup = () => useRead(counsellingKeys.setup, (signal) => counsellingApi.setup(signal));

/** The centre's offices, where a session in person is held. */
export const useOffices = () => useRead(counsellingKeys.offices, (signal) => portalApi.offices(signal));

/** After a change: the day's schedule, the set-up and what residents see are fetched again. */
export function useCounsellingChanged() {
  const client = useQueryClient();
  return {
    schedule: () => client.invalidateQueries({ queryKey: counsellingKeys.schedule }),
    setup() {
      client.invalidateQueries({ queryKey: counsellingKeys.setup });
      client.invalidateQueries({ queryKey: ['counselling', 'specialists'] });
      client.invalidateQueries({ queryKey: ['counselling', 'slots'] });
    },
    slots: (specialistId: string) =>
      client.invalidateQueries({ queryKey: counsellingKeys.slots(specialistId) }),
  };
}
