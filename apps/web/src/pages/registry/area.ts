import { type Area, page, screens } from '../../app/area.ts';

export const registryArea: Area = {
  routes: [
    ...screens('registry.read', {
      '/persons': page(() => import('./PersonSearchPage.tsx'), 'PersonSearchPage'),
      '/persons/:id': page(() => import('./PersonPage.tsx'), 'PersonPage'),
      '/households/:id': page(() => import('./HouseholdPage.tsx'), 'HouseholdPage'),
    }),
    ...screens('registry.write', {
      '/persons/:id/edit': page(() => import('./PersonEditPage.tsx'), 'PersonEditPage'),
      '/households/new': page(() => import('./HouseholdCreatePage.tsx'), 'HouseholdCreatePage'),
    }),
  ],
  nav: [
    { to: '/persons', label: 'nav.persons', permission: 'registry.read' },
    { to: '/households/new', label: 'nav.newHousehold', permission: 'registry.write' },
  ],
};
