import type {
  CreateHousingAllowanceApplication,
  DecideHousingAllowance,
  HousingAllowanceApplication,
  HousingAllowancePage,
} from '@ostoja/domain/housing-allowances/application';
import type {
  AverageWageNotice,
  AverageWageNoticeInput,
  AverageWageNoticePage,
} from '@ostoja/domain/housing-allowances/average-wage';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { uiHousingAllowances } from '../i18n/ui-housing-allowances.ts';
import { api, withQuery } from './client.ts';

// The screens reuse the family-benefit screens' decision strings, so both files load with them.
registerMessages(uiHousingAllowances, uiFamilyBenefits);

const BASE = '/api/v1/housing-allowances/applications';

// The housing allowance's API, typed by the schemas the server runs.
export const housingAllowancesApi = {
  list: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<HousingAllowancePage>(withQuery(BASE, query), signal),
  get: (id: string, signal?: AbortSignal) => api.get<HousingAllowanceApplication>(`${BASE}/${id}`, signal),
  create: (body: CreateHousingAllowanceApplication) => api.post<HousingAllowanceApplication>(BASE, body),
  decide: (id: string, body: DecideHousingAllowance) =>
    api.post<HousingAllowanceApplication>(`${BASE}/${id}/decision`, body),
  /** The decision letter's address (opened in a new tab; the read is logged by the server). */
  pdfUrl: (id: string, kind: 'housing' | 'energy') => `${BASE}/${id}/decisions/${kind}/pdf`,
  /** The notices of the Prezes GUS on the average wage, newest publication first. */
  notices: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<AverageWageNoticePage>(withQuery('/api/v1/average-wage-notices', query), signal),
  addNotice: (body: AverageWageNoticeInput) =>
    api.post<AverageWageNotice>('/api/v1/average-wage-notices', body),
};
