import type {
  DistributionImportResult,
  FoodAidYear,
  PartnerPage,
  Referral,
  ReferralInput,
  ReferralPage,
} from '@ostoja/domain/food-aid/referral';
import { registerMessages } from '@ostoja/domain/i18n/index';
import type {
  IndicatorReport,
  Participant,
  ParticipantInput,
  ParticipantPage,
  Programme,
  ProgrammePage,
} from '@ostoja/domain/programs/programme';
import { uiPrograms } from '../i18n/ui-programs.ts';
import { api, byId, type In, type PageQuery, pageOf, postOn, type Query, withQuery } from './client.ts';

// This module's strings load with its screens.
registerMessages(uiPrograms);

// Projects and programmes, and FEPŻ food aid: the API typed by the schemas the server runs.
export const programsApi = {
  list: pageOf<ProgrammePage>('/api/v1/programmes'),
  one: byId<Programme>('/api/v1/programmes'),
  participants: (id: string, query: PageQuery, signal?: AbortSignal) =>
    api.get<ParticipantPage>(withQuery(`/api/v1/programmes/${id}/participants`, query as Query), signal),
  addParticipant: postOn<Participant, typeof ParticipantInput>('/api/v1/programmes', 'participants'),
  report: (id: string, signal?: AbortSignal) =>
    api.get<IndicatorReport>(`/api/v1/programmes/${id}/indicator-report`, signal),
  reportPdfUrl: (id: string) => `/api/v1/programmes/${id}/indicator-report/pdf`,
  ofPerson: (personId: string, signal?: AbortSignal) =>
    api.get<ParticipantPage>(`/api/v1/persons/${personId}/programmes`, signal),
};

export const foodAidApi = {
  partners: pageOf<PartnerPage>('/api/v1/food-aid/partners'),
  referrals: pageOf<ReferralPage, PageQuery & { month: string }>('/api/v1/food-aid/referrals'),
  refer: (body: In<typeof ReferralInput>) => api.post<Referral>('/api/v1/food-aid/referrals', body),
  monthListUrl: (partnerId: string, month: string) =>
    withQuery('/api/v1/food-aid/month-list', { partnerId, month }),
  importDistribution: (partnerId: string, body: { month: string; csv: string }) =>
    api.post<DistributionImportResult>(`/api/v1/food-aid/partners/${partnerId}/distributions`, body),
  year: (year: number, signal?: AbortSignal) =>
    api.get<FoodAidYear>(withQuery('/api/v1/food-aid/year', { year: String(year) }), signal),
};
