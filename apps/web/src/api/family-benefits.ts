import type {
  CreateFamilyBenefitApplication,
  DecideFamilyBenefit,
  FamilyBenefitApplication,
  FamilyBenefitApplicationPage,
  FamilyBenefitReport,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import type { ChangeFamilyBenefit, FamilyBenefitChangeAnswer } from '@ostoja/domain/family-benefits/change';
import type { FamilyBenefitDeadlines, RecordForwarding } from '@ostoja/domain/family-benefits/clerk';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { claimApi } from './claims.ts';
import { api, withQuery } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiFamilyBenefits);

const BASE = '/api/v1/family-benefits/applications';

// Family benefits' API, typed by the schemas the server runs: the claim's calls and the attachments.
export const familyBenefitsApi = {
  ...claimApi<
    FamilyBenefitApplication,
    FamilyBenefitApplicationPage,
    CreateFamilyBenefitApplication,
    DecideFamilyBenefit
  >(BASE),
  provideAttachments: (id: string, body: ProvideAttachments) =>
    api.post<FamilyBenefitApplication>(`${BASE}/${id}/attachments`, body),
  /** The call to complete (wezwanie) as PDF, opened in a new tab; the read is logged by the server. */
  callToCompleteUrl: (id: string) => `${BASE}/${id}/call-to-complete/pdf`,
  recordForwarding: (id: string, body: RecordForwarding) =>
    api.post<FamilyBenefitApplication>(`${BASE}/${id}/forwarding`, body),
  change: (id: string, body: ChangeFamilyBenefit) =>
    api.post<FamilyBenefitChangeAnswer>(`${BASE}/${id}/change`, body),
  /** A decision's letter (the grant, a change, a revocation) as PDF. */
  decisionPdfUrl: (decisionId: string) => `/api/v1/family-benefits/decisions/${decisionId}/pdf`,
  completionDeadlines: (signal?: AbortSignal) =>
    api.get<FamilyBenefitDeadlines>('/api/v1/family-benefits/completion-deadlines', signal),
  report: (query: { from: string; to: string }, signal?: AbortSignal) =>
    api.get<FamilyBenefitReport>(withQuery('/api/v1/family-benefits/report', query), signal),
};
