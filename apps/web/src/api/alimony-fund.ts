import type {
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlimonyFund } from '../i18n/ui-alimony-fund.ts';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { claimApi } from './claims.ts';

// The screens reuse the family-benefit screens' fields, so both string files load with them.
registerMessages(uiAlimonyFund, uiFamilyBenefits);

// The alimony fund's API, typed by the schemas the server runs.
export const alimonyFundApi = claimApi<
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  CreateAlimonyFundApplication,
  DecideAlimonyFund
>('/api/v1/alimony-fund/applications');
