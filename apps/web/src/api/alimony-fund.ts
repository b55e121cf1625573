import type {
  AlimonyFundApplication,
  AlimonyFundApplicationPage,
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlimonyFund } from '@ostoja/domain/i18n/ui-alimony-fund';
import { uiFamilyBenefits } from '@ostoja/domain/i18n/ui-family-benefits';
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
