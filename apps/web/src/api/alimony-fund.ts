import type {
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import type {
  EstablishUndueAlimonyFund,
  UndueAlimonyFund,
  UndueAlimonyFundList,
} from '@ostoja/domain/alimony-fund/undue';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlimonyFund } from '../i18n/ui-alimony-fund.ts';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { claimApi } from './claims.ts';
import { api } from './client.ts';

// The screens reuse the family-benefit screens' fields, so both string files load with them.
registerMessages(uiAlimonyFund, uiFamilyBenefits);

// The alimony fund's API, typed by the schemas the server runs.
const BASE = '/api/v1/alimony-fund/applications';
export const alimonyFundApi = {
  ...claimApi<
    AlimonyFundApplication,
    AlimonyFundApplicationPage,
    CreateAlimonyFundApplication,
    DecideAlimonyFund
  >(BASE),
  /** The application's decisions on undue benefits (art. 23 uFA) with what is still owed. */
  undue: (id: string, signal?: AbortSignal) =>
    api.get<UndueAlimonyFundList>(`${BASE}/${id}/undue-benefits`, signal),
  establishUndue: (id: string, body: EstablishUndueAlimonyFund) =>
    api.post<UndueAlimonyFund>(`${BASE}/${id}/undue-benefits`, body),
};
