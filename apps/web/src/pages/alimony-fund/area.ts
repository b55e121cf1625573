import { type Area, menu, screen, screens } from '../../app/area.ts';

export const alimonyFundArea: Area = [
  ...screens('alimonyFund.read', {
    '/alimony-fund': menu('nav.alimonyFund', 'alimony-fund/ApplicationsPage'),
    '/alimony-fund/:id': screen('alimony-fund/ApplicationPage'),
  }),
  ...screens('alimonyFund.write', {
    '/alimony-fund/new': screen('alimony-fund/NewApplicationPage'),
  }),
  ...screens('alimonyDebtors.read', {
    '/alimony-fund/debtors': screen('alimony-fund/DebtorsPage'),
    '/alimony-fund/debtors/:id': screen('alimony-fund/DebtorPage'),
    '/alimony-fund/notices': screen('alimony-fund/NoticesPage'),
  }),
];
