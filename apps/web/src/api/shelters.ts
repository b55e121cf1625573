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
import type { z } from 'zod';
import { uiShelters } from '../i18n/ui-shelters.ts';
import { api, type Query, withQuery } from './client.ts';

// This module's strings (screens and the fee's steps) load with its screens.
registerMessages(uiShelters, shelters);

// Shelter referrals' API (art. 48a ups), typed by the schemas the server runs.
type In<S extends z.ZodType> = z.input<S>;
type PageQuery = { after?: string | undefined; limit: number };

export const sheltersApi = {
  shelters: (query: PageQuery, signal?: AbortSignal) =>
    api.get<ShelterPage>(withQuery('/api/v1/shelters', query as Query), signal),
  addShelter: (body: In<typeof ShelterInput>) => api.post<Shelter>('/api/v1/shelters', body),
  resolutions: (query: PageQuery, signal?: AbortSignal) =>
    api.get<ShelterFeeResolutionPage>(withQuery('/api/v1/shelters/fee-resolutions', query as Query), signal),
  addResolution: (body: In<typeof ShelterFeeResolutionInput>) =>
    api.post<ShelterFeeResolution>('/api/v1/shelters/fee-resolutions', body),
  referrals: (query: PageQuery & { personId?: string | undefined }, signal?: AbortSignal) =>
    api.get<ShelterReferralPage>(withQuery('/api/v1/shelter-referrals', query as Query), signal),
  referral: (id: string, signal?: AbortSignal) =>
    api.get<ShelterReferral>(`/api/v1/shelter-referrals/${id}`, signal),
  refer: (body: In<typeof CreateShelterReferral>) =>
    api.post<ShelterReferral>('/api/v1/shelter-referrals', body),
};
