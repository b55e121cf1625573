import { type Area, page } from '../../app/area.ts';

export const alimonyFundArea: Area = {
  routes: [
    {
      path: '/alimony-fund',
      permission: 'alimonyFund.read',
      component: page(() => import('./ApplicationsPage.tsx'), 'ApplicationsPage'),
    },
    {
      path: '/alimony-fund/new',
      permission: 'alimonyFund.write',
      component: page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
    },
    {
      path: '/alimony-fund/:id',
      permission: 'alimonyFund.read',
      component: page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    },
    {
      path: '/alimony-fund/debtors',
      permission: 'alimonyDebtors.read',
      component: page(() => import('./DebtorsPage.tsx'), 'DebtorsPage'),
    },
    {
      path: '/alimony-fund/debtors/:id',
      permission: 'alimonyDebtors.read',
      component: page(() => import('./DebtorPage.tsx'), 'DebtorPage'),
    },
    {
      path: '/alimony-fund/notices',
      permission: 'alimonyDebtors.read',
      component: page(() => import('./NoticesPage.tsx'), 'NoticesPage'),
    },
  ],
  nav: [{ to: '/alimony-fund', label: 'nav.alimonyFund', permission: 'alimonyFund.read' }],
};
