import type { Ok } from '@ostoja/domain/shared/response';
import type {
  Agreement,
  AgreementInput,
  ReviewInput,
  SignUpReceived,
  VolunteerPage,
  VolunteerSignUp,
  VolunteerStatus,
  VolunteerWithAgreements,
} from '@ostoja/domain/volunteers/volunteer';
import { api, byId, type In, pageOf, postOn } from './client.ts';

// The volunteers API, typed by the schemas the server runs.
export const volunteersApi = {
  signUp: (body: In<typeof VolunteerSignUp>) => api.post<SignUpReceived>('/api/v1/volunteers/sign-up', body),
  list: pageOf<
    VolunteerPage,
    { status?: VolunteerStatus | undefined; after?: string | undefined; limit?: number }
  >('/api/v1/volunteers'),
  volunteer: byId<VolunteerWithAgreements>('/api/v1/volunteers'),
  review: postOn<VolunteerWithAgreements, typeof ReviewInput>('/api/v1/volunteers', 'review'),
  erase: (id: string) => api.delete<Ok>(`/api/v1/volunteers/${id}`),
  conclude: postOn<Agreement, typeof AgreementInput>('/api/v1/volunteers', 'agreements'),
  agreementPdfUrl: (id: string) => `/api/v1/volunteer-agreements/${id}/pdf`,
};
