import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { claimModule } from '../family-benefits/claim-module.ts';

// The alimony fund's screens: reads cached by TanStack Query, path, permissions and strings.
export const alimonyFund = claimModule({
  name: 'alimonyFund',
  path: '/alimony-fund',
  strings: 'af',
  api: alimonyFundApi,
  tone: (s) => (s === 'decided' ? 'ok' : 'neutral'),
});
