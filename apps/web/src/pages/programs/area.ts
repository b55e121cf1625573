import { type Area, menu, page, screens } from '../../app/area.ts';

export const programsArea: Area = [
  ...screens('programs.read', {
    '/programmes': menu('nav.programmes', () => import('./ProgrammesPage.tsx'), 'ProgrammesPage'),
    '/programmes/:id': page(() => import('./ProgrammePage.tsx'), 'ProgrammePage'),
    '/programmes/:id/report': page(() => import('./IndicatorReportPage.tsx'), 'IndicatorReportPage'),
  }),
  ...screens('foodAid.read', {
    '/food-aid': menu('nav.foodAid', () => import('./FoodAidPage.tsx'), 'FoodAidPage'),
  }),
];
