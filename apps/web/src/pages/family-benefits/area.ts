import { type Area, page } from '../../app/area.ts';

export const familyBenefitsArea: Area = {
  routes: [
    {
      path: '/family-benefits',
      permission: 'familyBenefits.read',
      component: page(() => import('./ApplicationsPage.tsx'), 'ApplicationsPage'),
    },
    {
      path: '/family-benefits/new',
      permission: 'familyBenefits.write',
      component: page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
    },
    {
      path: '/family-benefits/report',
      permission: 'familyBenefits.read',
      component: page(() => import('./ReportPage.tsx'), 'ReportPage'),
    },
    {
      path: '/family-benefits/:id',
      permission: 'familyBenefits.read',
      component: page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    },
  ],
  nav: [{ to: '/family-benefits', label: 'nav.familyBenefits', permission: 'familyBenefits.read' }],
};
