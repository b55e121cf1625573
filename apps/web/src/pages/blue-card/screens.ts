import type { Permission } from '@ostoja/domain';
import type { Screen } from '@ostoja/domain/audit/screens';

/**
 * The permission that opens each screen of the compartment: its route (area.ts), its main-menu entry
 * and its link under the page headings (common.tsx) all take it from here.
 */
export const BLUE_CARD_SCREENS = {
  '/blue-cards': 'blueCard.work',
  '/blue-cards/deadlines': 'blueCard.work',
  '/blue-cards/register': 'blueCard.work',
  '/blue-cards/:id': 'blueCard.work',
  '/blue-cards/new': 'blueCard.open',
  '/blue-cards/dashboard': 'blueCard.coordinate',
  '/blue-card-statistics': 'blueCard.statistics',
} as const satisfies Partial<Record<Screen, Permission>>;

export type BlueCardScreen = keyof typeof BLUE_CARD_SCREENS;
