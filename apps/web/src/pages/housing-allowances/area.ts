import { type Area, menu, page, screens } from '../../app/area.ts';

export const housingAllowancesArea: Area = [
  ...screens('housingAllowances.read', {
    '/housing-allowances': menu(
      'nav.housingAllowances',
      () => import('./ApplicationsPage.tsx'),
      'ApplicationsPage',
    ),
    '/housing-allowances/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
  }),
  ...screens('housingAllowances.write', {
    '/housing-allowances/new': page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
  }),
  ...screens('legalParameters.manage', {
    '/admin/average-wage': menu('nav.averageWage', () => import('./AverageWagePage.tsx'), 'AverageWagePage'),
  }),
];
