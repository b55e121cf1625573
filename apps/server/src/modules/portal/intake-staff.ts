import { INTAKE_TRANSITIONS, type IntakeAction, type IntakeStatus } from '@ostoja/domain/portal/intake';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { sendFile } from '../../http/file-reply.ts';
import { decodeCursor, keyId, keyTimestamp, toPage } from '../../shared/cursor.ts';
import * as orgRepo from '../org/repo.ts';
import { personVisible } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as registryRepo from '../registry/repo.ts';
import { contentDisposition } from './documents.ts';
import * as repo from './intake-repo.ts';

// The back office's side: intakes queue per field team (oldest first), reading one (logged: it
// holds a family's situation), taking it, moving it to another team, and settling it — linked
// to the registry household and person it became, or declined with a reason.

export async function listIntakes(
  ctx: StaffContext,
  o: {
    fieldTeamId?: string | undefined;
    unassigned?: boolean;
    all?: boolean;
    status?: IntakeStatus | undefined;
    after?: string | undefined;
    limit: number;
  },
) {
  // By default the worker's own field team; "all" and "unassigned" when asked.
  let team: string | null | 'all' = o.fieldTeamId ?? 'all';
  if (o.unassigned) team = null;
  else if (!o.fieldTeamId && !o.all && ctx.actor.orgUnitId) {
    const own = await orgRepo.findUnit(ctx.q, ctx.actor.orgUnitId);
    if (own?.kind === 'fieldTeam') team = own.id;
  }
  const rows = await repo.listIntakes(ctx.q, {
    team,
    status: o.status,
    after: decodeCursor(IntakeCursor, o.after),
    limit: o.limit,
  });
  return {
    fieldTeamId: team === 'all' ? null : team,
    ...toPage(
      rows,
      o.limit,
      (i) => [i.cursorAt, i.id],
      (i) => ({
        id: i.id,
        reference: i.reference,
        status: i.status,
        submittedAt: i.submittedAt,
        fieldTeamId: i.fieldTeamId,
        fieldTeamName: i.fieldTeamName,
        applicantName: `${i.applicant.firstName} ${i.applicant.surname}`,
        address: i.address,
        help: i.help,
        assignedWorkerName: i.assignedWorkerName,
        attachmentCount: i.attachmentCount,
      }),
    ),
  };
}

const IntakeCursor = z.tuple([keyTimestamp, keyId]);

export async function getIntake(ctx: StaffContext, id: string) {
  const i = await repo.findIntake(ctx.q, id);
  if (!i) throw notFound();
  await ctx.audit({ action: 'read', entity: 'intake', entityId: id });
  const actions = Object.keys(INTAKE_TRANSITIONS[i.status]) as IntakeAction[];
  return {
    ...i,
    attachments: (await repo.attachments(ctx.q, id)).filter((a) => a.complete),
    history: await repo.events(ctx.q, id),
    allowedActions: actions,
  };
}

export async function sendAttachment(ctx: StaffContext, intakeId: string, id: string, reply: FastifyReply) {
  const f = await repo.attachmentFile(ctx.q, intakeId, id);
  if (!f) throw notFound();
  await ctx.audit({ action: 'read', entity: 'intakeAttachment', entityId: id, details: { intakeId } });
  // A download, never rendered in the back office's origin: the file came from the public.
  reply.header('content-security-policy', "sandbox; default-src 'none'");
  return sendFile(
    reply,
    Buffer.from(f.data),
    f.mediaType,
    contentDisposition('attachment', f.fileName),
    'no-store',
  );
}

/** The gate of every staff action: allowed in the current status, on the version the user saw. */
async function act(ctx: StaffContext, id: string, action: IntakeAction) {
  const i = await repo.findIntake(ctx.q, id, true);
  if (!i) throw notFound();
  const next = INTAKE_TRANSITIONS[i.status][action];
  if (next === undefined) throw conflict('actionNotAllowed', 'error.intake.actionNotAllowed');
  return { i, next: next ?? i.status };
}

async function finish(
  ctx: StaffContext,
  id: string,
  action: IntakeAction,
  status: IntakeStatus,
  note?: string,
) {
  await repo.addEvent(ctx.q, id, status, ctx.actor.id, note);
  await ctx.audit({ action, entity: 'intake', entityId: id, details: { status, ...(note ? { note } : {}) } });
  return getIntake(ctx, id);
}

export async function takeIntake(ctx: StaffContext, id: string, version: number) {
  const { next } = await act(ctx, id, 'take');
  if (!(await repo.updateIntake(ctx.q, id, version, { status: next, assignedWorkerId: ctx.actor.id })))
    throw versionConflict();
  return finish(ctx, id, 'take', next);
}

export async function setFieldTeam(ctx: StaffContext, id: string, fieldTeamId: string, version: number) {
  const { next } = await act(ctx, id, 'setFieldTeam');
  const team = await orgRepo.findUnit(ctx.q, fieldTeamId);
  if (team?.kind !== 'fieldTeam') throw fieldError('fieldTeamId', 'validation.invalidOption');
  if (!(await repo.updateIntake(ctx.q, id, version, { fieldTeamId }))) throw versionConflict();
  return finish(ctx, id, 'setFieldTeam', next, team.name);
}

export async function acceptIntake(
  ctx: StaffContext,
  id: string,
  b: { householdId: string; personId: string; applicationId?: string | null | undefined; version: number },
) {
  const { next } = await act(ctx, id, 'accept');
  if (
    !(await registryRepo.isMember(ctx.q, b.householdId, b.personId)) ||
    !(await personVisible(ctx.q, ctx.actor, b.personId))
  )
    throw fieldError('personId', 'validation.intake.notMember');
  await knownToCentre(ctx, [{ id: b.personId, path: 'personId' }]);
  if (b.applicationId) {
    if (!(await repo.applicationOfHousehold(ctx.q, b.applicationId, b.householdId)))
      throw fieldError('applicationId', 'validation.invalidOption');
  }
  const set = {
    status: next,
    householdId: b.householdId,
    personId: b.personId,
    applicationId: b.applicationId ?? null,
    assignedWorkerId: ctx.actor.id,
  };
  if (!(await repo.updateIntake(ctx.q, id, b.version, set))) throw versionConflict();
  return finish(ctx, id, 'accept', next);
}

export async function declineIntake(ctx: StaffContext, id: string, reason: string, version: number) {
  const { next } = await act(ctx, id, 'decline');
  if (!(await repo.updateIntake(ctx.q, id, version, { status: next, declineReason: reason })))
    throw versionConflict();
  return finish(ctx, id, 'decline', next, reason);
}
