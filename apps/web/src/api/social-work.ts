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
import { api, byId, getAt, type In, pageOf, pageUnder, postOn, postTo } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiSocialWork);

// The social-work API, typed by the schemas the server runs.
export const socialWorkApi = {
  /** For the clerk: the broken contracts of the person's household (art. 11 ust. 2 ups). */
  brokenContracts: (personId: string, signal?: AbortSignal) =>
    api.get<BrokenContractPage>(`/api/v1/persons/${personId}/broken-contracts`, signal),
  caseFiles: pageOf<CaseFilePage, In<typeof CaseFileListQuery>>('/api/v1/case-files'),
  caseFile: byId<CaseFile>('/api/v1/case-files'),
  open: postTo<CaseFile, In<typeof OpenCaseFile>>('/api/v1/case-files'),
  close: postOn<CaseFile, typeof CloseCaseFile>('/api/v1/case-files', 'closure'),
  addPlanItem: postOn<CaseFile, typeof AddPlanItem>('/api/v1/case-files', 'plan-items'),
  notes: pageUnder<CaseNotePage, In<typeof NoteSearchQuery>>('/api/v1/case-files', 'notes'),
  addNote: postOn<CaseNote, typeof AddNote>('/api/v1/case-files', 'notes'),
  addTask: postOn<CaseTask, typeof AddTask>('/api/v1/case-files', 'tasks'),
  completeTask: (id: string, on: string) => api.post<CaseTask>(`/api/v1/case-tasks/${id}/done`, { on }),
  myTasks: getAt<MyCaseTasks>('/api/v1/my-case-tasks'),
  addContract: postOn<SocialContract, typeof AddContract>('/api/v1/case-files', 'contracts'),
  contractAction: postOn<SocialContract, typeof ContractActionInput>('/api/v1/social-contracts', 'actions'),
  art11: (id: string, signal?: AbortSignal) =>
    api.get<Art11Draft>(`/api/v1/social-contracts/${id}/art11`, signal),
  contractPdfUrl: (id: string) => `/api/v1/social-contracts/${id}/pdf`,
};
