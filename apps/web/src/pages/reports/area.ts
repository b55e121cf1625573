import { type Area, page, screens } from '../../app/area.ts';

// Reports (issue 7): the director's dashboard, the yearly strategy report with commentary,
// MRPiPS-03 with the list behind each figure. Counts need reports.read, lists reports.drilldown.
export const reportsArea: Area = {
  routes: [
    ...screens('reports.read', {
      '/reports/dashboard': page(() => import('./DashboardPage.tsx'), 'DashboardPage'),
      '/reports/strategy': page(() => import('./StrategyReportPage.tsx'), 'StrategyReportPage'),
      '/reports/mrpips': page(() => import('./MrpipsPage.tsx'), 'MrpipsPage'),
    }),
    ...screens('reports.drilldown', {
      '/reports/dashboard/lists/:figure': page(() => import('./DashboardListPage.tsx'), 'DashboardListPage'),
      '/reports/mrpips/:year/:period/figures/:figure': page(() => import('./FigurePage.tsx'), 'FigurePage'),
    }),
  ],
  nav: [
    { to: '/reports/dashboard', label: 'nav.reportsDashboard', permission: 'reports.read' },
    { to: '/reports/strategy', label: 'nav.reports', permission: 'reports.read' },
  ],
};
