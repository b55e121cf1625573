import { dps } from '@ostoja/domain/i18n/dps';
import { registerMessages } from '@ostoja/domain/i18n/index';
import type {
  CreateDpsReferral,
  DpsCandidatePage,
  DpsCostReport,
  DpsDocumentInput,
  DpsFeeInput,
  DpsHome,
  DpsHomeCostInput,
  DpsHomeInput,
  DpsHomePage,
  DpsReferral,
  DpsReferralPage,
  DpsWaitingList,
} from '@ostoja/domain/services/dps';
import { uiDps } from '../i18n/ui-dps.ts';
import { uiDpsHomes } from '../i18n/ui-dps-homes.ts';
import { api, type Query, withQuery } from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens.
registerMessages(uiDps, uiDpsHomes, dps);

const BASE = '/api/v1/dps';
type PageQuery = { after?: string | undefined; limit: number };

// The DPS module's API, typed by the schemas the server runs.
export const dpsApi = {
  homes: (signal?: AbortSignal) => api.get<DpsHomePage>(withQuery(`${BASE}/homes`, { limit: 200 }), signal),
  addHome: (body: DpsHomeInput) => api.post<DpsHome>(`${BASE}/homes`, body),
  addCost: (id: string, body: DpsHomeCostInput) => api.post<DpsHome>(`${BASE}/homes/${id}/costs`, body),
  referrals: (query: PageQuery, signal?: AbortSignal) =>
    api.get<DpsReferralPage>(withQuery(`${BASE}/referrals`, query as Query), signal),
  waitingList: (query: PageQuery, signal?: AbortSignal) =>
    api.get<DpsWaitingList>(withQuery(`${BASE}/waiting-list`, query as Query), signal),
  candidates: (signal?: AbortSignal) =>
    api.get<DpsCandidatePage>(withQuery(`${BASE}/candidates`, { limit: 200 }), signal),
  monthlyCost: (month: string, signal?: AbortSignal) =>
    api.get<DpsCostReport>(withQuery(`${BASE}/monthly-cost`, { month }), signal),
  referral: (id: string, signal?: AbortSignal) => api.get<DpsReferral>(`${BASE}/referrals/${id}`, signal),
  create: (body: CreateDpsReferral) => api.post<DpsReferral>(`${BASE}/referrals`, body),
  addDocument: (id: string, body: DpsDocumentInput) =>
    api.post<DpsReferral>(`${BASE}/referrals/${id}/documents`, body),
  documentUrl: (id: string, documentId: string) => `${BASE}/referrals/${id}/documents/${documentId}`,
  decisionPdfUrl: (id: string, which: 'referral-decision' | 'fee-decision') =>
    `${BASE}/referrals/${id}/${which}/pdf`,
  refer: (id: string, body: { decidedOn: string }) =>
    api.post<DpsReferral>(`${BASE}/referrals/${id}/referral-decision`, body),
  setFee: (id: string, body: DpsFeeInput) =>
    api.post<DpsReferral>(`${BASE}/referrals/${id}/fee-decision`, body),
  admit: (id: string, body: { admittedOn: string }) =>
    api.post<DpsReferral>(`${BASE}/referrals/${id}/admission`, body),
};
