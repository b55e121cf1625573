import {
  Bill,
  BillPage,
  BillQuery,
  CreateProviderInvoice,
  IssueBills,
  IssuedBills,
  ProviderInvoice,
  RecordBillPayment,
} from '@ostoja/domain/services/bills';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './bills-service.ts';

// Monthly bills for care services (issue 16 item 4).
export function billsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-bills',
      permission: 'careBills.manage',
      summary: 'Bill a month: for each client the hours delivered × the hourly fee of the decision',
      body: IssueBills,
      status: 201,
      response: IssuedBills,
      handler: ({ body }, ctx) => service.issueBills(ctx, body.month),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-bills',
      permission: 'careService.read',
      summary: 'The register of a month’s bills: due, paid, balance and each client’s arrears (logged)',
      query: BillQuery,
      response: BillPage,
      handler: ({ query }, ctx) => service.register(ctx, query.month, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/care-bills/:id',
      permission: 'careService.read',
      summary: 'A bill with its payments (logged)',
      params: IdParams,
      response: Bill,
      handler: ({ params }, ctx) => service.getBill(ctx, params.id),
    }),
    pdfRoute({
      url: '/api/v1/care-bills/:id/pdf',
      permission: 'careService.read',
      summary: 'The bill as PDF (logged)',
      document: service.billDocument,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-bills/:id/payments',
      permission: 'careBills.manage',
      summary: 'Record a payment on a bill, in cash or by transfer',
      params: IdParams,
      body: RecordBillPayment,
      response: Bill,
      handler: ({ params, body }, ctx) => service.recordPayment(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/care-bills/provider-invoices',
      permission: 'careBills.manage',
      summary: 'Enter a provider’s invoice and check it against the hours its carers delivered',
      body: CreateProviderInvoice,
      status: 201,
      response: ProviderInvoice,
      handler: ({ body }, ctx) => service.addInvoice(ctx, body),
    }),
  ];
}
