import type { ApplicationListQuery, CreateApplication } from '@ostoja/domain/applications/application';
import type * as Decision from '@ostoja/domain/applications/decision';
import type {
  ApplicationDetail,
  ApplicationPage,
  Calculation,
  MyWork,
} from '@ostoja/domain/applications/responses';
import type { ProposalInput, WywiadInput } from '@ostoja/domain/applications/wywiad';
import type { LegalParameterPeriodInput } from '@ostoja/domain/benefits/legal-parameters';
import type { LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import type {
  LegalParameterList,
  LegalParameterPeriodResponse,
  LocalResolutionList,
  LocalResolutionResponse,
} from '@ostoja/domain/benefits/responses';
import { api, type In, type Query, withQuery } from './client.ts';

// Social assistance benefits' API (applications, their steps and decisions, legal parameters),
// typed by the schemas the server runs: requests as the schemas take them, answers as the response
// schemas send them.

/** The body each step of an application takes (POST /api/v1/applications/:id/<step>). */
export interface StepBodies {
  assign: In<typeof Decision.AssignWorker>;
  wywiad: WywiadInput;
  proposals: ProposalInput;
  'proposal-return': In<typeof Decision.ReturnProposal>;
  decisions: Decision.IssueDecision;
  'decision-approval': In<typeof Decision.ApproveDecision>;
  'decision-rejection': In<typeof Decision.RejectDecision>;
  delivery: In<typeof Decision.RecordDelivery>;
  handout: Decision.HandOutItems;
  appeals: In<typeof Decision.RegisterAppeal>;
  'appeal-forwarding': In<typeof Decision.ForwardAppeal>;
  'appeal-outcome': In<typeof Decision.RecordAppealOutcome>;
  withdrawal: In<typeof Decision.WithdrawApplication>;
  'decision-changes': Decision.ChangeDecision;
  'decision-revocations': Decision.RevokeDecision;
}
export type ApplicationStep = keyof StepBodies;

const APPS = '/api/v1/applications';

export const benefitsApi = {
  applications: (query: ApplicationListQuery, signal?: AbortSignal) =>
    api.get<ApplicationPage>(withQuery(APPS, query as Query), signal),
  application: (id: string, signal?: AbortSignal) => api.get<ApplicationDetail>(`${APPS}/${id}`, signal),
  create: (body: CreateApplication) => api.post<ApplicationDetail>(APPS, body),
  /** Every step answers the whole application as it is now. */
  step: <K extends ApplicationStep>(id: string, step: K, body: StepBodies[K]) =>
    api.post<ApplicationDetail>(`${APPS}/${id}/${step}`, body),
  /** The amount and its calculation for a proposal being filled in; saves nothing. */
  preview: (id: string, body: ProposalInput) => api.post<Calculation>(`${APPS}/${id}/proposal-preview`, body),
  myWork: (signal?: AbortSignal) => api.get<MyWork>('/api/v1/my-work', signal),
  legalParameters: (signal?: AbortSignal) => api.get<LegalParameterList>('/api/v1/legal-parameters', signal),
  addLegalParameters: (body: In<typeof LegalParameterPeriodInput>) =>
    api.post<In<typeof LegalParameterPeriodResponse>>('/api/v1/legal-parameters', body),
  localResolutions: (signal?: AbortSignal) =>
    api.get<LocalResolutionList>('/api/v1/local-resolutions', signal),
  addLocalResolution: (body: In<typeof LocalResolutionInput>) =>
    api.post<In<typeof LocalResolutionResponse>>('/api/v1/local-resolutions', body),
};
