import { type Area, menu, page, screens } from '../../app/area.ts';

export const familySupportArea: Area = [
  ...screens('familySupport.read', {
    '/family-assistance': menu('nav.families', () => import('./FamiliesPage.tsx'), 'FamiliesPage'),
    '/family-assistance/:id': page(() => import('./FamilyPage.tsx'), 'FamilyPage'),
  }),
  ...screens('fosterCare.read', {
    '/foster-care': menu('nav.fosterCare', () => import('./FosterCarePage.tsx'), 'FosterCarePage'),
    '/foster-care/:id': page(() => import('./FosterChildPage.tsx'), 'FosterChildPage'),
  }),
];
