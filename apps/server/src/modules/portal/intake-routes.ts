import { UploadProgress } from '@ostoja/domain/portal/content-response';
import { UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import {
  AcceptIntake,
  DeclineIntake,
  INTAKE_STATUSES,
  IntakeInput,
  IntakeProof,
} from '@ostoja/domain/portal/intake';
import {
  FiledIntake,
  IntakeDetail,
  IntakeList,
  IntakeStatusView,
  StartedAttachment,
} from '@ostoja/domain/portal/intake-response';
import { FileBody } from '@ostoja/domain/shared/file';
import { pageQuery } from '@ostoja/domain/shared/list';
import { version } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { defineRoute, IdParams, type RouteDef } from '../../http/route.ts';
import * as service from './intake-service.ts';
import * as staff from './intake-staff.ts';
import { filePart, fileStart } from './upload-body.ts';

/** Reference and code travel in the body of a POST, never in a URL that proxies and logs keep. */
const Proof = IntakeProof.shape;

export function intakeRoutes(): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: '/api/v1/portal/intakes',
      response: FiledIntake,
      permission: 'public',
      summary:
        'File an application for help online (PS-1-like); answers the reference number and the secret code (shown once) and the field team that will handle it',
      body: IntakeInput,
      status: 201,
      rateLimit: 'intake',
      handler: ({ body }, ctx) => service.submitIntake(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/portal/intakes/status',
      response: IntakeStatusView,
      permission: 'public',
      summary: 'The status of an online application, with its reference and code; any mismatch is 404',
      body: IntakeProof,
      rateLimit: 'intakeCode',
      handler: ({ body }, ctx) => service.intakeStatus(ctx, body.reference, body.code),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/portal/intakes/attachments',
      response: StartedAttachment,
      permission: 'public',
      summary: `Attach a PDF, JPEG or PNG (type proven by its first bytes; ≤ ${UPLOAD_LIMITS.maxAttachments} files of ≤ ${UPLOAD_LIMITS.maxAttachmentBytes} bytes) with its first part (base64, ≤ ${UPLOAD_LIMITS.partBytes} bytes)`,
      body: z.strictObject({
        ...Proof,
        ...fileStart(UPLOAD_LIMITS.maxAttachmentBytes),
      }),
      status: 201,
      rateLimit: 'intakeUpload',
      handler: ({ body }, ctx) => service.startAttachment(ctx, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/portal/intakes/attachments/:id/parts',
      response: UploadProgress,
      permission: 'public',
      summary:
        'Append the next part of an attachment at `offset` (= bytes received so far); 409 with `received` otherwise',
      params: IdParams,
      body: z.strictObject({
        ...Proof,
        ...filePart(UPLOAD_LIMITS.maxAttachmentBytes),
      }),
      rateLimit: 'intakeUpload',
      handler: ({ params, body }, ctx) => service.addAttachmentPart(ctx, params.id, body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/intakes',
      response: IntakeList,
      permission: 'intakes.handle',
      summary:
        'Online applications of a field team (default: the worker’s own; unassigned=true: address not served; all=true), oldest first',
      query: z
        .object({
          fieldTeamId: z.uuid().optional(),
          unassigned: z.enum(['true', 'false']).optional(),
          all: z.enum(['true', 'false']).optional(),
          status: z.enum(INTAKE_STATUSES).optional(),
        })
        .extend(pageQuery(200, 50).shape),
      handler: ({ query }, ctx) =>
        staff.listIntakes(ctx, {
          ...query,
          unassigned: query.unassigned === 'true',
          all: query.all === 'true',
        }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/intakes/:id',
      response: IntakeDetail,
      permission: 'intakes.handle',
      summary:
        'An online application in full, with attachments, history and the allowed actions (the read is logged)',
      params: IdParams,
      handler: ({ params }, ctx) => staff.getIntake(ctx, params.id),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/v1/intakes/:id/attachments/:attachmentId',
      response: FileBody,
      permission: 'intakes.handle',
      summary: 'Download an attachment (sent as a download in a sandbox; the read is logged)',
      params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
      handler: ({ params }, ctx, reply) => staff.sendAttachment(ctx, params.id, params.attachmentId, reply),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/intakes/:id/take',
      response: IntakeDetail,
      permission: 'intakes.handle',
      summary: 'Take the application: it becomes "in review" and assigned to the signed-in worker',
      params: IdParams,
      body: z.strictObject({ version }),
      handler: ({ params, body }, ctx) => staff.takeIntake(ctx, params.id, body.version),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/intakes/:id/field-team',
      response: IntakeDetail,
      permission: 'intakes.handle',
      summary: 'Hand the application to another field team (e.g. when the address was not recognised)',
      params: IdParams,
      body: z.strictObject({ fieldTeamId: z.uuid(), version }),
      handler: ({ params, body }, ctx) => staff.setFieldTeam(ctx, params.id, body.fieldTeamId, body.version),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/intakes/:id/accept',
      response: IntakeDetail,
      permission: 'intakes.handle',
      summary:
        'Accept: link the application to the registry household and person (and the registered application)',
      params: IdParams,
      body: AcceptIntake,
      handler: ({ params, body }, ctx) => staff.acceptIntake(ctx, params.id, body),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/v1/intakes/:id/decline',
      response: IntakeDetail,
      permission: 'intakes.handle',
      summary: 'Decline with a reason kept for staff (e.g. a duplicate, or another gmina’s resident)',
      params: IdParams,
      body: DeclineIntake,
      handler: ({ params, body }, ctx) => staff.declineIntake(ctx, params.id, body.reason, body.version),
    }),
  ];
}
