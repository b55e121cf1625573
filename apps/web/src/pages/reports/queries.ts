import { type QueryKey, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import {
  type DashboardData,
  type MrpipsReportData,
  type ReportRow,
  reportsApi,
  type Strategies,
  type StrategyReport,
} from '../../api/reports.ts';

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
  useQuery<DashboardData, ApiError>({
    queryKey: reportKeys.dashboard(year),
    queryFn: ({ signal }) => reportsApi.dashboard(year, signal),
  });

export const useMrpips = (year: number, period: 'H1' | 'Y') =>
  useQuery<MrpipsReportData, ApiError>({
    queryKey: reportKeys.mrpips(year, period),
    queryFn: ({ signal }) => reportsApi.mrpips(year, period, signal),
  });

export const useStrategies = () =>
  useQuery<Strategies, ApiError>({
    queryKey: reportKeys.strategies,
    queryFn: ({ signal }) => reportsApi.strategies(signal),
  });

export const useStrategyReport = (id: string | undefined, year: number) =>
  useQuery<StrategyReport, ApiError>({
    queryKey: reportKeys.strategyReport(id ?? '', year),
    queryFn: ({ signal }) => reportsApi.report(id!, year, signal),
    enabled: id !== undefined,
  });

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
