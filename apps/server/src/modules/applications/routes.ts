import { ApplicationListQuery, CreateApplication } from '@ostoja/domain/applications/application';
import {
  ApproveDecision,
  AssignWorker,
  ChangeDecision,
  ForwardAppeal,
  HandOutItems,
  IssueDecision,
  RecordAppealOutcome,
  RecordDelivery,
  RegisterAppeal,
  RejectDecision,
  ReturnProposal,
  RevokeDecision,
  WithdrawApplication,
} from '@ostoja/domain/applications/decision';
import {
  ApplicationDetail,
  ApplicationPage,
  Calculation,
  MyWork,
} from '@ostoja/domain/applications/responses';
import { ProposalInput, WywiadInput } from '@ostoja/domain/applications/wywiad';
import { Schedule } from '@ostoja/domain/payments/responses';
import { Suspend } from '@ostoja/domain/payments/schemas';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import { pdfRoute } from '../../http/pdf-route.ts';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as amendments from './amendments.ts';
import { approveDecision } from './approval.ts';
import * as service from './service.ts';
import { suspendByDecision } from './suspension.ts';

const step = <B extends z.ZodType>(
  url: string,
  summary: string,
  permission:
    | 'wywiad.write'
    | 'decisions.issue'
    | 'decisions.approve'
    | 'applications.write'
    | 'clothing.handOut',
  body: B,
  run: (
    ctx: Parameters<typeof service.getApplication>[0],
    id: string,
    body: z.output<B>,
  ) => Promise<z.output<typeof ApplicationDetail>>,
) =>
  defineRoute({
    method: 'POST',
    url: `/api/v1/applications/:id/${url}`,
    permission,
    summary,
    params: IdParams,
    body,
    response: ApplicationDetail,
    handler: ({ params, body: b }, ctx) => run(ctx, params.id, b as z.output<B>),
  });

export function applicationsRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/applications',
      permission: 'applications.write',
      summary:
        'Register an application (wniosek); the home visit is assigned to a worker of the household’s field team',
      body: CreateApplication,
      response: ApplicationDetail,
      status: 201,
      handler: ({ body }, ctx) => service.createApplication(ctx, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/applications',
      permission: 'applications.read',
      transaction: false,
      summary: 'Applications by status, nearest decision deadline first (keyset pagination)',
      query: ApplicationListQuery,
      response: ApplicationPage,
      handler: ({ query }, ctx) => service.listApplications(ctx, { ...query, mine: query.mine === 'true' }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/applications/:id',
      permission: 'applications.read',
      summary:
        'An application: its action log, status, deadlines, visits, proposals, decisions, appeals and allowed actions',
      params: IdParams,
      response: ApplicationDetail,
      handler: ({ params }, ctx) => service.getApplication(ctx, params.id),
    }),
    step(
      'assign',
      'Assign the home visit to a social worker',
      'applications.write',
      AssignWorker,
      (ctx, id, b) => service.assignWorker(ctx, id, b.workerId, b.on ?? todayInPoland()),
    ),
    step(
      'wywiad',
      'Record the home visit (rodzinny wywiad środowiskowy) with the income of the reference month',
      'wywiad.write',
      WywiadInput,
      service.recordWywiad,
    ),
    defineRoute({
      method: 'POST',
      url: '/api/v1/applications/:id/proposal-preview',
      permission: 'wywiad.write',
      summary: 'The amount and its step-by-step calculation for a proposal being filled in; saves nothing',
      params: IdParams,
      body: ProposalInput,
      response: Calculation,
      handler: ({ params, body }, ctx) => service.previewProposal(ctx, params.id, body),
    }),
    step(
      'proposals',
      'Propose a benefit (amount computed from the home visit)',
      'wywiad.write',
      ProposalInput,
      service.propose,
    ),
    step(
      'proposal-return',
      'Return the proposal to the social worker',
      'decisions.issue',
      ReturnProposal,
      (ctx, id, b) => service.returnProposal(ctx, id, b.reason),
    ),
    step(
      'decisions',
      'Issue the administrative decision (grant or refusal); under four-eyes approval, a draft for another authorised person to approve',
      'decisions.issue',
      IssueDecision,
      service.issueDecision,
    ),
    step(
      'decision-approval',
      'Approve the drafted decision (four-eyes): an authorised person other than its author signs it',
      'decisions.approve',
      ApproveDecision,
      approveDecision,
    ),
    step(
      'decision-rejection',
      'Send the drafted decision back to its author, with the reason',
      'decisions.approve',
      RejectDecision,
      (ctx, id, b) => service.rejectDecision(ctx, id, b.reason),
    ),
    step(
      'delivery',
      'Record the delivery of the decision (starts the 14 days to appeal)',
      'decisions.issue',
      RecordDelivery,
      (ctx, id, b) => service.recordDelivery(ctx, id, b.deliveredOn),
    ),
    step(
      'handout',
      'Record the hand-out of the clothing an in-kind decision grants (art. 48 ups), with the receipt',
      'clothing.handOut',
      HandOutItems,
      service.handOutItems,
    ),
    step(
      'appeals',
      'Register an appeal to the SKO (forward within 7 days)',
      'decisions.issue',
      RegisterAppeal,
      service.registerAppeal,
    ),
    step(
      'appeal-forwarding',
      'Record that the appeal was forwarded to the SKO',
      'decisions.issue',
      ForwardAppeal,
      (ctx, id, b) => service.forwardAppeal(ctx, id, b.forwardedOn),
    ),
    step(
      'appeal-outcome',
      'Record the SKO’s ruling on the appeal',
      'decisions.issue',
      RecordAppealOutcome,
      service.recordAppealOutcome,
    ),
    step(
      'withdrawal',
      'The applicant withdraws the application',
      'applications.write',
      WithdrawApplication,
      (ctx, id, b) => service.withdraw(ctx, id, b.on, b.reason ?? null),
    ),
    step(
      'decision-changes',
      'Change a granted benefit from a month on (new monthly amount) by a new decision; under four-eyes approval, a draft for another authorised person to approve',
      'decisions.issue',
      ChangeDecision,
      amendments.changeDecision,
    ),
    step(
      'decision-revocations',
      'Revoke (uchylić) a granted benefit from a month on by a new decision; under four-eyes approval, a draft for another authorised person to approve',
      'decisions.issue',
      RevokeDecision,
      amendments.revokeDecision,
    ),
    pdfRoute({
      url: '/api/v1/decisions/:id/pdf',
      permission: 'applications.read',
      summary: 'The decision letter as PDF',
      document: service.decisionDocument,
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/my-work',
      permission: 'authenticated',
      summary: 'What is due and overdue for the signed-in staff member, nearest deadline first',
      response: MyWork,
      handler: (_i, ctx) => service.myWork(ctx, todayInPoland()),
    }),
    // The suspension is a decision of this module (suspension.ts); its URL sits with the schedule it changes.
    defineRoute({
      method: 'POST',
      url: '/api/v1/payment-schedules/:decisionId/suspensions',
      permission: 'payments.manage',
      response: Schedule,
      summary:
        'Suspend payment from a month (wstrzymanie wypłaty) by a decision with its number and letter (social assistance); reports months already paid',
      params: z.object({ decisionId: z.uuid() }),
      body: Suspend,
      handler: ({ params, body }, ctx) => suspendByDecision(ctx, params.decisionId, body),
    }),
  ];
}
