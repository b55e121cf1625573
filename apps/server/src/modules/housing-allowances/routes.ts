import {
  CreateHousingAllowanceApplication,
  DecideHousingAllowance,
  HousingAllowanceApplication,
  HousingAllowancePage,
  HousingAllowanceQuery,
  HousingAllowanceReport,
  HousingReportQuery,
} from '@ostoja/domain/housing-allowances/application';
import {
  AverageWageNotice,
  AverageWageNoticeInput,
  AverageWageNoticePage,
  AverageWageNoticeQuery,
  AverageWageOnQuery,
  WageNoticeUsed,
} from '@ostoja/domain/housing-allowances/average-wage';
import { PdfFile } from '@ostoja/domain/shared/file';
import { z } from 'zod';
import { inlinePdf } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { housingDecisionPdf } from './decision-pdf.ts';
import * as service from './service.ts';

export function housingAllowanceRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/housing-allowances/applications',
      permission: 'housingAllowances.read',
      summary: 'Housing allowance applications, newest first (logged)',
      tags: ['housingAllowances'],
      query: HousingAllowanceQuery,
      response: HousingAllowancePage,
      handler: ({ query }, ctx) => service.list(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/housing-allowances/applications',
      permission: 'housingAllowances.write',
      summary:
        "Register an application for the dodatek mieszkaniowy: the household, its income of the 3 months before, the flat's area and expenses, the building manager",
      tags: ['housingAllowances'],
      body: CreateHousingAllowanceApplication,
      status: 201,
      response: HousingAllowanceApplication,
      handler: ({ body }, ctx) => service.create(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/housing-allowances/applications/:id',
      permission: 'housingAllowances.read',
      summary: 'An application with its calculation (each step with its article) and its decisions (logged)',
      tags: ['housingAllowances'],
      params: IdParams,
      response: HousingAllowanceApplication,
      handler: ({ params }, ctx) => service.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/housing-allowances/applications/:id/decision',
      permission: 'housingAllowances.decide',
      summary:
        'Grant for 6 months (paid to the building manager through the payment runs; the dodatek energetyczny with it where due) or refuse; 409 when nothing is due or already decided',
      tags: ['housingAllowances'],
      params: IdParams,
      body: DecideHousingAllowance,
      response: HousingAllowanceApplication,
      handler: ({ params, body }, ctx) => service.decide(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/housing-allowances/applications/:id/decisions/:kind/pdf',
      permission: 'housingAllowances.read',
      summary: 'The decision letter (the dodatek mieszkaniowy or the dodatek energetyczny) as PDF (logged)',
      tags: ['housingAllowances'],
      params: IdParams.extend({ kind: z.enum(['housing', 'energy']) }),
      response: PdfFile,
      handler: async ({ params }, ctx, reply) =>
        inlinePdf(reply, await housingDecisionPdf(ctx, params.id, params.kind)),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/housing-allowances/report',
      permission: 'housingAllowances.read',
      replica: true,
      summary:
        'The housing allowances for months from–to (strategy report): households, months and amounts granted, and the dodatek energetyczny',
      tags: ['housingAllowances'],
      query: HousingReportQuery,
      response: HousingAllowanceReport,
      handler: ({ query }, ctx) => service.report(ctx, query.from, query.to),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/average-wage-notices',
      permission: 'authenticated',
      summary:
        'The notices of the Prezes GUS on the average wage (dodatek mieszkaniowy, art. 3 ust. 3 udm), newest publication first, corrections with what they supersede',
      tags: ['housingAllowances'],
      query: AverageWageNoticeQuery,
      response: AverageWageNoticePage,
      handler: ({ query }, ctx) => service.listNotices(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/average-wage-notices',
      permission: 'legalParameters.manage',
      summary:
        'Enter a notice of the Prezes GUS for a quarter, or a correction superseding the live one (never edited); 409 naming quarter when one is live',
      tags: ['housingAllowances'],
      body: AverageWageNoticeInput,
      status: 201,
      response: AverageWageNotice,
      handler: ({ body }, ctx) => service.addNotice(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/calculators/housing-allowance/average-wage',
      permission: 'public',
      summary:
        'The average wage in force on a day for the dodatek mieszkaniowy (the notice of the Prezes GUS) and the quarters whose notices are not yet entered; 400 naming date when none is in force',
      tags: ['housingAllowances'],
      query: AverageWageOnQuery,
      transaction: false,
      response: WageNoticeUsed,
      handler: ({ query }, ctx) => service.noticeOn(ctx, query.date),
    }),
  ];
}
