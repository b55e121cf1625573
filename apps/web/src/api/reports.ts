import type {
  Dashboard,
  DashboardList,
  DrillItem,
  DrillPage,
  IndicatorQueries,
  MrpipsReport,
  PositionList,
  SavedEntry,
  StrategyList,
  StrategyReport,
  StrategyTree,
} from '@ostoja/domain/reporting/responses';
import type { EntryInput, StrategyInput } from '@ostoja/domain/reporting/strategy';
import type { z } from 'zod';
import { api, type Query, withQuery } from './client.ts';

// The reports API, typed by the schemas the server runs (requests z.input, answers the response
// schemas' wire form). Files (PDF, DOCX, XLSX, CSV) are links, not calls.
type Out<S extends z.ZodType> = z.input<S>;

export type { DrillItem, ReportRow, Strategy, StrategyReport } from '@ostoja/domain/reporting/responses';
export type MrpipsReportData = Out<typeof MrpipsReport>;
export type MrpipsSection = MrpipsReportData['sections'][number];
export type DashboardData = Out<typeof Dashboard>;
export type Chart = DashboardData['charts'][number];
export type Strategies = Out<typeof StrategyList>;
/** A list behind a figure: rows whose columns depend on its kind (the drill list's COLUMNS). */
type Drill<S extends z.ZodType> = Omit<Out<S>, 'items'> & { items: DrillItem[] };

const base = '/api/v1/reports';

export const reportsApi = {
  indicatorQueries: (signal?: AbortSignal) =>
    api.get<Out<typeof IndicatorQueries>>(`${base}/indicator-queries`, signal),
  strategies: (signal?: AbortSignal) => api.get<Out<typeof StrategyList>>(`${base}/strategies`, signal),
  createStrategy: (body: z.input<typeof StrategyInput>) =>
    api.post<Out<typeof StrategyTree>>(`${base}/strategies`, body),
  strategy: (id: string, signal?: AbortSignal) =>
    api.get<Out<typeof StrategyTree>>(`${base}/strategies/${id}`, signal),
  report: (id: string, year: number, signal?: AbortSignal) =>
    api.get<Out<typeof StrategyReport>>(withQuery(`${base}/strategies/${id}/report`, { year }), signal),
  saveEntry: (id: string, year: number, indicatorId: string, body: z.input<typeof EntryInput>) =>
    api.put<Out<typeof SavedEntry>>(
      `${base}/strategies/${id}/report/${year}/indicators/${indicatorId}`,
      body,
    ),
  mrpips: (year: number, period: 'H1' | 'Y', signal?: AbortSignal) =>
    api.get<MrpipsReportData>(`${base}/mrpips-03/${year}/${period}`, signal),
  figure: (
    year: number,
    period: 'H1' | 'Y',
    figure: string,
    query: { after?: string; limit?: number },
    signal?: AbortSignal,
  ) =>
    api.get<Drill<typeof DrillPage>>(
      withQuery(`${base}/mrpips-03/${year}/${period}/figures/${encodeURIComponent(figure)}`, query as Query),
      signal,
    ),
  dashboard: (year: number, signal?: AbortSignal) =>
    api.get<DashboardData>(withQuery(`${base}/dashboard`, { year }), signal),
  dashboardList: (
    figure: string,
    query: { month?: string; category?: string; after?: string; limit?: number },
    signal?: AbortSignal,
  ) =>
    api.get<Drill<typeof DashboardList>>(
      withQuery(`${base}/dashboard/lists/${encodeURIComponent(figure)}`, query as Query),
      signal,
    ),
  staffing: (signal?: AbortSignal) => api.get<Out<typeof PositionList>>(`${base}/staffing`, signal),
};
