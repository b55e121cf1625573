import { type Area, page } from '../../app/area.ts';

export const housingAllowancesArea: Area = {
  routes: [
    {
      path: '/housing-allowances',
      permission: 'housingAllowances.read',
      component: page(() => import('./ApplicationsPage.tsx'), 'ApplicationsPage'),
    },
    {
      path: '/housing-allowances/new',
      permission: 'housingAllowances.write',
      component: page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
    },
    {
      path: '/housing-allowances/:id',
      permission: 'housingAllowances.read',
      component: page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    },
    {
      path: '/admin/average-wage',
      permission: 'legalParameters.manage',
      component: page(() => import('./AverageWagePage.tsx'), 'AverageWagePage'),
    },
  ],
  nav: [
    { to: '/housing-allowances', label: 'nav.housingAllowances', permission: 'housingAllowances.read' },
    { to: '/admin/average-wage', label: 'nav.averageWage', permission: 'legalParameters.manage' },
  ],
};
