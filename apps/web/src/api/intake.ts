import type { UploadProgress } from '@ostoja/domain/portal/content-response';
import type {
  AcceptIntake,
  DeclineIntake,
  INTAKE_STATUSES,
  IntakeInput,
  IntakeProof as ProofSchema,
} from '@ostoja/domain/portal/intake';
import type {
  FiledIntake,
  IntakeDetail,
  IntakeList,
  IntakeStatusView,
  StartedAttachment,
} from '@ostoja/domain/portal/intake-response';
import type { z } from 'zod';
import { api, type In, postOn, type Query, withQuery } from './client.ts';
import type { FilePart } from './portal.ts';

// Online applications, typed by the schemas the server runs: the resident's side (file, follow,
// attach with reference and code) and the field team's queue.
/** The reference and the code travel in the body of a POST, never in a URL. */
export type IntakeProof = z.input<typeof ProofSchema>;
type NewAttachment = IntakeProof & {
  fileName: string;
  mediaType?: string | null;
  size: number;
  data: string;
};
export type IntakeListQuery = {
  fieldTeamId?: string | undefined;
  unassigned?: 'true' | 'false';
  all?: 'true' | 'false';
  status?: (typeof INTAKE_STATUSES)[number] | undefined;
  after?: string | undefined;
  limit?: number | undefined;
};

export const intakeApi = {
  file: (body: In<typeof IntakeInput>) => api.post<FiledIntake>('/api/v1/portal/intakes', body),
  status: (proof: IntakeProof) => api.post<IntakeStatusView>('/api/v1/portal/intakes/status', proof),
  startAttachment: (body: NewAttachment) =>
    api.post<StartedAttachment>('/api/v1/portal/intakes/attachments', body),
  addAttachmentPart: (id: string, body: IntakeProof & FilePart) =>
    api.post<UploadProgress>(`/api/v1/portal/intakes/attachments/${id}/parts`, body),

  /** The org units, of which the field teams an intake can be handed to. */
  list: (query: IntakeListQuery, signal?: AbortSignal) =>
    api.get<IntakeList>(withQuery('/api/v1/intakes', query as Query), signal),
  intake: (id: string, signal?: AbortSignal) => api.get<IntakeDetail>(`/api/v1/intakes/${id}`, signal),
  /** Where an attachment downloads (sent as a download, never shown in the back office's origin). */
  attachmentHref: (id: string, attachmentId: string) => `/api/v1/intakes/${id}/attachments/${attachmentId}`,
  take: (id: string, version: number) => api.post<IntakeDetail>(`/api/v1/intakes/${id}/take`, { version }),
  setFieldTeam: (id: string, body: { fieldTeamId: string; version: number }) =>
    api.post<IntakeDetail>(`/api/v1/intakes/${id}/field-team`, body),
  accept: postOn<IntakeDetail, typeof AcceptIntake>('/api/v1/intakes', 'accept'),
  decline: postOn<IntakeDetail, typeof DeclineIntake>('/api/v1/intakes', 'decline'),
};

// The shapes the screens name.
export type IntakeSummary = IntakeList['items'][number];
export type Intake = IntakeDetail;
export type Filed = FiledIntake;
