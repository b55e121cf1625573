import { registerMessages } from '@ostoja/domain/i18n/index';
import type { BrokenContractPage } from '@ostoja/domain/social-work/art11';
import type {
  AddContract,
  AddNote,
  AddPlanItem,
  AddTask,
  Art11Draft,
  CaseFile,
  CaseFileListQuery,
  CaseFilePage,
  CaseNote,
  CaseNotePage,
  CaseTask,
  CloseCaseFile,
  ContractActionInput,
  MyCaseTasks,
  NoteSearchQuery,
  OpenCaseFile,
  SocialContract,
} from '@ostoja/domain/social-work/case-file';
import { uiSocialWork } from '../i18n/ui-social-work.ts';
import { api, byId, type In, type Query, withQuery } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiSocialWork);

// The social-work API, typed by the schemas the server runs.
export const socialWorkApi = {
  /** For the clerk: the broken contracts of the person's household (art. 11 ust. 2 ups). */
  brokenContracts: (personId: string, signal?: AbortSignal) =>
    api.get<BrokenContractPage>(`/api/v1/persons/${personId}/broken-contracts`, signal),
  caseFiles: (query: In<typeof CaseFileListQuery>, signal?: AbortSignal) =>
    api.get<CaseFilePage>(withQuery('/api/v1/case-files', query as Query), signal),
  caseFile: byId<CaseFile>('/api/v1/case-files'),
  open: (body: In<typeof OpenCaseFile>) => api.post<CaseFile>('/api/v1/case-files', body),
  close: (id: string, body: In<typeof CloseCaseFile>) =>
    api.post<CaseFile>(`/api/v1/case-files/${id}/closure`, body),
  addPlanItem: (id: string, body: In<typeof AddPlanItem>) =>
    api.post<CaseFile>(`/api/v1/case-files/${id}/plan-items`, body),
  notes: (id: string, query: In<typeof NoteSearchQuery>, signal?: AbortSignal) =>
    api.get<CaseNotePage>(withQuery(`/api/v1/case-files/${id}/notes`, query as Query), signal),
  addNote: (id: string, body: In<typeof AddNote>) =>
    api.post<CaseNote>(`/api/v1/case-files/${id}/notes`, body),
  addTask: (id: string, body: In<typeof AddTask>) =>
    api.post<CaseTask>(`/api/v1/case-files/${id}/tasks`, body),
  completeTask: (id: string, on: string) => api.post<CaseTask>(`/api/v1/case-tasks/${id}/done`, { on }),
  myTasks: (signal?: AbortSignal) => api.get<MyCaseTasks>('/api/v1/my-case-tasks', signal),
  addContract: (id: string, body: In<typeof AddContract>) =>
    api.post<SocialContract>(`/api/v1/case-files/${id}/contracts`, body),
  contractAction: (id: string, body: In<typeof ContractActionInput>) =>
    api.post<SocialContract>(`/api/v1/social-contracts/${id}/actions`, body),
  art11: (id: string, signal?: AbortSignal) =>
    api.get<Art11Draft>(`/api/v1/social-contracts/${id}/art11`, signal),
  contractPdfUrl: (id: string) => `/api/v1/social-contracts/${id}/pdf`,
};
