import { type Area, menu, screen, screens } from '../../app/area.ts';

export const housingAllowancesArea: Area = [
  ...screens('housingAllowances.read', {
    '/housing-allowances': menu('nav.housingAllowances', 'housing-allowances/ApplicationsPage'),
    '/housing-allowances/:id': screen('housing-allowances/ApplicationPage'),
  }),
  ...screens('housingAllowances.write', {
    '/housing-allowances/new': screen('housing-allowances/NewApplicationPage'),
  }),
  ...screens('legalParameters.manage', {
    '/admin/average-wage': menu('nav.averageWage', 'housing-allowances/AverageWagePage'),
  }),
];
