import { type Area, menu, page, screens } from '../../app/area.ts';

export const familyBenefitsArea: Area = [
  ...screens('familyBenefits.read', {
    '/family-benefits': menu(
      'nav.familyBenefits',
      () => import('./ApplicationsPage.tsx'),
      'ApplicationsPage',
    ),
    '/family-benefits/report': page(() => import('./ReportPage.tsx'), 'ReportPage'),
    '/family-benefits/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
  }),
  ...screens('familyBenefits.write', {
    '/family-benefits/new': page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
  }),
];
