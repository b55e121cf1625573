import {
  DecideMealAid,
  MealAid,
  MealAidPage,
  MealList,
  MealListInput,
  MealListParams,
  MealProvider,
  MealProviderInput,
  MealProviderPage,
  MealsQuery,
  MealsReport,
  MealsReportQuery,
} from '@ostoja/domain/services/meals';
import { PdfFile } from '@ostoja/domain/shared/file';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { inlinePdf, pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, type RouteDef } from '../../http/route.ts';
import { mealsReportPdf } from './meals-pdf.ts';
import * as service from './meals-service.ts';

// "Posiłek w szkole i w domu": read with the care services' read permission, decided and listed
// by those who decide services.
export function mealsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/providers',
      permission: 'careService.read',
      summary: 'Schools, canteens and caterers serving the programme’s meals, by name',
      query: MealsQuery,
      response: MealProviderPage,
      handler: ({ query }, ctx) => service.listProviders(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/meals-programme/providers',
      permission: 'careService.decide',
      summary: 'Add a school, canteen or caterer',
      body: MealProviderInput,
      status: 201,
      response: MealProvider,
      handler: ({ body }, ctx) => service.addProvider(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/providers/:id/lists/:month',
      permission: 'careService.read',
      summary:
        'A provider’s list of a month: persons, meals, cost from the invoice and the exception cap (logged)',
      params: MealListParams,
      response: MealList,
      handler: ({ params }, ctx) => service.getList(ctx, params.id, params.month),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/meals-programme/providers/:id/lists/:month',
      permission: 'careService.decide',
      summary:
        'Save a provider’s list of a month; pupils without a decision only as the headteacher’s exception, within 20 % of the children fed the month before',
      params: MealListParams,
      body: MealListInput,
      response: MealList,
      handler: ({ params, body }, ctx) => service.saveList(ctx, params.id, params.month, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/decisions',
      permission: 'careService.read',
      summary: 'Decisions under the programme, newest first (logged)',
      query: MealsQuery,
      response: MealAidPage,
      handler: ({ query }, ctx) => service.listAid(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/decisions/:id',
      permission: 'careService.read',
      summary: 'A decision under the programme with its income test (logged)',
      params: z.object({ id: z.uuid() }),
      response: MealAid,
      handler: ({ params }, ctx) => service.getAid(ctx, params.id),
    }),
    pdfRoute({
      url: '/api/v1/meals-programme/decisions/:id/pdf',
      permission: 'careService.read',
      summary: 'The decision under the programme as PDF, with its income test (logged)',
      document: service.aidDocument,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/meals-programme/decisions',
      permission: 'careService.decide',
      summary:
        'Decide a meal, a zasiłek celowy for food or food in kind; the income within the programme’s criterion',
      body: DecideMealAid,
      status: 201,
      response: MealAid,
      handler: ({ body }, ctx) => service.decideAid(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/report',
      permission: 'careService.read',
      summary: 'The programme’s yearly report for the voivode: persons, meals and cost by form of help',
      query: MealsReportQuery,
      response: MealsReport,
      handler: ({ query }, ctx) => service.yearReport(ctx, query.year),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/meals-programme/report/pdf',
      permission: 'careService.read',
      summary: 'The programme’s yearly report as PDF',
      query: MealsReportQuery,
      response: PdfFile,
      handler: async ({ query }, ctx, reply) => {
        const report = await service.yearReport(ctx as StaffContext, query.year);
        return inlinePdf(reply, {
          pdf: await mealsReportPdf(report),
          filename: `posilek-${query.year}.pdf`,
        });
      },
    }),
  ];
}
