import { type Area, page, screens } from '../../app/area.ts';

export const programsArea: Area = {
  routes: [
    ...screens('programs.read', {
      '/programmes': page(() => import('./ProgrammesPage.tsx'), 'ProgrammesPage'),
      '/programmes/:id': page(() => import('./ProgrammePage.tsx'), 'ProgrammePage'),
      '/programmes/:id/report': page(() => import('./IndicatorReportPage.tsx'), 'IndicatorReportPage'),
    }),
    ...screens('foodAid.read', {
      '/food-aid': page(() => import('./FoodAidPage.tsx'), 'FoodAidPage'),
    }),
  ],
  nav: [
    { to: '/programmes', label: 'nav.programmes', permission: 'programs.read' },
    { to: '/food-aid', label: 'nav.foodAid', permission: 'foodAid.read' },
  ],
};
