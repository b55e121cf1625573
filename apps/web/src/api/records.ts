import { registerMessages } from '@ostoja/domain/i18n/index';
import type {
  CreateProtocol,
  DestructionProtocol,
  DestructionProtocolPage,
  DueRecordPage,
  RetentionRule,
  RetentionRulePage,
  SignProtocol,
  UpdateRetentionRule,
} from '@ostoja/domain/records/records';
import type { RecordKind } from '@ostoja/domain/records/retention';
import { uiRecords } from '../i18n/ui-records.ts';
import { api, type In, withQuery } from './client.ts';

// This module's screen strings load with its screens, not with the portal's first page.
registerMessages(uiRecords);

// Records management's API (retention, destruction protocols), typed by the server's schemas.
export const recordsApi = {
  rules: (signal?: AbortSignal) => api.get<RetentionRulePage>('/api/v1/records/retention-rules', signal),
  updateRule: (kind: RecordKind, body: In<typeof UpdateRetentionRule>) =>
    api.put<RetentionRule>(`/api/v1/records/retention-rules/${kind}`, body),
  due: (month: string, after: string | undefined, signal?: AbortSignal) =>
    api.get<DueRecordPage>(withQuery('/api/v1/records/due', { month, after, limit: 100 }), signal),
  protocols: (after: string | undefined, signal?: AbortSignal) =>
    api.get<DestructionProtocolPage>(
      withQuery('/api/v1/records/destruction-protocols', { after, limit: 50 }),
      signal,
    ),
  createProtocol: (body: In<typeof CreateProtocol>) =>
    api.post<DestructionProtocol>('/api/v1/records/destruction-protocols', body),
  sign: (id: string, body: In<typeof SignProtocol>) =>
    api.post<DestructionProtocol>(`/api/v1/records/destruction-protocols/${id}/signature`, body),
  anonymise: (id: string, version: number) =>
    api.post<DestructionProtocol>(`/api/v1/records/destruction-protocols/${id}/anonymisation`, { version }),
  protocolPdfUrl: (id: string) => `/api/v1/records/destruction-protocols/${id}/pdf`,
  subjectAccessPdfUrl: (personId: string) => `/api/v1/records/persons/${personId}/export/pdf`,
  subjectAccessJsonUrl: (personId: string) => `/api/v1/records/persons/${personId}/export`,
};
