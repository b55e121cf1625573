import type {
  CreateFamilyBenefitApplication,
  DecideFamilyBenefit,
  FamilyBenefitApplication,
  FamilyBenefitApplicationPage,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { api, type Query, withQuery } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiFamilyBenefits);

const BASE = '/api/v1/family-benefits/applications';

// Family benefits' API, typed by the schemas the server runs.
export const familyBenefitsApi = {
  list: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<FamilyBenefitApplicationPage>(withQuery(BASE, query as Query), signal),
  get: (id: string, signal?: AbortSignal) => api.get<FamilyBenefitApplication>(`${BASE}/${id}`, signal),
  create: (body: CreateFamilyBenefitApplication) => api.post<FamilyBenefitApplication>(BASE, body),
  provideAttachments: (id: string, body: ProvideAttachments) =>
    api.post<FamilyBenefitApplication>(`${BASE}/${id}/attachments`, body),
  decide: (id: string, body: DecideFamilyBenefit) =>
    api.post<FamilyBenefitApplication>(`${BASE}/${id}/decision`, body),
};
