import { type Area, page } from '../../app/area.ts';

// Niebieska Karta. The route permissions say who may take part at all; which procedures one sees
// is the server's row scope (the opener, the procedure's group, the chair of the team).
export const blueCardArea: Area = {
  routes: [
    {
      path: '/blue-cards',
      permission: 'blueCard.work',
      component: page(() => import('./ProcedureListPage.tsx'), 'ProcedureListPage'),
    },
    {
      path: '/blue-cards/new',
      permission: 'blueCard.open',
      component: page(() => import('./OpenProcedurePage.tsx'), 'OpenProcedurePage'),
    },
    {
      path: '/blue-cards/dashboard',
      permission: 'blueCard.coordinate',
      component: page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
    },
    {
      path: '/blue-cards/deadlines',
      permission: 'blueCard.work',
      component: page(() => import('./DeadlinesPage.tsx'), 'DeadlinesPage'),
    },
    {
      path: '/blue-cards/register',
      permission: 'blueCard.work',
      component: page(() => import('./RegisterPage.tsx'), 'RegisterPage'),
    },
    {
      path: '/blue-cards/:id',
      permission: 'blueCard.work',
      component: page(() => import('./ProcedurePage.tsx'), 'ProcedurePage'),
    },
    {
      path: '/blue-card-statistics',
      permission: 'blueCard.statistics',
      component: page(() => import('./StatisticsPage.tsx'), 'StatisticsPage'),
    },
  ],
  nav: [
    { to: '/blue-cards', label: 'nav.blueCards', permission: 'blueCard.work' },
    { to: '/blue-card-statistics', label: 'nav.blueCardStatistics', permission: 'blueCard.statistics' },
  ],
};
