import type { BlueCardParametersInput } from '@ostoja/domain/blue-card/deadlines';
import type {
  AddParticipant,
  ChangeDiagnosticGroup,
  CompleteSuspect,
  FormDiagnosticGroup,
  HandOverFormB,
  OpenBlueCard,
  TransferToChair,
} from '@ostoja/domain/blue-card/procedure';
import type {
  AccessLog,
  BlueCardDashboard,
  BlueCardDeadlineList,
  BlueCardParameterPeriods,
  BlueCardRegister,
  BlueCardStatisticsAnswer,
  Procedure,
  ProcedurePage,
  ProcedureSearch,
} from '@ostoja/domain/blue-card/responses';
import type {
  CloseProcedure,
  EndMonitoring,
  FillForm,
  RecordMeeting,
  Refer,
  ScheduleMeeting,
} from '@ostoja/domain/blue-card/steps';
import type { InterdisciplinaryTeam, TeamInput } from '@ostoja/domain/blue-card/team';
import type { BlueCardStatus } from '@ostoja/domain/blue-card/workflow';
import { api, type In, type Query, withQuery } from './client.ts';

// The Niebieska Karta API, typed by the schemas the server runs: requests as the schemas take
// them (z.input), answers as the response schemas send them.

const BASE = '/api/v1/blue-cards';

/** Every step of a procedure: its URL under the procedure and its request body; each answers the procedure. */
export interface BlueCardSteps {
  participants: In<typeof AddParticipant>;
  'form-b': In<typeof HandOverFormB>;
  transfer: In<typeof TransferToChair>;
  'diagnostic-group': In<typeof FormDiagnosticGroup>;
  'diagnostic-group-change': In<typeof ChangeDiagnosticGroup>;
  meetings: In<typeof ScheduleMeeting>;
  forms: In<typeof FillForm>;
  referrals: In<typeof Refer>;
  closure: In<typeof CloseProcedure>;
  'monitoring-end': In<typeof EndMonitoring>;
}
export type BlueCardStep = keyof BlueCardSteps;

export const blueCardApi = {
  list: (
    query: { status?: BlueCardStatus | undefined; year?: number; after?: string | undefined; limit?: number },
    signal?: AbortSignal,
  ) => api.get<ProcedurePage>(withQuery(BASE, query as Query), signal),
  search: (q: string, signal?: AbortSignal) =>
    api.get<ProcedureSearch>(withQuery(`${BASE}/search`, { q }), signal),
  register: (year: number, signal?: AbortSignal) =>
    api.get<BlueCardRegister>(withQuery(`${BASE}/register`, { year }), signal),
  registerCsvUrl: (year: number) => withQuery(`${BASE}/register/export`, { year }),
  deadlines: (signal?: AbortSignal) => api.get<BlueCardDeadlineList>(`${BASE}/deadlines`, signal),
  dashboard: (signal?: AbortSignal) => api.get<BlueCardDashboard>(`${BASE}/dashboard`, signal),
  statistics: (year: number, signal?: AbortSignal) =>
    api.get<BlueCardStatisticsAnswer>(withQuery(`${BASE}/statistics`, { year }), signal),
  procedure: (id: string, signal?: AbortSignal) => api.get<Procedure>(`${BASE}/${id}`, signal),
  accessLog: (id: string, signal?: AbortSignal) => api.get<AccessLog>(`${BASE}/${id}/access-log`, signal),
  open: (body: In<typeof OpenBlueCard>) => api.post<Procedure>(BASE, body),
  step: <K extends BlueCardStep>(id: string, step: K, body: BlueCardSteps[K]) =>
    api.post<Procedure>(`${BASE}/${id}/${step}`, body),
  recordMeeting: (id: string, meetingId: string, body: In<typeof RecordMeeting>) =>
    api.post<Procedure>(`${BASE}/${id}/meetings/${meetingId}/record`, body),
  completeSuspect: (id: string, suspectId: string, body: In<typeof CompleteSuspect>) =>
    api.post<Procedure>(`${BASE}/${id}/suspects/${suspectId}/completion`, body),
  formPdfUrl: (id: string, formId: string, recipientPersonId?: string) =>
    withQuery(`${BASE}/${id}/forms/${formId}/pdf`, { recipientPersonId }),
  minutesPdfUrl: (id: string, meetingId: string, recipientPersonId?: string) =>
    withQuery(`${BASE}/${id}/meetings/${meetingId}/minutes/pdf`, { recipientPersonId }),
  invitationPdfUrl: (id: string, meetingId: string, inviteeId: string) =>
    `${BASE}/${id}/meetings/${meetingId}/invitations/${inviteeId}/pdf`,
  team: (signal?: AbortSignal) => api.get<InterdisciplinaryTeam>('/api/v1/interdisciplinary-team', signal),
  setTeam: (body: In<typeof TeamInput>) =>
    api.put<InterdisciplinaryTeam>('/api/v1/interdisciplinary-team', body),
  parameters: (signal?: AbortSignal) =>
    api.get<BlueCardParameterPeriods>('/api/v1/blue-card-parameters', signal),
  addParameters: (body: In<typeof BlueCardParametersInput>) =>
    api.post<BlueCardParameterPeriods>('/api/v1/blue-card-parameters', body),
};
