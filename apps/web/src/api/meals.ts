import { registerMessages } from '@ostoja/domain/i18n/index';
import { mealsProgramme } from '@ostoja/domain/i18n/meals-programme';
import type {
  DecideMealAid,
  MealAid,
  MealList,
  MealListInput,
  MealProvider,
  MealProviderInput,
  MealProviderPage,
  MealsReport,
} from '@ostoja/domain/services/meals';
import { uiMeals } from '../i18n/ui-meals.ts';
import { api, pageOf, postTo } from './client.ts';

// This programme's strings (screens, the income test's steps, the server's messages) load with its screens.
registerMessages(uiMeals, mealsProgramme);

// The "Posiłek w szkole i w domu" API, typed by the schemas the server runs.
const base = '/api/v1/meals-programme';

export const mealsApi = {
  providers: pageOf<MealProviderPage>(`${base}/providers`),
  addProvider: postTo<MealProvider, MealProviderInput>(`${base}/providers`),
  list: (providerId: string, month: string, signal?: AbortSignal) =>
    api.get<MealList>(`${base}/providers/${providerId}/lists/${month}`, signal),
  saveList: (providerId: string, month: string, body: MealListInput) =>
    api.put<MealList>(`${base}/providers/${providerId}/lists/${month}`, body),
  decide: postTo<MealAid, DecideMealAid>(`${base}/decisions`),
  report: (year: number, signal?: AbortSignal) => api.get<MealsReport>(`${base}/report?year=${year}`, signal),
  reportPdfUrl: (year: number) => `${base}/report/pdf?year=${year}`,
  decisionPdfUrl: (id: string) => `${base}/decisions/${id}/pdf`,
};
