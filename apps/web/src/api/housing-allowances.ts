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
import { api, byId, pageOf, postTo } from './client.ts';

// The screens reuse the family-benefit screens' decision strings, so both files load with them.
registerMessages(uiHousingAllowances, uiFamilyBenefits);

const BASE = '/api/v1/housing-allowances/applications';

// The housing allowance's API, typed by the schemas the server runs.
export const housingAllowancesApi = {
  list: pageOf<HousingAllowancePage>(BASE),
  get: byId<HousingAllowanceApplication>(BASE),
  create: postTo<HousingAllowanceApplication, CreateHousingAllowanceApplication>(BASE),
  decide: (id: string, body: DecideHousingAllowance) =>
    api.post<HousingAllowanceApplication>(`${BASE}/${id}/decision`, body),
  /** The decision letter's address (opened in a new tab; the read is logged by the server). */
  pdfUrl: (id: string, kind: 'housing' | 'energy') => `${BASE}/${id}/decisions/${kind}/pdf`,
  /** The notices of the Prezes GUS on the average wage, newest publication first. */
  notices: pageOf<AverageWageNoticePage>('/api/v1/average-wage-notices'),
  addNotice: postTo<AverageWageNotice, AverageWageNoticeInput>('/api/v1/average-wage-notices'),
};
