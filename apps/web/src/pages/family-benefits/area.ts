import { type Area, menu, screen, screens } from '../../app/area.ts';

export const familyBenefitsArea: Area = [
  ...screens('familyBenefits.read', {
    '/family-benefits': menu('nav.familyBenefits', 'family-benefits/ApplicationsPage'),
    '/family-benefits/report': screen('family-benefits/ReportPage'),
    '/family-benefits/:id': screen('family-benefits/ApplicationPage'),
  }),
  ...screens('familyBenefits.write', {
    '/family-benefits/new': screen('family-benefits/NewApplicationPage'),
  }),
];
