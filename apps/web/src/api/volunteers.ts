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
import { api, byId, type In, pageOf } from './client.ts';

// The volunteers API, typed by the schemas the server runs.
export const volunteersApi = {
  signUp: (body: In<typeof VolunteerSignUp>) => api.post<SignUpReceived>('/api/v1/volunteers/sign-up', body),
  list: pageOf<
    VolunteerPage,
    { status?: VolunteerStatus | undefined; after?: string | undefined; limit?: number }
  >('/api/v1/volunteers'),
  volunteer: byId<VolunteerWithAgreements>('/api/v1/volunteers'),
  review: (id: string, body: In<typeof ReviewInput>) =>
    api.post<VolunteerWithAgreements>(`/api/v1/volunteers/${id}/review`, body),
  erase: (id: string) => api.delete<Ok>(`/api/v1/volunteers/${id}`),
  conclude: (id: string, body: In<typeof AgreementInput>) =>
    api.post<Agreement>(`/api/v1/volunteers/${id}/agreements`, body),
  agreementPdfUrl: (id: string) => `/api/v1/volunteer-agreements/${id}/pdf`,
};
