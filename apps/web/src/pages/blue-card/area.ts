import { type Area, menu, page, screens } from '../../app/area.ts';

// Niebieska Karta. The route permissions say who may take part at all; which procedures one sees
// is the server's row scope (the opener, the procedure's group, the chair of the team).
export const blueCardArea: Area = [
  ...screens('blueCard.work', {
    '/blue-cards': menu('nav.blueCards', () => import('./ProcedureListPage.tsx'), 'ProcedureListPage'),
    '/blue-cards/deadlines': page(() => import('./DeadlinesPage.tsx'), 'DeadlinesPage'),
    '/blue-cards/register': page(() => import('./RegisterPage.tsx'), 'RegisterPage'),
    '/blue-cards/:id': page(() => import('./ProcedurePage.tsx'), 'ProcedurePage'),
  }),
  ...screens('blueCard.open', {
    '/blue-cards/new': page(() => import('./OpenProcedurePage.tsx'), 'OpenProcedurePage'),
  }),
  ...screens('blueCard.coordinate', {
    '/blue-cards/dashboard': page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
  }),
  ...screens('blueCard.statistics', {
    '/blue-card-statistics': menu(
      'nav.blueCardStatistics',
      () => import('./StatisticsPage.tsx'),
      'StatisticsPage',
    ),
  }),
];
