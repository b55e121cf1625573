import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { type ReportRow, reportsApi, type StrategyReport } from '../../api/reports.ts';
import { useRead } from '../../components/kit/use-read.ts';

// The reports' reads, cached under these keys. A saved commentary is put into the report in the
// cache (the rest of the report did not change).
export const reportKeys = {
  dashboard: (year: number) => ['reports', 'dashboard', year] as const,
  mrpips: (year: number, period: 'H1' | 'Y') => ['reports', 'mrpips', year, period] as const,
  strategies: ['reports', 'strategies'] as const,
  strategyReport: (id: string, year: number) => ['reports', 'strategies', id, year] as const,
  /** The list behind a figure, by what asks for it (MRPiPS-03's figure or the dashboard's). */
  drill: (...what: (string | number | undefined)[]): QueryKey => ['reports', 'drill', ...what],
};

export const useDashboard = (year: number) =>
  useRead(reportKeys.dashboard(year), (signal) => reportsApi.dashboard(year, signal));

export const useMrpips = (year: number, period: 'H1' | 'Y') =>
  useRead(reportKeys.mrpips(year, period), (signal) => reportsApi.mrpips(year, period, signal));

export const useStrategies = () => useRead(reportKeys.strategies, (signal) => reportsApi.strategies(signal));

export const useStrategyReport = (id: string | undefined, year: number) =>
  useRead(
    reportKeys.strategyReport(id ?? '', year),
    (signal) => reportsApi.report(id!, year, signal),
    id !== undefined,
  );

/** A saved row replaces its old self in the cached report. */
export function useReportRowSaved(id: string, year: number) {
  const client = useQueryClient();
  return (row: ReportRow) =>
    client.setQueryData<StrategyReport>(reportKeys.strategyReport(id, year), (r) =>
      r
        ? {
            ...r,
            goals: r.goals.map((g) => ({
              ...g,
              operationalGoals: g.operationalGoals.map((o) => ({
                ...o,
                directions: o.directions.map((d) => ({
                  ...d,
                  indicators: d.indicators.map((i) => (i.id === row.id ? row : i)),
                })),
              })),
            })),
          }
        : r,
    );
}
