import { type Area, menu, screen, screens } from '../../app/area.ts';

export const registryArea: Area = [
  ...screens('registry.read', {
    '/persons': menu('nav.persons', 'registry/PersonSearchPage'),
    '/persons/:id': screen('registry/PersonPage'),
    '/households/:id': screen('registry/HouseholdPage'),
  }),
  ...screens('registry.write', {
    '/persons/:id/edit': screen('registry/PersonEditPage'),
    '/households/new': menu('nav.newHousehold', 'registry/HouseholdCreatePage'),
  }),
];
