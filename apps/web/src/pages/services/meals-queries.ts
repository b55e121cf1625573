import type { MealList, MealProviderPage, MealsReport } from '@ostoja/domain/services/meals';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { mealsApi } from '../../api/meals.ts';

// The meals programme's reads, cached by TanStack Query under these keys.
export const mealsKeys = {
  providers: ['mealProviders'] as const,
  list: (providerId: string, month: string) => ['mealLists', providerId, month] as const,
  report: (year: number) => ['mealsReport', year] as const,
};

export const useMealProviders = () =>
  useQuery<MealProviderPage, ApiError>({
    queryKey: mealsKeys.providers,
    queryFn: ({ signal }) => mealsApi.providers({ limit: 100 }, signal),
  });

export const useMealList = (providerId: string, month: string) =>
  useQuery<MealList, ApiError>({
    queryKey: mealsKeys.list(providerId, month),
    queryFn: ({ signal }) => mealsApi.list(providerId, month, signal),
    enabled: Boolean(providerId && /^\d{4}-\d{2}$/.test(month)),
  });

export const useMealsReport = (year: number) =>
  useQuery<MealsReport, ApiError>({
    queryKey: mealsKeys.report(year),
    queryFn: ({ signal }) => mealsApi.report(year, signal),
  });

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
