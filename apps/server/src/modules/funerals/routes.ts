import {
  CreateFuneral,
  Funeral,
  FuneralCostLimit,
  FuneralCostLimitInput,
  FuneralCostLimitPage,
  FuneralHome,
  FuneralHomeInput,
  FuneralHomePage,
  FuneralInvoiceInput,
  FuneralPage,
  FuneralPageQuery,
  FuneralQuery,
  FuneralRecoveryInput,
} from '@ostoja/domain/funerals/funeral';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import { funeralOrderPdf } from './pdf.ts';
import * as service from './service.ts';

export function funeralsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/v1/funeral-homes',
      // The gmina's contracts, no personal data: the administrator's screen of limits shows them too.
      permission: 'authenticated',
      summary: 'The funeral homes the gmina has contracts with, by name',
      query: FuneralPageQuery,
      response: FuneralHomePage,
      handler: ({ query }, ctx) => service.listHomes(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/funeral-homes',
      permission: 'funerals.recover',
      summary: 'Add a contracted funeral home',
      body: FuneralHomeInput,
      status: 201,
      response: FuneralHome,
      handler: ({ body }, ctx) => service.addHome(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/funeral-cost-limits',
      // A resolution is local law, published: every staff member may read it.
      permission: 'authenticated',
      summary: 'The council’s limits of a funeral’s cost (art. 44 ups), newest in force first',
      query: FuneralPageQuery,
      response: FuneralCostLimitPage,
      handler: ({ query }, ctx) => service.listLimits(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/funeral-cost-limits',
      permission: 'serviceFees.manage',
      summary: 'Add the council’s funeral cost limit valid from a date; limits are never edited',
      body: FuneralCostLimitInput,
      status: 201,
      response: FuneralCostLimit,
      handler: ({ body }, ctx) => service.addLimit(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/funerals',
      permission: 'funerals.read',
      summary: 'Funerals the centre arranged, newest first, with their recovery (logged)',
      query: FuneralQuery,
      response: FuneralPage,
      handler: ({ query }, ctx) => service.listFunerals(ctx, query),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/funerals/:id',
      permission: 'funerals.read',
      summary: 'A funeral with its cost, invoice and recovery (logged)',
      params: IdParams,
      response: Funeral,
      handler: ({ params }, ctx) => service.getFuneral(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/funerals',
      permission: 'funerals.arrange',
      summary:
        'Arrange a funeral through a contracted funeral home (art. 44 ups), within the limit in force or with a reason',
      body: CreateFuneral,
      status: 201,
      response: Funeral,
      handler: ({ body }, ctx) => service.arrange(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/funerals/:id/invoice',
      permission: 'funerals.recover',
      summary: 'Record the funeral home’s invoice; its amount becomes the cost',
      params: IdParams,
      body: FuneralInvoiceInput,
      response: Funeral,
      handler: ({ params, body }, ctx) => service.recordInvoice(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/funerals/:id/recoveries',
      permission: 'funerals.recover',
      summary: 'Record a demand or a payment recovering the cost (art. 96 ust. 3 ups)',
      params: IdParams,
      body: FuneralRecoveryInput,
      status: 201,
      response: Funeral,
      handler: ({ params, body }, ctx) => service.addRecovery(ctx, params.id, body),
    }),
    pdfRoute({
      url: '/api/v1/funerals/:id/pdf',
      permission: 'funerals.read',
      summary: 'The order to the funeral home as PDF (logged)',
      document: funeralOrderPdf,
    }),
  ];
}
