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
import { uiServices } from '../i18n/ui-services.ts';
import { uiShelters } from '../i18n/ui-shelters.ts';
import { byId, type In, type PageQuery, pageOf, postTo } from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens; the fee resolution's
// bands are the care services' fieldset, so its strings come too.
registerMessages(uiShelters, shelters, uiServices);

// Shelter referrals' API (art. 48a ups), typed by the schemas the server runs.
export const sheltersApi = {
  shelters: pageOf<ShelterPage>('/api/v1/shelters'),
  addShelter: postTo<Shelter, In<typeof ShelterInput>>('/api/v1/shelters'),
  resolutions: pageOf<ShelterFeeResolutionPage>('/api/v1/shelters/fee-resolutions'),
  addResolution: postTo<ShelterFeeResolution, In<typeof ShelterFeeResolutionInput>>(
    '/api/v1/shelters/fee-resolutions',
  ),
  referrals: pageOf<ShelterReferralPage, PageQuery & { personId?: string | undefined }>(
    '/api/v1/shelter-referrals',
  ),
  referral: byId<ShelterReferral>('/api/v1/shelter-referrals'),
  refer: postTo<ShelterReferral, In<typeof CreateShelterReferral>>('/api/v1/shelter-referrals'),
};
