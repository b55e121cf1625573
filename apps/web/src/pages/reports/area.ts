import { type Area, menu, screen, screens } from '../../app/area.ts';

// Reports (issue 7): the director's dashboard, the yearly strategy report with commentary,
// MRPiPS-03 with the list behind each figure. Counts need reports.read, lists reports.drilldown.
export const reportsArea: Area = [
  ...screens('reports.read', {
    '/reports/dashboard': menu('nav.reportsDashboard', 'reports/DashboardPage'),
    '/reports/strategy': menu('nav.reports', 'reports/StrategyReportPage'),
    '/reports/mrpips': screen('reports/MrpipsPage'),
  }),
  ...screens('reports.drilldown', {
    '/reports/dashboard/lists/:figure': screen('reports/DashboardListPage'),
    '/reports/mrpips/:year/:period/figures/:figure': screen('reports/FigurePage'),
  }),
];
