import type {
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlimonyFund } from '../i18n/ui-alimony-fund.ts';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { api, type Query, withQuery } from './client.ts';

// The screens reuse the family-benefit screens' fields, so both string files load with them.
registerMessages(uiAlimonyFund, uiFamilyBenefits);

const BASE = '/api/v1/alimony-fund/applications';

// The alimony fund's API, typed by the schemas the server runs.
export const alimonyFundApi = {
  list: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<AlimonyFundApplicationPage>(withQuery(BASE, query as Query), signal),
  get: (id: string, signal?: AbortSignal) => api.get<AlimonyFundApplication>(`${BASE}/${id}`, signal),
  create: (body: CreateAlimonyFundApplication) => api.post<AlimonyFundApplication>(BASE, body),
  decide: (id: string, body: DecideAlimonyFund) =>
    api.post<AlimonyFundApplication>(`${BASE}/${id}/decision`, body),
};
