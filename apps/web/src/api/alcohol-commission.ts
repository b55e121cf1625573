import type {
  AddMeeting,
  AddMember,
  AddTraining,
  Meeting,
  MeetingPage,
  Member,
  MemberList,
  PayList,
} from '@ostoja/domain/alcohol-commission/commission';
import type { LinkedProceedings } from '@ostoja/domain/alcohol-commission/linked';
import type {
  AddInspection,
  AddPermitOpinion,
  AddPermitRules,
  AddSellerTraining,
  AddShop,
  PermitOpinionPage,
  PermitRules,
  PermitRulesList,
  Shop,
  ShopList,
} from '@ostoja/domain/alcohol-commission/permits';
import type {
  AddGroup,
  AddGroupSession,
  Group,
  GroupList,
  PointYear,
} from '@ostoja/domain/alcohol-commission/point';
import type {
  DeadlineList,
  OpenProceeding,
  Proceeding,
  ProceedingEventInput,
  ProceedingListQuery,
  ProceedingNotice,
  ProceedingPage,
} from '@ostoja/domain/alcohol-commission/proceeding';
import type {
  AddProgramme,
  AddSpending,
  G1Answers,
  Programme,
  ProgrammeReport,
} from '@ostoja/domain/alcohol-commission/programme';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiAlcoholCommission } from '../i18n/ui-alcohol-commission.ts';
import { uiAlcoholProgramme } from '../i18n/ui-alcohol-programme.ts';
import { api, type In, type Query, withQuery } from './client.ts';

// This module's screen strings load with its screens (and the home page's deadlines).
registerMessages(uiAlcoholCommission);
registerMessages(uiAlcoholProgramme);

// The alcohol commission's API, typed by the schemas the server runs.
const BASE = '/api/v1/alcohol-commission';
const POINT = '/api/v1/consultation-point';

export const alcoholCommissionApi = {
  /** The Niebieska Karta team's view of the proceedings linked to its procedure (404 outside it). */
  linkedToBlueCard: (procedureId: string, signal?: AbortSignal) =>
    api.get<LinkedProceedings>(`/api/v1/blue-cards/${procedureId}/alcohol-proceedings`, signal),
  members: (signal?: AbortSignal) => api.get<MemberList>(`${BASE}/members`, signal),
  addMember: (body: AddMember) => api.post<Member>(`${BASE}/members`, body),
  addTraining: (id: string, body: AddTraining) => api.post<Member>(`${BASE}/members/${id}/trainings`, body),
  meetings: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<MeetingPage>(withQuery(`${BASE}/meetings`, query as Query), signal),
  meeting: (id: string, signal?: AbortSignal) => api.get<Meeting>(`${BASE}/meetings/${id}`, signal),
  addMeeting: (body: AddMeeting) => api.post<Meeting>(`${BASE}/meetings`, body),
  minutesUrl: (id: string) => `${BASE}/meetings/${id}/minutes`,
  payList: (month: string, signal?: AbortSignal) =>
    api.get<PayList>(withQuery(`${BASE}/pay-list`, { month }), signal),
  payListPdfUrl: (month: string) => `${BASE}/pay-list/pdf?month=${month}`,
  proceedings: (query: In<typeof ProceedingListQuery>, signal?: AbortSignal) =>
    api.get<ProceedingPage>(withQuery(`${BASE}/proceedings`, query as Query), signal),
  proceeding: (id: string, signal?: AbortSignal) => api.get<Proceeding>(`${BASE}/proceedings/${id}`, signal),
  open: (body: OpenProceeding) => api.post<Proceeding>(`${BASE}/proceedings`, body),
  addEvent: (id: string, body: ProceedingEventInput) =>
    api.post<Proceeding>(`${BASE}/proceedings/${id}/events`, body),
  letterUrl: (id: string, eventId: string) => `${BASE}/proceedings/${id}/events/${eventId}/letter`,
  attachmentUrl: (id: string, eventId: string) => `${BASE}/proceedings/${id}/events/${eventId}/attachment`,
  share: (id: string, shared: boolean) => api.post<Proceeding>(`${BASE}/proceedings/${id}/share`, { shared }),
  /** For the centre's workers: a proceeding shared by the commission exists (404: nothing to show). */
  notice: (personId: string, signal?: AbortSignal) =>
    api.get<ProceedingNotice>(`/api/v1/persons/${personId}/alcohol-proceeding`, signal),
  programme: (year: number, signal?: AbortSignal) => api.get<Programme>(`${BASE}/programmes/${year}`, signal),
  addProgramme: (body: AddProgramme) => api.post<Programme>(`${BASE}/programmes`, body),
  addSpending: (year: number, body: AddSpending) =>
    api.post<Programme>(`${BASE}/programmes/${year}/spending`, body),
  programmeReport: (year: number, signal?: AbortSignal) =>
    api.get<ProgrammeReport>(`${BASE}/programmes/${year}/report`, signal),
  saveG1: (year: number, body: G1Answers) =>
    api.put<ProgrammeReport>(`${BASE}/programmes/${year}/report/g1`, body),
  programmeXlsxUrl: (year: number) => `${BASE}/programmes/${year}/report/xlsx`,
  deadlines: (signal?: AbortSignal) => api.get<DeadlineList>(`${BASE}/deadlines`, signal),
  permitRules: (signal?: AbortSignal) => api.get<PermitRulesList>(`${BASE}/permit-rules`, signal),
  addPermitRules: (body: AddPermitRules) => api.post<PermitRules>(`${BASE}/permit-rules`, body),
  shops: (query: { after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<ShopList>(withQuery(`${BASE}/shops`, query as Query), signal),
  shop: (id: string, signal?: AbortSignal) => api.get<Shop>(`${BASE}/shops/${id}`, signal),
  addShop: (body: AddShop) => api.post<Shop>(`${BASE}/shops`, body),
  addOpinion: (id: string, body: AddPermitOpinion) => api.post<Shop>(`${BASE}/shops/${id}/opinions`, body),
  addInspection: (id: string, body: AddInspection) => api.post<Shop>(`${BASE}/shops/${id}/inspections`, body),
  addSellerTraining: (id: string, body: AddSellerTraining) =>
    api.post<Shop>(`${BASE}/shops/${id}/trainings`, body),
  protocolUrl: (id: string) => `${BASE}/inspections/${id}/protocol`,
  opinions: (query: { year: number; after?: string | undefined; limit: number }, signal?: AbortSignal) =>
    api.get<PermitOpinionPage>(withQuery(`${BASE}/permit-opinions`, query as Query), signal),
  groups: (year: number, signal?: AbortSignal) =>
    api.get<GroupList>(withQuery(`${POINT}/groups`, { year: String(year) }), signal),
  addGroup: (body: AddGroup) => api.post<Group>(`${POINT}/groups`, body),
  addGroupSession: (id: string, body: AddGroupSession) =>
    api.post<Group>(`${POINT}/groups/${id}/sessions`, body),
  pointYear: (year: number, signal?: AbortSignal) =>
    api.get<PointYear>(withQuery(`${POINT}/year`, { year: String(year) }), signal),
};
