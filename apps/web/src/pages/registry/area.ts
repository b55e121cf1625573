import { type Area, page } from '../../app/area.ts';

export const registryArea: Area = {
  routes: [
    {
      path: '/persons',
      permission: 'registry.read',
      component: page(() => import('./PersonSearchPage.tsx'), 'PersonSearchPage'),
    },
    {
      path: '/persons/:id',
      permission: 'registry.read',
      component: page(() => import('./PersonPage.tsx'), 'PersonPage'),
    },
    {
      path: '/persons/:id/edit',
      permission: 'registry.write',
      component: page(() => import('./PersonEditPage.tsx'), 'PersonEditPage'),
    },
    {
      path: '/households/new',
      permission: 'registry.write',
      component: page(() => import('./HouseholdCreatePage.tsx'), 'HouseholdCreatePage'),
    },
    {
      path: '/households/:id',
      permission: 'registry.read',
      component: page(() => import('./HouseholdPage.tsx'), 'HouseholdPage'),
    },
  ],
  nav: [
    { to: '/persons', label: 'nav.persons', permission: 'registry.read' },
    { to: '/households/new', label: 'nav.newHousehold', permission: 'registry.write' },
  ],
};
