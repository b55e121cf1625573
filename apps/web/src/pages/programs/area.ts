import { type Area, menu, screen, screens } from '../../app/area.ts';

export const programsArea: Area = [
  ...screens('programs.read', {
    '/programmes': menu('nav.programmes', 'programs/ProgrammesPage'),
    '/programmes/:id': screen('programs/ProgrammePage'),
    '/programmes/:id/report': screen('programs/IndicatorReportPage'),
  }),
  ...screens('foodAid.read', {
    '/food-aid': menu('nav.foodAid', 'programs/FoodAidPage'),
  }),
];
