import type { MealList } from '@ostoja/domain/services/meals';
import { useQueryClient } from '@tanstack/react-query';
import { mealsApi } from '../../api/meals.ts';
import { readBy } from '../../components/kit/read-by.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The meals programme's reads, cached by TanStack Query under these keys.
export const mealsKeys = {
  providers: ['mealProviders'] as const,
  list: (providerId: string, month: string) => ['mealLists', providerId, month] as const,
  report: (year: number) => ['mealsReport', year] as const,
};

export const useMealProviders = () =>
  useRead(mealsKeys.providers, (s) => mealsApi.providers({ limit: 100 }, s));

export const useMealList = (providerId: string, month: string) =>
  useRead(
    mealsKeys.list(providerId, month),
    (s) => mealsApi.list(providerId, month, s),
    Boolean(providerId && /^\d{4}-\d{2}$/.test(month)),
  );

export const useMealsReport = readBy(mealsKeys.report, mealsApi.report);

/** After a save: the list goes into the cache; the other months' caps and the report reload. */
export function useMealsSaved() {
  const client = useQueryClient();
  return {
    list(l: MealList) {
      client.setQueryData(mealsKeys.list(l.providerId, l.month), l);
      client.invalidateQueries({ queryKey: ['mealLists'], predicate: (q) => q.queryKey[2] !== l.month });
      client.invalidateQueries({ queryKey: ['mealsReport'] });
    },
    provider() {
      client.invalidateQueries({ queryKey: mealsKeys.providers });
    },
    decided() {
      client.invalidateQueries({ queryKey: ['mealLists'] });
      client.invalidateQueries({ queryKey: ['mealsReport'] });
    },
  };
}
