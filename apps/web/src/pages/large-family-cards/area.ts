import { type Area, menu, page, screens } from '../../app/area.ts';

export const largeFamilyCardsArea: Area = [
  ...screens('largeFamilyCards.read', {
    '/large-family-cards': menu(
      'nav.largeFamilyCards',
      () => import('./ApplicationsPage.tsx'),
      'ApplicationsPage',
    ),
    '/large-family-cards/online/:id': page(
      () => import('./OnlineApplicationPage.tsx'),
      'OnlineApplicationPage',
    ),
    '/large-family-cards/:id': page(() => import('./ApplicationPage.tsx'), 'ApplicationPage'),
  }),
  ...screens('largeFamilyCards.issue', {
    '/large-family-cards/new': page(() => import('./NewApplicationPage.tsx'), 'NewApplicationPage'),
  }),
];
