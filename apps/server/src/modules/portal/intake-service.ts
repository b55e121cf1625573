import { checkFirstPart, decodeBase64, safeFileName, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { canAttach, type IntakeInput, intakeReference } from '@ostoja/domain/portal/intake';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError, conflict, fieldError, notFound } from '../../http/errors.ts';
import { nextInRegister } from '../../shared/register.ts';
import { hashOfTyped, issueCode } from '../../shared/secrets.ts';
import * as orgRepo from '../org/repo.ts';
import { findFieldTeamId } from '../org/service.ts';
import * as repo from './intake-repo.ts';
import { publicOffice } from './offices.ts';
import { appendPart } from './uploads.ts';

// The resident's side of an online application: filing it, adding attachments, following its
// status. Nothing is written to the audit log here: the actor is anonymous and the log would
// only add the resident's IP address, which the centre does not need.

/** Where the resident will be served: the field team of the address and its office. */
async function servingOffice(q: Queryable, fieldTeamId: string | null) {
  if (!fieldTeamId) return null;
  const team = await orgRepo.findUnit(q, fieldTeamId);
  const office = team?.officeId ? await orgRepo.findUnit(q, team.officeId) : null;
  return team ? { fieldTeam: team.name, office: office ? publicOffice(office, new Date()) : null } : null;
}

export async function submitIntake(ctx: RequestContext, input: IntakeInput) {
  const fieldTeamId = await findFieldTeamId(ctx.q, input.address.street, input.address.building);
  const year = Number(todayInPoland().slice(0, 4));
  const reference = intakeReference(year, await nextInRegister(ctx.q, 'intake', year));
  const code = issueCode();
  const row = await repo.insertIntake(ctx.q, { ...input, reference, codeHash: code.hash, fieldTeamId });
  await repo.addEvent(ctx.q, row.id, 'received', null);
  return {
    reference,
    /** Shown once: only its hash is stored, so it cannot be sent again. */
    code: code.display,
    status: 'received' as const,
    submittedAt: row.submittedAt,
    servedBy: await servingOffice(ctx.q, fieldTeamId),
    limits: {
      maxAttachments: UPLOAD_LIMITS.maxAttachments,
      maxAttachmentBytes: UPLOAD_LIMITS.maxAttachmentBytes,
      partBytes: UPLOAD_LIMITS.partBytes,
      types: ['application/pdf', 'image/jpeg', 'image/png'],
    },
  };
}

/** The intake behind a reference and code; any mismatch is a plain 404 that says nothing more. */
async function proven(q: Queryable, reference: string, code: string) {
  const hash = hashOfTyped(code);
  const intake = hash ? await repo.findByCode(q, reference, hash) : null;
  if (!intake) throw notFound();
  return intake;
}

export async function intakeStatus(ctx: RequestContext, reference: string, code: string) {
  const i = await proven(ctx.q, reference, code);
  const files = await repo.attachments(ctx.q, i.id);
  return {
    reference: i.reference,
    status: i.status,
    submittedAt: i.submittedAt,
    // Dates and statuses only: which staff member did what is none of the public's business.
    history: (await repo.events(ctx.q, i.id))
      .filter((e, k, all) => k === 0 || e.status !== all[k - 1]!.status)
      .map((e) => ({ status: e.status, at: e.at })),
    servedBy: await servingOffice(ctx.q, i.fieldTeamId),
    attachments: files
      .filter((f) => f.complete)
      .map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType, size: f.size })),
    canAttach: canAttach(i.status),
  };
}

export interface NewAttachment {
  reference: string;
  code: string;
  fileName: string;
  mediaType?: string | null | undefined;
  size: number;
  data: string;
}

export async function startAttachment(ctx: RequestContext, input: NewAttachment) {
  const intake = await proven(ctx.q, input.reference, input.code);
  await repo.lockIntake(ctx.q, intake.id);
  if (!canAttach(intake.status)) throw conflict('intakeClosed', 'error.intake.closed');
  await repo.dropStaleUploads(ctx.q, intake.id);
  const files = await repo.attachments(ctx.q, intake.id);
  // Complete files count against the limit; so do uploads under way, so that abandoned
  // halves cannot pile up either.
  if (files.length >= UPLOAD_LIMITS.maxAttachments)
    throw new AppError(409, 'tooManyFiles', 'error.intake.tooManyFiles', [], {
      max: UPLOAD_LIMITS.maxAttachments,
    });
  const first = decodeBase64(input.data);
  const check = checkFirstPart(first, {
    size: input.size,
    maxBytes: UPLOAD_LIMITS.maxAttachmentBytes,
    allowed: ['application/pdf', 'image/jpeg', 'image/png'],
    declared: input.mediaType,
  });
  if ('message' in check) throw fieldError(check.path, check.message);
  const id = await repo.insertAttachment(ctx.q, {
    intakeId: intake.id,
    fileName: safeFileName(input.fileName, check.type),
    mediaType: check.type,
    size: input.size,
  });
  const part = await appendPart(ctx.q, 'intake_attachment', id, 0, input.data);
  return { ...part, fileName: safeFileName(input.fileName, check.type), mediaType: check.type };
}

export async function addAttachmentPart(
  ctx: RequestContext,
  id: string,
  input: { reference: string; code: string; offset: number; data: string },
) {
  const intake = await proven(ctx.q, input.reference, input.code);
  if (!canAttach(intake.status)) throw conflict('intakeClosed', 'error.intake.closed');
  if (!(await repo.hasAttachment(ctx.q, intake.id, id))) throw notFound();
  return appendPart(ctx.q, 'intake_attachment', id, input.offset, input.data);
}
