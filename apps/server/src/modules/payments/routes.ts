import {
  AccountingTotals,
  CashReport,
  DeathImport,
  FlagPage,
  Ledger,
  ListWithItems,
  OpenedRun,
  PaymentItem,
  PaymentList,
  Receivable,
  ReceivablePage,
  Run,
  RunAdvance,
  RunPage,
  Schedule,
} from '@ostoja/domain/payments/responses';
import {
  AccountingQuery,
  BankReturn,
  CashPayout,
  ChangePayee,
  CloseCashDay,
  CreateReceivable,
  ExportList,
  ImportDeaths,
  ListFlags,
  MarkPaid,
  month,
  OpenRun,
  Repayment,
  ResolveFlag,
  ResolveReturn,
  Resume,
  Waiver,
} from '@ostoja/domain/payments/schemas';
import { FileBody } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { isoDate } from '@ostoja/domain/shared/validation';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { disposition, sendFile } from '../../http/file-reply.ts';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as accounting from './accounting.ts';
import * as cashDesk from './cash-desk.ts';
import * as deaths from './deaths.ts';
import * as payouts from './payouts.ts';
import { receivableLetter } from './receivable-letter.ts';
import * as receivables from './receivables.ts';
import * as runs from './runs.ts';
import * as schedules from './service.ts';

const DecisionParams = z.object({ decisionId: z.uuid() });

function file(
  reply: FastifyReply,
  f: { body: Buffer; filename: string; contentType: string },
  inline = false,
) {
  const kind = inline ? 'inline' : 'attachment';
  return sendFile(reply, f.body, f.contentType, disposition(kind, f.filename), 'no-store');
}
const pdf = (reply: FastifyReply, d: { pdf: Buffer; filename: string }) =>
  file(reply, { body: d.pdf, filename: d.filename, contentType: 'application/pdf' }, true);

export function paymentsRoutes(): RouteDef[] {
  return [
    // Schedules
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-schedules/:decisionId',
      permission: 'payments.read',
      response: Schedule,
      summary: 'The payment schedule of a decision: months, amounts, payee, status; its suspensions',
      params: DecisionParams,
      handler: ({ params }, ctx) => schedules.getSchedule(ctx, params.decisionId),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-schedules/:decisionId/resumptions',
      permission: 'payments.manage',
      response: Schedule,
      summary: 'Resume payment from a month; the months in between stay unpaid',
      params: DecisionParams,
      body: Resume,
      handler: ({ params, body }, ctx) => schedules.resume(ctx, params.decisionId, body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/v1/payment-schedules/:decisionId/payee',
      permission: 'payments.manage',
      response: Schedule,
      summary: 'From a month on: payment method, account (IBAN checked) and recipient',
      params: DecisionParams,
      body: ChangePayee,
      handler: ({ params, body }, ctx) => schedules.changePayee(ctx, params.decisionId, body),
    }),
    // Runs
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-runs',
      permission: 'payments.manage',
      response: OpenedRun,
      summary:
        'Open the payment run of a month (frozen snapshot of the due schedule), or get the month’s open run (created: false)',
      body: OpenRun,
      async handler({ body }, ctx) {
        const r = await runs.openRun(ctx, body.month);
        return { ...r.run, created: r.created };
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-runs',
      permission: 'payments.read',
      response: RunPage,
      summary: 'Payment runs, newest month first',
      query: z.object({ month: month.optional() }),
      handler: ({ query }, ctx) => runs.listRuns(ctx, query.month ?? null),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-runs/:id',
      permission: 'payments.read',
      response: Run,
      summary: 'A run: status, build progress (done/total), totals, lists per day and method, flag counts',
      params: IdParams,
      handler: ({ params }, ctx) => runs.getRun(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-runs/:id/advance',
      permission: 'payments.manage',
      response: RunAdvance,
      summary:
        'Build the next batch of a run being built; answers with the progress (poll it for a progress bar)',
      params: IdParams,
      handler: ({ params }, ctx) => runs.advance(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-runs/:id/flags',
      permission: 'payments.read',
      response: FlagPage,
      summary: 'Flags to resolve before approval: deceased recipient, shared account, changed amount',
      params: IdParams,
      query: ListFlags,
      handler: ({ params, query }, ctx) =>
        runs.listFlags(ctx, params.id, { kind: query.kind, unresolved: query.unresolved === 'true' }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-flags/:id/resolution',
      permission: 'payments.manage',
      response: Run,
      summary: 'Accept a flagged item or exclude it from the run (it returns to the schedule)',
      params: IdParams,
      body: ResolveFlag,
      handler: ({ params, body }, ctx) => runs.resolveFlag(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-runs/:id/approval',
      permission: 'payments.manage',
      response: Run,
      summary: 'Approve the run for payment (every flag resolved)',
      params: IdParams,
      handler: ({ params }, ctx) => runs.approve(ctx, params.id),
    }),
    // Lists and items
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-lists/:id',
      permission: 'payments.read',
      response: ListWithItems,
      summary: 'A payment list with its items (keyset pagination)',
      params: IdParams,
      query: pageQuery(500, 100),
      handler: ({ params, query }, ctx) => payouts.getList(ctx, params.id, query.after, query.limit),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-lists/:id/exports',
      permission: 'payments.manage',
      response: FileBody,
      summary:
        'The bank file of an approved transfer list: Elixir-0 (Windows-1250) or pain.001.001.03 (UTF-8)',
      params: IdParams,
      body: ExportList,
      async handler({ params, body }, ctx, reply) {
        return file(reply, await payouts.exportList(ctx, params.id, body.format));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-lists/:id/paid',
      permission: 'payments.manage',
      response: PaymentList,
      summary: 'Record that the bank executed an exported transfer list',
      params: IdParams,
      body: MarkPaid,
      handler: ({ params, body }, ctx) => payouts.markListPaid(ctx, params.id, body.paidOn),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-items/:id',
      permission: 'payments.read',
      response: PaymentItem,
      summary: 'One payment item',
      params: IdParams,
      handler: ({ params }, ctx) => payouts.getItem(ctx, params.id),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-items/:id/bank-return',
      permission: 'payments.manage',
      response: PaymentItem,
      summary: 'The bank returned a paid transfer',
      params: IdParams,
      body: BankReturn,
      handler: ({ params, body }, ctx) => payouts.bankReturn(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-items/:id/return-resolution',
      permission: 'payments.manage',
      response: PaymentItem,
      summary: 'Pay a returned transfer again (later run) or cancel it as not due',
      params: IdParams,
      body: ResolveReturn,
      handler: ({ params, body }, ctx) => payouts.resolveReturn(ctx, params.id, body),
    }),
    // Cash desk
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-items/:id/cash-payout',
      permission: 'cashDesk.operate',
      response: PaymentItem,
      summary: 'Pay out an item of an approved cash list against an identity document',
      params: IdParams,
      body: CashPayout,
      handler: ({ params, body }, ctx) => cashDesk.payOut(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/payment-items/:id/receipt',
      permission: 'cashDesk.operate',
      response: FileBody,
      summary: 'The cash receipt (dowód wypłaty KW) as PDF',
      params: IdParams,
      async handler({ params }, ctx, reply) {
        return pdf(reply, await cashDesk.receipt(ctx, params.id));
      },
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/cash-desk/days',
      permission: 'cashDesk.operate',
      response: CashReport,
      summary:
        'Close a cash-desk day: its cash report; uncollected items past their deadline return to the schedule',
      body: CloseCashDay,
      status: 201,
      handler: ({ body }, ctx) => cashDesk.closeDay(ctx, body.date),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/cash-desk/days/:day/report',
      permission: 'payments.read',
      response: FileBody,
      summary: 'The cash report of a closed day as PDF',
      params: z.object({ day: isoDate }),
      async handler({ params }, ctx, reply) {
        return pdf(reply, await cashDesk.reportPdf(ctx, params.day));
      },
    }),
    // Death register
    defineRoute({
      method: 'POST',
      url: '/api/v1/death-register/imports',
      permission: 'payments.manage',
      response: DeathImport,
      summary: 'Import dates of death by PESEL (lines "PESEL;YYYY-MM-DD"); flags items of runs in review',
      body: ImportDeaths,
      status: 201,
      handler: ({ body }, ctx) => deaths.importDeaths(ctx, body.lines),
    }),
    // Receivables and the ledger
    defineRoute({
      method: 'POST',
      url: '/api/v1/receivables',
      permission: 'receivables.manage',
      response: Receivable,
      summary:
        'Establish a receivable by decision (art. 104 ust. 3): amount, due date, instalments, deduction',
      body: CreateReceivable,
      status: 201,
      handler: ({ body }, ctx) => receivables.createReceivable(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/receivables',
      permission: 'payments.read',
      transaction: false,
      response: ReceivablePage,
      summary: 'Receivables, newest decision first (keyset pagination): all, open ones, or one person’s',
      query: z
        .object({
          open: z.enum(['true', 'false']).optional(),
          personId: z.uuid().optional(),
        })
        .extend(pageQuery(200, 50).shape),
      handler: ({ query }, ctx) =>
        receivables.listReceivables(ctx, {
          open: query.open === 'true',
          personId: query.personId ?? null,
          after: query.after,
          limit: query.limit,
        }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/receivables/:id',
      permission: 'payments.read',
      response: Receivable,
      summary: 'A receivable: plan, outstanding, overdue, reserved deductions and history',
      params: IdParams,
      handler: ({ params }, ctx) => receivables.getReceivable(ctx, params.id),
    }),
    pdfRoute({
      url: '/api/v1/receivables/:id/pdf',
      permission: 'payments.read',
      summary:
        'The decision establishing a receivable as PDF: amount, months, due date or instalments (logged)',
      document: receivableLetter,
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/receivables/:id/repayments',
      permission: 'receivables.manage',
      response: Receivable,
      summary: 'Record a repayment (bank or cash desk)',
      params: IdParams,
      body: Repayment,
      handler: ({ params, body }, ctx) => receivables.repay(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/receivables/:id/waivers',
      permission: 'receivables.manage',
      response: Receivable,
      summary: 'Waive a receivable in part or in whole by decision (art. 104 ust. 4)',
      params: IdParams,
      body: Waiver,
      handler: ({ params, body }, ctx) => receivables.waive(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/persons/:id/ledger',
      permission: 'payments.read',
      response: Ledger,
      summary:
        'A person’s ledger: transactions, balances per account (always balanced), receivables, payments',
      params: IdParams,
      handler: ({ params }, ctx) => receivables.personLedger(ctx, params.id),
    }),
    // Accounting
    defineRoute({
      method: 'GET',
      url: '/api/v1/accounting/payments',
      permission: 'payments.read',
      response: AccountingTotals.or(FileBody),
      summary: 'Monthly totals per benefit with budget classification: JSON, CSV or XLSX',
      query: AccountingQuery,
      async handler({ query }, ctx, reply) {
        const totals = await accounting.monthTotals(ctx, query.month);
        if (query.format === 'json') return totals;
        const name = `wyplaty-${query.month}`;
        return query.format === 'csv'
          ? file(reply, {
              body: accounting.toCsv(totals),
              filename: `${name}.csv`,
              contentType: 'text/csv; charset=utf-8',
            })
          : file(reply, {
              body: await accounting.toXlsx(totals),
              filename: `${name}.xlsx`,
              contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            });
      },
    }),
  ];
}
