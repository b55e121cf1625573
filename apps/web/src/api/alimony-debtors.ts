import type {
  BookRepayment,
  Debtor,
  DebtorNotice,
  DebtorNoticePage,
  DebtorPage,
  RecordNotice,
  RegisterDebtor,
} from '@ostoja/domain/alimony-fund/debtor';
import type {
  DebtorDeadlines,
  DebtorProceeding,
  RecordDebtorStep,
} from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlimonyDebtors } from '../i18n/ui-alimony-debtors.ts';
import { uiAlimonyFund } from '../i18n/ui-alimony-fund.ts';
import { api, getAt, type PageQuery, pageOf, postTo, withQuery } from './client.ts';

registerMessages(uiAlimonyFund, uiAlimonyDebtors);

const BASE = '/api/v1/alimony-fund';

// The debtor register's API (debts, repayments, notices between gminas), typed by the server's schemas.
export const alimonyDebtorsApi = {
  list: pageOf<DebtorPage, PageQuery & { applicationId?: string }>(`${BASE}/debtors`),
  get: (id: string, on: string | undefined, signal?: AbortSignal) =>
    api.get<Debtor>(withQuery(`${BASE}/debtors/${id}`, { on }), signal),
  register: postTo<Debtor, RegisterDebtor>(`${BASE}/debtors`),
  bookRepayment: (id: string, body: BookRepayment) =>
    api.post<Debtor>(`${BASE}/debtors/${id}/repayments`, body),
  recordNotice: (id: string, body: RecordNotice) =>
    api.post<DebtorNotice>(`${BASE}/debtors/${id}/notices`, body),
  notices: pageOf<DebtorNoticePage>(`${BASE}/notices`),
  noticePdfUrl: (id: string) => `${BASE}/notices/${id}/pdf`,
  proceeding: (id: string, signal?: AbortSignal) =>
    api.get<DebtorProceeding>(`${BASE}/debtors/${id}/proceeding`, signal),
  recordStep: (id: string, body: RecordDebtorStep) =>
    api.post<DebtorProceeding>(`${BASE}/debtors/${id}/proceeding/steps`, body),
  stepPdfUrl: (id: string, stepId: string) => `${BASE}/debtors/${id}/proceeding/steps/${stepId}/pdf`,
  deadlines: getAt<DebtorDeadlines>(`${BASE}/debtor-deadlines`),
};
