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
  ],
  nav: [{ to: '/alimony-fund', label: 'nav.alimonyFund', permission: 'alimonyFund.read' }],
};
