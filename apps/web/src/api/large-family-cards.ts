import type {
  CreateLargeFamilyCardApplication,
  ExpiringCardsPage,
  ExtendLargeFamilyCard,
  LargeFamilyCard,
  LargeFamilyCardApplication,
  LargeFamilyCardApplicationPage,
  RequestElectronicCard,
} from '@ostoja/domain/family-benefits/large-family-card-api';
import type { OnlineKdrDetail, OnlineKdrPage } from '@ostoja/domain/family-benefits/large-family-card-online';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiLargeFamilyCards } from '../i18n/ui-large-family-cards.ts';
import { api, withQuery } from './client.ts';

registerMessages(uiLargeFamilyCards);

const BASE = '/api/v1/large-family-cards';

// The Karta Dużej Rodziny's API, typed by the schemas the server runs.
export const largeFamilyCardsApi = {
  list: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<LargeFamilyCardApplicationPage>(withQuery(`${BASE}/applications`, query), signal),
  get: (id: string, signal?: AbortSignal) =>
    api.get<LargeFamilyCardApplication>(`${BASE}/applications/${id}`, signal),
  create: (body: CreateLargeFamilyCardApplication) =>
    api.post<LargeFamilyCardApplication>(`${BASE}/applications`, body),
  requestElectronic: (id: string, body: RequestElectronicCard) =>
    api.post<LargeFamilyCard>(`${BASE}/cards/${id}/electronic`, body),
  extend: (id: string, body: ExtendLargeFamilyCard) =>
    api.post<LargeFamilyCard>(`${BASE}/cards/${id}/extension`, body),
  /** The applications filed on the portal, newest first. */
  online: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<OnlineKdrPage>(withQuery(`${BASE}/online-applications`, query), signal),
  onlineOne: (id: string, signal?: AbortSignal) =>
    api.get<OnlineKdrDetail>(`${BASE}/online-applications/${id}`, signal),
  /** The cards ending next month (the server's calendar). */
  expiring: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<ExpiringCardsPage>(withQuery(`${BASE}/expiring`, query), signal),
};
