import type {
  CreateFamilyBenefitApplication,
  DecideFamilyBenefit,
  FamilyBenefitApplication,
  FamilyBenefitApplicationPage,
  ProvideAttachments,
} from '@ostoja/domain/family-benefits/application';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFamilyBenefits } from '../i18n/ui-family-benefits.ts';
import { claimApi } from './claims.ts';
import { api } from './client.ts';

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
};
