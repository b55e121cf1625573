import { t } from '@ostoja/domain/i18n/index';
import { INDICATOR_QUERIES, indicatorLabel } from '@ostoja/domain/reporting/indicators';
import { MrpipsParams } from '@ostoja/domain/reporting/mrpips';
import {
  Dashboard,
  DashboardList,
  DrillPage,
  IndicatorQueries,
  MrpipsReport,
  PositionAdded,
  PositionEnded,
  PositionList,
  SavedEntry,
  StrategyList,
  StrategyReport,
  StrategyTree,
} from '@ostoja/domain/reporting/responses';
import { EntryInput, StrategyInput } from '@ostoja/domain/reporting/strategy';
import { FileBody } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { isoDate } from '@ostoja/domain/shared/validation';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { disposition, sendFile } from '../../http/file-reply.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { EXPORT_FORMATS } from '../../shared/export.ts';
import { dashboard } from './dashboard.ts';
import { dashboardList } from './dashboard-lists.ts';
import * as mrpips from './mrpips-service.ts';
import * as staffing from './staffing.ts';
import { REPORT_FORMATS, reportFile } from './strategy-documents.ts';
import * as strategies from './strategy-service.ts';

// Reports: the strategy and its yearly report, MRPiPS-03 with the lists behind its figures,
// the director's dashboard, and the staffing table. Counts need `reports.read`; lists of
// persons `reports.drilldown` (and the registry's row scope); editing `reports.manage`.

const year = z.coerce.number().int().min(2000).max(2100);
const YearQuery = z.object({ year });
const FigureParams = MrpipsParams.extend({ figure: z.string().max(80) });
const base = '/api/v1/reports';

function file(reply: FastifyReply, f: { body: Buffer; filename: string; contentType: string }) {
  return sendFile(reply, f.body, f.contentType, disposition('attachment', f.filename), 'no-store');
}

export function reportingRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${base}/indicator-queries`,
      permission: 'reports.read',
      response: IndicatorQueries,
      summary: 'The registry of indicator queries a computed strategy indicator may name',
      handler: async (_i, ctx) => ({
        items: INDICATOR_QUERIES.map((x) => {
          const label = indicatorLabel(x.key);
          const reason = label.params?.reason;
          const benefit = label.params?.benefit;
          const params = {
            ...(reason ? { reason: t(ctx.locale, `helpReason.${reason}`) } : {}),
            ...(benefit ? { benefit: t(ctx.locale, `benefit.${benefit}`) } : {}),
          };
          return { ...x, label: t(ctx.locale, label.key, params) };
        }),
      }),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/strategies`,
      permission: 'reports.read',
      response: StrategyList,
      summary: 'Strategies for solving social problems, newest first',
      handler: (_i, ctx) => strategies.listStrategies(ctx),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/strategies`,
      permission: 'reports.manage',
      response: StrategyTree,
      summary: 'Define a strategy: goals, operational goals, directions of action and indicators',
      body: StrategyInput,
      status: 201,
      handler: ({ body }, ctx) => strategies.createStrategy(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/strategies/:id`,
      permission: 'reports.read',
      response: StrategyTree,
      summary: 'A strategy with its tree of goals, directions and indicators',
      params: IdParams,
      handler: ({ params }, ctx) => strategies.getStrategy(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/strategies/:id/report`,
      permission: 'reports.read',
      replica: true,
      response: StrategyReport,
      summary:
        'The yearly report: every indicator with its value, last year’s, the change, source and commentary',
      params: IdParams,
      query: YearQuery,
      handler: ({ params, query }, ctx) => strategies.report(ctx, params.id, query.year),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/strategies/:id/report/file`,
      permission: 'reports.read',
      replica: true,
      response: FileBody,
      summary: 'The yearly report as PDF, DOCX or XLSX (logged as an export)',
      params: IdParams,
      query: YearQuery.extend({ format: z.enum(REPORT_FORMATS) }),
      handler: async ({ params, query }, ctx, reply) =>
        file(reply, await reportFile(ctx, params.id, query.year, query.format)),
    }),
    defineRoute({
      method: 'PUT',
      url: `${base}/strategies/:id/report/:year/indicators/:indicatorId`,
      permission: 'reports.manage',
      response: SavedEntry,
      summary:
        'A row of the yearly report: hand-entered value, text, source and commentary (optimistic locking)',
      params: IdParams.extend({ year, indicatorId: z.uuid() }),
      body: EntryInput,
      handler: ({ params, body }, ctx) =>
        strategies.saveEntry(ctx, params.id, params.indicatorId, params.year, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/mrpips-03/:year/:period`,
      permission: 'reports.read',
      replica: true,
      response: MrpipsReport,
      summary:
        'MRPiPS-03 for the first half-year (H1) or the year (Y): staffing, benefits, reasons, family types',
      params: MrpipsParams,
      handler: ({ params }, ctx) => mrpips.report(ctx, params.year, params.period),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/mrpips-03/:year/:period/xlsx`,
      permission: 'reports.read',
      replica: true,
      response: FileBody,
      summary: 'MRPiPS-03 as an XLSX workbook, one sheet per section (logged as an export)',
      params: MrpipsParams,
      handler: async ({ params }, ctx, reply) => {
        const x = await mrpips.xlsx(ctx, params.year, params.period);
        return file(reply, {
          ...x,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        });
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/mrpips-03/:year/:period/figures/:figure`,
      permission: 'reports.drilldown',
      replica: true,
      response: DrillPage,
      summary: 'The list behind one MRPiPS-03 figure, in the reader’s row scope (keyset pages)',
      params: FigureParams,
      query: pageQuery(500, 100),
      handler: ({ params, query }, ctx) =>
        mrpips.drill(ctx, params.year, params.period, params.figure, {
          after: query.after,
          limit: query.limit,
        }),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/mrpips-03/:year/:period/figures/:figure/export`,
      permission: 'reports.drilldown',
      replica: true,
      response: FileBody,
      summary: 'The list behind one MRPiPS-03 figure as CSV or XLSX (formula-safe, logged as an export)',
      params: FigureParams,
      query: z.object({ format: z.enum(EXPORT_FORMATS) }),
      handler: async ({ params, query }, ctx, reply) =>
        file(reply, await mrpips.drillExport(ctx, params.year, params.period, params.figure, query.format)),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/dashboard`,
      permission: 'reports.read',
      replica: true,
      response: Dashboard,
      summary: 'The director’s dashboard: five charts, each with its series and its table',
      query: YearQuery.partial(),
      handler: ({ query }, ctx) => {
        const today = todayInPoland();
        return dashboard(ctx, query.year ?? Number(today.slice(0, 4)), today);
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/dashboard/lists/:figure`,
      permission: 'reports.drilldown',
      replica: true,
      response: DashboardList,
      summary:
        'The list behind a dashboard figure (helped.persons, helped.families, payments.<benefit>, appointments.<outcome> in a month; caseload.families of a worker, deadlines.overdue|dueSoon of a kind, today), in the reader’s row scope',
      params: z.object({ figure: z.string().max(80) }),
      query: z.object({
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.payments.month')
          .optional(),
        category: z.string().max(80).optional(),
        after: z.string().max(300).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
      handler: ({ params, query }, ctx) =>
        dashboardList(ctx, params.figure, { month: query.month, category: query.category }, todayInPoland(), {
          after: query.after,
          limit: query.limit,
        }),
    }),
    defineRoute({
      method: 'GET',
      url: `${base}/staffing`,
      permission: 'reports.read',
      response: PositionList,
      summary: 'The staffing table (employment by position), all or on a day',
      query: z.object({ on: isoDate.optional() }),
      handler: ({ query }, ctx) => staffing.listPositions(ctx, query.on ?? null),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/staffing`,
      permission: 'reports.manage',
      response: PositionAdded,
      summary: 'Record employment in a position (for MRPiPS-03 Dział 1)',
      body: staffing.PositionInput,
      status: 201,
      handler: ({ body }, ctx) => staffing.addPosition(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${base}/staffing/:id/end`,
      permission: 'reports.manage',
      response: PositionEnded,
      summary: 'End employment in a position on a day',
      params: IdParams,
      body: staffing.EndPosition,
      handler: ({ params, body }, ctx) => staffing.endPosition(ctx, params.id, body.validTo),
    }),
  ];
}
