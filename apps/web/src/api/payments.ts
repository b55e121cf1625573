import type {
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
import type {
  BankReturn,
  CashPayout,
  ChangePayee,
  CloseCashDay,
  CreateReceivable,
  ImportDeaths,
  MarkPaid,
  OpenRun,
  Repayment,
  ResolveFlag,
  ResolveReturn,
  Resume,
  Suspend,
  Waiver,
} from '@ostoja/domain/payments/schemas';
import type { z } from 'zod';
import { api, byId, type In, pageOf, type Query, withQuery } from './client.ts';

// The payments API, typed by the schemas the server runs: requests as the schemas take them
// (z.input), answers as the response schemas send them (their wire form). Files (bank files,
// receipts, cash reports, accounting CSV/XLSX) are links, not calls.
type Out<S extends z.ZodType> = z.input<S>;

export type {
  AccountingTotals,
  CashReport,
  DeathImport,
  Flag,
  Ledger,
  ListWithItems,
  PaymentItem,
  PaymentList,
  Progress,
  Receivable,
  ReceivableSummary,
  Run,
  RunSummary,
  Schedule,
} from '@ostoja/domain/payments/responses';

const schedule = (decisionId: string) => `/api/v1/payment-schedules/${decisionId}`;

export const paymentsApi = {
  schedule: (decisionId: string, signal?: AbortSignal) =>
    api.get<Out<typeof Schedule>>(schedule(decisionId), signal),
  suspend: (decisionId: string, body: In<typeof Suspend>) =>
    api.post<Out<typeof Schedule>>(`${schedule(decisionId)}/suspensions`, body),
  resume: (decisionId: string, body: In<typeof Resume>) =>
    api.post<Out<typeof Schedule>>(`${schedule(decisionId)}/resumptions`, body),
  changePayee: (decisionId: string, body: In<typeof ChangePayee>) =>
    api.put<Out<typeof Schedule>>(`${schedule(decisionId)}/payee`, body),
  runs: pageOf<Out<typeof RunPage>, { month?: string }>('/api/v1/payment-runs'),
  openRun: (body: In<typeof OpenRun>) => api.post<Out<typeof OpenedRun>>('/api/v1/payment-runs', body),
  run: byId<Out<typeof Run>>('/api/v1/payment-runs'),
  advance: (id: string) => api.post<Out<typeof RunAdvance>>(`/api/v1/payment-runs/${id}/advance`, {}),
  flags: (id: string, query: { kind?: string; unresolved?: 'true' | 'false' }, signal?: AbortSignal) =>
    api.get<Out<typeof FlagPage>>(withQuery(`/api/v1/payment-runs/${id}/flags`, query as Query), signal),
  resolveFlag: (flagId: string, body: In<typeof ResolveFlag>) =>
    api.post<Out<typeof Run>>(`/api/v1/payment-flags/${flagId}/resolution`, body),
  approve: (id: string) => api.post<Out<typeof Run>>(`/api/v1/payment-runs/${id}/approval`, {}),
  list: (id: string, query: { after?: string | undefined; limit?: number }, signal?: AbortSignal) =>
    api.get<Out<typeof ListWithItems>>(withQuery(`/api/v1/payment-lists/${id}`, query as Query), signal),
  markPaid: (id: string, body: In<typeof MarkPaid>) =>
    api.post<Out<typeof PaymentList>>(`/api/v1/payment-lists/${id}/paid`, body),
  item: byId<Out<typeof PaymentItem>>('/api/v1/payment-items'),
  bankReturn: (id: string, body: In<typeof BankReturn>) =>
    api.post<Out<typeof PaymentItem>>(`/api/v1/payment-items/${id}/bank-return`, body),
  resolveReturn: (id: string, body: In<typeof ResolveReturn>) =>
    api.post<Out<typeof PaymentItem>>(`/api/v1/payment-items/${id}/return-resolution`, body),
  cashPayout: (id: string, body: In<typeof CashPayout>) =>
    api.post<Out<typeof PaymentItem>>(`/api/v1/payment-items/${id}/cash-payout`, body),
  closeCashDay: (body: In<typeof CloseCashDay>) =>
    api.post<Out<typeof CashReport>>('/api/v1/cash-desk/days', body),
  importDeaths: (body: In<typeof ImportDeaths>) =>
    api.post<Out<typeof DeathImport>>('/api/v1/death-register/imports', body),
  receivables: pageOf<
    Out<typeof ReceivablePage>,
    {
      open?: 'true' | 'false' | undefined;
      personId?: string;
      after?: string | undefined;
      limit?: number;
    }
  >('/api/v1/receivables'),
  receivable: byId<Out<typeof Receivable>>('/api/v1/receivables'),
  createReceivable: (body: In<typeof CreateReceivable>) =>
    api.post<Out<typeof Receivable>>('/api/v1/receivables', body),
  repay: (id: string, body: In<typeof Repayment>) =>
    api.post<Out<typeof Receivable>>(`/api/v1/receivables/${id}/repayments`, body),
  waive: (id: string, body: In<typeof Waiver>) =>
    api.post<Out<typeof Receivable>>(`/api/v1/receivables/${id}/waivers`, body),
  ledger: (personId: string, signal?: AbortSignal) =>
    api.get<Out<typeof Ledger>>(`/api/v1/persons/${personId}/ledger`, signal),
  accounting: (month: string, signal?: AbortSignal) =>
    api.get<Out<typeof AccountingTotals>>(
      withQuery('/api/v1/accounting/payments', { month, format: 'json' }),
      signal,
    ),
};
