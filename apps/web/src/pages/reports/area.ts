import { type Area, page } from '../../app/area.ts';

// Reports (issue 7): the director's dashboard, the yearly strategy report with commentary,
// MRPiPS-03 with the list behind each figure. Counts need reports.read, lists reports.drilldown.
export const reportsArea: Area = {
  routes: [
    {
      path: '/reports/dashboard',
      permission: 'reports.read',
      component: page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
    },
    {
      path: '/reports/dashboard/lists/:figure',
      permission: 'reports.drilldown',
      component: page(() => import('./DashboardListPage.tsx'), 'DashboardListPage'),
    },
    {
      path: '/reports/strategy',
      permission: 'reports.read',
      component: page(() => import('./StrategyReportPage.tsx'), 'StrategyReportPage'),
    },
    {
      path: '/reports/mrpips',
      permission: 'reports.read',
      component: page(() => import('./MrpipsPage.tsx'), 'MrpipsPage'),
    },
    {
      path: '/reports/mrpips/:year/:period/figures/:figure',
      permission: 'reports.drilldown',
      component: page(() => import('./FigurePage.tsx'), 'FigurePage'),
    },
  ],
  nav: [
    { to: '/reports/dashboard', label: 'nav.reportsDashboard', permission: 'reports.read' },
    { to: '/reports/strategy', label: 'nav.reports', permission: 'reports.read' },
  ],
};
