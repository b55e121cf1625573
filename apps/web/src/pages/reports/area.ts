import { type Area, menu, page, screens } from '../../app/area.ts';

// Reports (issue 7): the director's dashboard, the yearly strategy report with commentary,
// MRPiPS-03 with the list behind each figure. Counts need reports.read, lists reports.drilldown.
export const reportsArea: Area = [
  ...screens('reports.read', {
    '/reports/dashboard': menu('nav.reportsDashboard', () => import('./DashboardPage.tsx'), 'DashboardPage'),
    '/reports/strategy': menu('nav.reports', () => import('./StrategyReportPage.tsx'), 'StrategyReportPage'),
    '/reports/mrpips': page(() => import('./MrpipsPage.tsx'), 'MrpipsPage'),
  }),
  ...screens('reports.drilldown', {
    '/reports/dashboard/lists/:figure': page(() => import('./DashboardListPage.tsx'), 'DashboardListPage'),
    '/reports/mrpips/:year/:period/figures/:figure': page(() => import('./FigurePage.tsx'), 'FigurePage'),
  }),
];
