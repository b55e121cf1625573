import {
  BookRepayment,
  Debtor,
  DebtorNotice,
  DebtorNoticePage,
  DebtorPage,
  DebtorQuery,
  NoticeQuery,
  RecordNotice,
  RegisterDebtor,
  StatementQuery,
} from '@ostoja/domain/alimony-fund/debtor';
import {
  DebtorDeadlines,
  DebtorProceeding,
  RecordDebtorStep,
} from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { PdfFile } from '@ostoja/domain/shared/file';
import { z } from 'zod';
import { inlinePdf } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './debtor-service.ts';
import * as proceedings from './proceedings-service.ts';

// Alimony debtors (uFA art. 5, 8, 27–28): the register, the debt with its interest, repayments
// and the notices between gminas. Reading needs `alimonyDebtors.read` (the clerk, the auditor).
const BASE = '/api/v1/alimony-fund';
const tags = ['alimonyFund'];
const StepParams = z.object({ id: z.uuid(), stepId: z.uuid() });

export function alimonyDebtorRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${BASE}/debtors`,
      permission: 'alimonyDebtors.read',
      summary: 'The register of alimony debtors, newest first, with what the fund has paid for each (logged)',
      tags,
      query: DebtorQuery,
      response: DebtorPage,
      handler: ({ query }, ctx) => service.list(ctx, query.after, query.limit, query.applicationId),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/debtors`,
      permission: 'alimonyDebtors.manage',
      summary:
        "Enter a granted application's debtor in the register (linked to an existing entry with the same PESEL); a debtor living in another gmina gets that gmina's notice",
      tags,
      body: RegisterDebtor,
      status: 201,
      response: Debtor,
      handler: ({ body }, ctx) => service.register(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/debtors/:id`,
      permission: 'alimonyDebtors.read',
      summary:
        'A debtor with the debt on a day (?on=, today by default): each benefit paid with its statutory interest, the repayments booked and their split (logged)',
      tags,
      params: IdParams,
      query: StatementQuery,
      response: Debtor,
      handler: ({ params, query }, ctx) => service.get(ctx, params.id, query.on),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/debtors/:id/repayments`,
      permission: 'alimonyDebtors.manage',
      summary:
        'Book a sum received from the bailiff, the tax office or the debtor: interest first, then the oldest benefits; answers the debt on that day',
      tags,
      params: IdParams,
      body: BookRepayment,
      status: 201,
      response: Debtor,
      handler: ({ params, body }, ctx) => service.bookRepayment(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/debtors/:id/notices`,
      permission: 'alimonyDebtors.manage',
      summary: "Enter a notice sent to or received from the other gmina's organ in the register",
      tags,
      params: IdParams,
      body: RecordNotice,
      status: 201,
      response: DebtorNotice,
      handler: ({ params, body }, ctx) => service.recordNotice(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/notices`,
      permission: 'alimonyDebtors.read',
      summary: 'The register of notices between gminas, newest first',
      tags,
      query: NoticeQuery,
      response: DebtorNoticePage,
      handler: ({ query }, ctx) => service.notices(ctx, query.after, query.limit),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/notices/:id/pdf`,
      permission: 'alimonyDebtors.read',
      summary: 'An outgoing notice as the letter the other gmina gets (PDF)',
      tags,
      params: IdParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) => inlinePdf(reply, await service.noticePdf(ctx, params.id)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/debtors/:id/proceeding`,
      permission: 'alimonyDebtors.read',
      summary:
        'The proceedings towards a debtor living in the gmina (art. 5): the steps with their documents, the state, the steps allowed today and the grounds for the evading decision',
      tags,
      params: IdParams,
      response: DebtorProceeding,
      handler: ({ params }, ctx) => proceedings.get(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: `${BASE}/debtors/:id/proceeding/steps`,
      permission: 'alimonyDebtors.manage',
      summary:
        'Record a step (interview and property statement, job-centre obligation, evading decision, driving licence, prosecutor, credit bureau); 409 when the state does not allow it',
      tags,
      params: IdParams,
      body: RecordDebtorStep,
      status: 201,
      response: DebtorProceeding,
      handler: ({ params, body }, ctx) => proceedings.record(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/debtors/:id/proceeding/steps/:stepId/pdf`,
      permission: 'alimonyDebtors.read',
      summary: "A step's document (protocol, obligation, decision, request, notice) as PDF",
      tags,
      params: StepParams,
      response: PdfFile,
      handler: async ({ params }, ctx, reply) =>
        inlinePdf(reply, await proceedings.stepPdf(ctx, params.id, params.stepId)),
    }),
    defineRoute({
      method: 'GET',
      url: `${BASE}/debtor-deadlines`,
      permission: 'alimonyDebtors.manage',
      summary: "The clerk's home page: the debtors' job-centre deadlines still open, nearest first",
      tags,
      response: DebtorDeadlines,
      handler: (_req, ctx) => proceedings.deadlines(ctx),
    }),
  ];
}
