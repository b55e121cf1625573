import { type Area, menu, screen, screens } from '../../app/area.ts';

export const familySupportArea: Area = [
  ...screens('familySupport.read', {
    '/family-assistance': menu('nav.families', 'family-support/FamiliesPage'),
    '/family-assistance/:id': screen('family-support/FamilyPage'),
  }),
  ...screens('fosterCare.read', {
    '/foster-care': menu('nav.fosterCare', 'family-support/FosterCarePage'),
    '/foster-care/:id': screen('family-support/FosterChildPage'),
  }),
];
