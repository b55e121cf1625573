import type {
  AddCrisisContact,
  AddCrisisPlanItem,
  AddCrisisStay,
  CloseCrisisCase,
  CrisisCase,
  CrisisCasePage,
  CrisisLeads,
  CrisisPlaces,
  OpenCrisisCase,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import { crisisIntervention } from '@ostoja/domain/i18n/crisis-intervention';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiCrisisIntervention } from '../i18n/ui-crisis-intervention.ts';
import { api, type In, postOn, type Query, withQuery } from './client.ts';

// This module's strings load with its screens.
registerMessages(uiCrisisIntervention, crisisIntervention);

// Crisis intervention cases (art. 47 ups), typed by the schemas the server runs.
export const crisisApi = {
  list: (
    query: {
      after?: string | undefined;
      limit: number;
      personId?: string | undefined;
      state?: 'open' | 'closed' | undefined;
    },
    signal?: AbortSignal,
  ) => api.get<CrisisCasePage>(withQuery('/api/v1/crisis-cases', query as Query), signal),
  one: (id: string, signal?: AbortSignal) => api.get<CrisisCase>(`/api/v1/crisis-cases/${id}`, signal),
  open: (body: In<typeof OpenCrisisCase>) => api.post<CrisisCase>('/api/v1/crisis-cases', body),
  contact: postOn<CrisisCase, typeof AddCrisisContact>('/api/v1/crisis-cases', 'contacts'),
  plan: postOn<CrisisCase, typeof AddCrisisPlanItem>('/api/v1/crisis-cases', 'plan'),
  stay: postOn<CrisisCase, typeof AddCrisisStay>('/api/v1/crisis-cases', 'stays'),
  close: postOn<CrisisCase, typeof CloseCrisisCase>('/api/v1/crisis-cases', 'close'),
  leads: (signal?: AbortSignal) => api.get<CrisisLeads>('/api/v1/crisis-leads', signal),
  places: (signal?: AbortSignal) => api.get<CrisisPlaces>('/api/v1/crisis-places', signal),
};
