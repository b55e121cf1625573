import { registerMessages } from '@ostoja/domain/i18n/index';
import { shelters } from '@ostoja/domain/i18n/shelters';
import type {
  CreateShelterReferral,
  Shelter,
  ShelterFeeResolution,
  ShelterFeeResolutionInput,
  ShelterFeeResolutionPage,
  ShelterInput,
  ShelterPage,
  ShelterReferral,
  ShelterReferralPage,
} from '@ostoja/domain/shelters/shelter';
import { uiShelters } from '../i18n/ui-shelters.ts';
import { api, byId, type In, type PageQuery, pageOf } from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens.
registerMessages(uiShelters, shelters);

// Shelter referrals' API (art. 48a ups), typed by the schemas the server runs.
export const sheltersApi = {
  shelters: pageOf<ShelterPage>('/api/v1/shelters'),
  addShelter: (body: In<typeof ShelterInput>) => api.post<Shelter>('/api/v1/shelters', body),
  resolutions: pageOf<ShelterFeeResolutionPage>('/api/v1/shelters/fee-resolutions'),
  addResolution: (body: In<typeof ShelterFeeResolutionInput>) =>
    api.post<ShelterFeeResolution>('/api/v1/shelters/fee-resolutions', body),
  referrals: pageOf<ShelterReferralPage, PageQuery & { personId?: string | undefined }>(
    '/api/v1/shelter-referrals',
  ),
  referral: byId<ShelterReferral>('/api/v1/shelter-referrals'),
  refer: (body: In<typeof CreateShelterReferral>) =>
    api.post<ShelterReferral>('/api/v1/shelter-referrals', body),
};
