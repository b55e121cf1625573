import { type Area, type AreaNavItem, type AreaRoute, page } from '../../app/area.ts';
import type { UiKey } from '../../i18n/keys.ts';
import { BLUE_CARD_SCREENS, type BlueCardScreen } from './screens.ts';

const PAGES: Record<BlueCardScreen, AreaRoute['component']> = {
  '/blue-cards': page(() => import('./ProcedureListPage.tsx'), 'ProcedureListPage'),
  '/blue-cards/deadlines': page(() => import('./DeadlinesPage.tsx'), 'DeadlinesPage'),
  '/blue-cards/register': page(() => import('./RegisterPage.tsx'), 'RegisterPage'),
  '/blue-cards/:id': page(() => import('./ProcedurePage.tsx'), 'ProcedurePage'),
  '/blue-cards/new': page(() => import('./OpenProcedurePage.tsx'), 'OpenProcedurePage'),
  '/blue-cards/dashboard': page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
  '/blue-card-statistics': page(() => import('./StatisticsPage.tsx'), 'StatisticsPage'),
};

/** A main-menu entry, shown to those who may open its screen. */
const menu = (to: BlueCardScreen, label: UiKey): AreaNavItem => ({
  to,
  label,
  permission: BLUE_CARD_SCREENS[to],
});

// Niebieska Karta. The route permissions (screens.ts) say who may take part at all; which procedures
// one sees is the server's row scope (the opener, the procedure's group, the chair of the team).
export const blueCardArea: Area = {
  routes: Object.entries(PAGES).map(([path, component]) => ({
    path: path as BlueCardScreen,
    permission: BLUE_CARD_SCREENS[path as BlueCardScreen],
    component,
  })),
  nav: [menu('/blue-cards', 'nav.blueCards'), menu('/blue-card-statistics', 'nav.blueCardStatistics')],
};
