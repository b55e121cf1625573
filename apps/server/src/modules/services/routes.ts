import {
  CareCandidatePage,
  CareService,
  CareServicePage,
  CareServiceQuery,
  CreateCareService,
} from '@ostoja/domain/services/care-service';
import { FeeTable, FeeTableInput, FeeTableList } from '@ostoja/domain/services/fee-table';
import { pageQuery } from '@ostoja/domain/shared/list';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './service.ts';

export function servicesRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/services/fee-tables',
      // A resolution is local law, published: any staff member may read it (the administrator adds them).
      permission: 'authenticated',
      summary: 'Fee tables of services (council resolutions, the regulation), newest in force first',
      query: pageQuery(100, 50),
      response: FeeTableList,
      handler: ({ query }, ctx) => service.listTables(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/services/fee-tables/:id',
      permission: 'authenticated',
      summary: 'A fee table with the number of decisions computed with it',
      params: IdParams,
      response: FeeTable,
      handler: ({ params }, ctx) => service.getTable(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/services/fee-tables',
      permission: 'serviceFees.manage',
      summary: 'Add a resolution’s fee table (bands without gaps); tables are never edited',
      body: FeeTableInput,
      status: 201,
      response: FeeTable,
      handler: ({ body }, ctx) => service.addTable(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-services',
      permission: 'careService.read',
      summary: 'Care-service decisions, newest first (logged)',
      query: CareServiceQuery,
      response: CareServicePage,
      handler: ({ query }, ctx) => service.listCareServices(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-services/candidates',
      permission: 'careService.decide',
      summary: 'Applications with a home visit and no care-service decision yet, newest visit first (logged)',
      query: CareServiceQuery,
      response: CareCandidatePage,
      handler: ({ query }, ctx) => service.candidates(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-services/:id',
      permission: 'careService.read',
      summary: 'A care-service decision with its fee table and calculation (logged)',
      params: IdParams,
      response: CareService,
      handler: ({ params }, ctx) => service.getCareService(ctx, params.id),
    }),
    pdfRoute({
      url: '/api/v1/care-services/:id/pdf',
      permission: 'careService.read',
      summary: 'The care-service decision letter as PDF (logged)',
      document: service.careServiceDocument,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-services',
      permission: 'careService.decide',
      summary:
        'Decide care services on an application with a home visit; the fee per hour from the table in force',
      body: CreateCareService,
      status: 201,
      response: CareService,
      handler: ({ body }, ctx) => service.decideCareService(ctx, body),
    }),
  ];
}
