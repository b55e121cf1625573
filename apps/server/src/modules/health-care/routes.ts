import {
  CreateHealthCareDecision,
  HealthCareDecision,
  HealthCareDecisionPage,
  HealthCareDecisionQuery,
} from '@ostoja/domain/health-care/decision';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { healthCareDecisionPdf } from './decision-pdf.ts';
import * as service from './service.ts';

export function healthCareRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/health-care-decisions',
      permission: 'healthCare.read',
      summary:
        'Decisions on the right to health care (art. 54 of the health-care act), newest first; `current`: rights in force (logged)',
      query: HealthCareDecisionQuery,
      response: HealthCareDecisionPage,
      handler: ({ query }, ctx) => service.listDecisions(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/health-care-decisions/:id',
      permission: 'healthCare.read',
      summary: 'A health-care decision with its income test and period (logged)',
      params: IdParams,
      response: HealthCareDecision,
      handler: ({ params }, ctx) => service.getDecision(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/health-care-decisions',
      permission: 'healthCare.decide',
      summary:
        'Decide on the right to health care for 90 days: the art. 8 ups income test on the application’s home visit',
      body: CreateHealthCareDecision,
      status: 201,
      response: HealthCareDecision,
      handler: ({ body }, ctx) => service.decide(ctx, body),
    }),
    pdfRoute({
      url: '/api/v1/health-care-decisions/:id/pdf',
      permission: 'healthCare.read',
      summary: 'The health-care decision as PDF (logged)',
      document: healthCareDecisionPdf,
    }),
  ];
}
