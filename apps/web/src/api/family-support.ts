import type {
  AssignAssistant,
  AssistantLoads,
  Caseload,
  CourtOpinionInput,
  EndAssistance,
  FamilyAssistance,
  FamilyAssistancePage,
  FamilyAssistanceQuery,
  PlanItemInput,
  RecordConsent,
  ReferFamily,
  VisitInput,
} from '@ostoja/domain/family-support/assistance';
import type {
  ChargeNote,
  ChargeNoteInput,
  CreateFosterChild,
  FosterCareYear,
  FosterChild,
  FosterChildPage,
  ImportChargeNotes,
} from '@ostoja/domain/family-support/foster-care';
import { registerMessages } from '@ostoja/domain/i18n/index';
import { uiFamilySupport } from '../i18n/ui-family-support.ts';
import { api, byId, type In, pageOf, postOn, type Query, withQuery } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiFamilySupport);

// Family support's API, typed by the schemas the server runs.
export const fosterCareApi = {
  children: pageOf<FosterChildPage, { after?: string | undefined; limit: number }>(
    '/api/v1/foster-care/children',
  ),
  child: byId<FosterChild>('/api/v1/foster-care/children'),
  create: (body: In<typeof CreateFosterChild>) => api.post<FosterChild>('/api/v1/foster-care/children', body),
  addNote: postOn<ChargeNote, typeof ChargeNoteInput>('/api/v1/foster-care/children', 'notes'),
  importNotes: (body: In<typeof ImportChargeNotes>) =>
    api.post<{ imported: number; discrepancies: number }>('/api/v1/foster-care/notes/import', body),
  year: (year: number, signal?: AbortSignal) =>
    api.get<FosterCareYear>(`/api/v1/foster-care/years/${year}`, signal),
};

export const caseloadApi = {
  get: (signal?: AbortSignal) => api.get<Caseload>('/api/v1/caseload', signal),
};

export const assistanceApi = {
  assistants: (signal?: AbortSignal) => api.get<AssistantLoads>('/api/v1/family-assistants', signal),
  list: (query: In<typeof FamilyAssistanceQuery>, signal?: AbortSignal) =>
    api.get<FamilyAssistancePage>(withQuery('/api/v1/family-assistance', query as Query), signal),
  get: byId<FamilyAssistance>('/api/v1/family-assistance'),
  refer: (body: In<typeof ReferFamily>) => api.post<FamilyAssistance>('/api/v1/family-assistance', body),
  assign: postOn<FamilyAssistance, typeof AssignAssistant>('/api/v1/family-assistance', 'assign'),
  consent: postOn<FamilyAssistance, typeof RecordConsent>('/api/v1/family-assistance', 'consent'),
  addPlanItem: postOn<FamilyAssistance, typeof PlanItemInput>('/api/v1/family-assistance', 'plan'),
  addVisit: postOn<FamilyAssistance, typeof VisitInput>('/api/v1/family-assistance', 'visits'),
  end: postOn<FamilyAssistance, typeof EndAssistance>('/api/v1/family-assistance', 'end'),
  /** The court opinion is a PDF: fetched as a blob and opened in a new tab. */
  async courtOpinion(id: string, body: In<typeof CourtOpinionInput>): Promise<Blob> {
    const res = await fetch(`/api/v1/family-assistance/${id}/court-opinion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/pdf' },
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    if (!res.ok) return Promise.reject(new Error(String(res.status)));
    return res.blob();
  },
};
