import { type Area, menu, screen, screens } from '../../app/area.ts';

export const largeFamilyCardsArea: Area = [
  ...screens('largeFamilyCards.read', {
    '/large-family-cards': menu('nav.largeFamilyCards', 'large-family-cards/ApplicationsPage'),
    '/large-family-cards/online/:id': screen('large-family-cards/OnlineApplicationPage'),
    '/large-family-cards/:id': screen('large-family-cards/ApplicationPage'),
  }),
  ...screens('largeFamilyCards.issue', {
    '/large-family-cards/new': screen('large-family-cards/NewApplicationPage'),
  }),
];
