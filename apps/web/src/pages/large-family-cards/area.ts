import { type Area, page } from '../../app/area.ts';

export const largeFamilyCardsArea: Area = {
  routes: [
    {
      path: '/large-family-cards',
      permission: 'largeFamilyCards.read',
      component: page(() => import('./ApplicationsPage.tsx'), 'ApplicationsPage'),
    },
    {
      path: '/large-family-cards/new',
      permission: 'largeFamilyCards.issue',
      component: page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
    },
    {
      path: '/large-family-cards/online/:id',
      permission: 'largeFamilyCards.read',
      component: page(() => import('./OnlineApplicationPage.tsx'), 'OnlineApplicationPage'),
    },
    {
      path: '/large-family-cards/:id',
      permission: 'largeFamilyCards.read',
      component: page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
    },
  ],
  nav: [{ to: '/large-family-cards', label: 'nav.largeFamilyCards', permission: 'largeFamilyCards.read' }],
};
