import { type Area, menu, screen, screensOf } from '../../app/area.ts';
import { BLUE_CARD_SCREENS } from './screens.ts';

// Niebieska Karta. The route permissions (screens.ts) say who may take part at all; which procedures
// one sees is the server's row scope (the opener, the procedure's group, the chair of the team).
export const blueCardArea: Area = screensOf(BLUE_CARD_SCREENS, {
  '/blue-cards': menu('nav.blueCards', 'blue-card/ProcedureListPage'),
  '/blue-cards/deadlines': screen('blue-card/DeadlinesPage'),
  '/blue-cards/register': screen('blue-card/RegisterPage'),
  '/blue-cards/:id': screen('blue-card/ProcedurePage'),
  '/blue-cards/new': screen('blue-card/OpenProcedurePage'),
  '/blue-cards/dashboard': screen('blue-card/DashboardPage'),
  '/blue-card-statistics': menu('nav.blueCardStatistics', 'blue-card/StatisticsPage'),
});
