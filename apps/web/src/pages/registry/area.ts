import { type Area, menu, page, screens } from '../../app/area.ts';

export const registryArea: Area = [
  ...screens('registry.read', {
    '/persons': menu('nav.persons', () => import('./PersonSearchPage.tsx'), 'PersonSearchPage'),
    '/persons/:id': page(() => import('./PersonPage.tsx'), 'PersonPage'),
    '/households/:id': page(() => import('./HouseholdPage.tsx'), 'HouseholdPage'),
  }),
  ...screens('registry.write', {
    '/persons/:id/edit': page(() => import('./PersonEditPage.tsx'), 'PersonEditPage'),
    '/households/new': menu(
      'nav.newHousehold',
      () => import('./HouseholdCreatePage.tsx'),
      'HouseholdCreatePage',
    ),
  }),
];
