import { type Area, menu, page, screens } from '../../app/area.ts';

export const alimonyFundArea: Area = [
  ...screens('alimonyFund.read', {
    '/alimony-fund': menu('nav.alimonyFund', () => import('./ApplicationsPage.tsx'), 'ApplicationsPage'),
    '/alimony-fund/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
  }),
  ...screens('alimonyFund.write', {
    '/alimony-fund/new': page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
  }),
  ...screens('alimonyDebtors.read', {
    '/alimony-fund/debtors': page(() => import('./DebtorsPage.tsx'), 'DebtorsPage'),
    '/alimony-fund/debtors/:id': page(() => import('./DebtorPage.tsx'), 'DebtorPage'),
    '/alimony-fund/notices': page(() => import('./NoticesPage.tsx'), 'NoticesPage'),
  }),
];
