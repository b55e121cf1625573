import { type Area, menu, page, screensOf } from '../../app/area.ts';
import { BLUE_CARD_SCREENS } from './screens.ts';

// Niebieska Karta. The route permissions (screens.ts) say who may take part at all; which procedures
// one sees is the server's row scope (the opener, the procedure's group, the chair of the team).
export const blueCardArea: Area = screensOf(BLUE_CARD_SCREENS, {
  '/blue-cards': menu('nav.blueCards', () => import('./ProcedureListPage.tsx'), 'ProcedureListPage'),
  '/blue-cards/deadlines': page(() => import('./DeadlinesPage.tsx'), 'DeadlinesPage'),
  '/blue-cards/register': page(() => import('./RegisterPage.tsx'), 'RegisterPage'),
  '/blue-cards/:id': page(() => import('./ProcedurePage.tsx'), 'ProcedurePage'),
  '/blue-cards/new': page(() => import('./OpenProcedurePage.tsx'), 'OpenProcedurePage'),
  '/blue-cards/dashboard': page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
  '/blue-card-statistics': menu(
    'nav.blueCardStatistics',
    () => import('./StatisticsPage.tsx'),
    'StatisticsPage',
  ),
});
