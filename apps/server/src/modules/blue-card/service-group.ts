import { blueCardDeadlines } from '@ostoja/domain/blue-card/deadlines';
import {
  type DiagnosticGroupMemberInput,
  diagnosticGroupProblems,
  type MemberKind,
} from '@ostoja/domain/blue-card/procedure';
import {
  type CloseProcedure,
  closureProblems,
  type EndMonitoring,
  type FillForm,
  meetingProblem,
  type RecordMeeting,
  type Refer,
  type ScheduleMeeting,
} from '@ostoja/domain/blue-card/steps';
import { PERMISSION_MATRIX } from '@ostoja/domain/identity/permissions';
import { ROLES } from '@ostoja/domain/identity/roles';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { badRequest, conflict, fieldError, notFound } from '../../http/errors.ts';
import * as repo from './repo.ts';
import * as group from './repo-group.ts';
import { act, checkDate, getProcedure, parametersFor, record, requireRole } from './service.ts';

/** Roles whose holders may sit in a group: those granted blueCard.work by the matrix. */
export const DIAGNOSTIC_GROUP_ROLES = ROLES.filter((r) => PERMISSION_MATRIX[r].includes('blueCard.work'));

/** Staff members get their name from their account and must hold a role that may take part. */
async function resolveMembers(
  ctx: StaffContext,
  list: z.output<typeof DiagnosticGroupMemberInput>[],
  path: string,
) {
  const staff = new Map((await group.eligibleStaff(ctx.q, DIAGNOSTIC_GROUP_ROLES)).map((s) => [s.id, s]));
  const seen = new Set<string>();
  return list.map((m, i) => {
    if (!m.staffUserId)
      return { staffUserId: null, fullName: m.fullName!, institution: m.institution, kind: m.kind };
    const s = staff.get(m.staffUserId);
    if (!s) throw fieldError(`${path}.${i}.staffUserId`, 'validation.blueCard.staffNotEligible');
    if (seen.has(s.id)) throw fieldError(`${path}.${i}.staffUserId`, 'validation.blueCard.duplicateMember');
    seen.add(s.id);
    return { staffUserId: s.id, fullName: s.fullName, institution: m.institution, kind: m.kind };
  });
}

function checkMakeUp(kinds: MemberKind[], path: string) {
  const missing = diagnosticGroupProblems(kinds);
  if (missing.length > 0)
    throw badRequest(
      missing.map((k) => ({
        path,
        message:
          k === 'police'
            ? 'validation.blueCard.diagnosticGroupNeedsPolice'
            : 'validation.blueCard.diagnosticGroupNeedsSocialWorker',
      })),
    );
}

/** The chair forms the diagnostic-help group: at least a social worker and a police officer. */
export async function formDiagnosticGroup(
  ctx: StaffContext,
  id: string,
  input: { on: string; members: z.output<typeof DiagnosticGroupMemberInput>[] },
) {
  const { proc, log } = await act(ctx, id, 'formDiagnosticGroup');
  checkDate(proc, input.on, 'on');
  const members = await resolveMembers(ctx, input.members, 'members');
  checkMakeUp(
    members.map((m) => m.kind as MemberKind),
    'members',
  );
  const memberIds: string[] = [];
  for (const m of members) memberIds.push(await group.insertMember(ctx.q, id, m, input.on));
  await record(ctx, proc, log, { type: 'formDiagnosticGroup', on: input.on, payload: { memberIds } });
  return getProcedure(ctx, id);
}

export async function changeDiagnosticGroup(
  ctx: StaffContext,
  id: string,
  input: { on: string; add: z.output<typeof DiagnosticGroupMemberInput>[]; remove: string[] },
) {
  const { proc, log } = await act(ctx, id, 'changeDiagnosticGroup');
  checkDate(proc, input.on, 'on');
  const current = (await group.members(ctx.q, id)).filter((m) => !m.removedOn);
  const added = await resolveMembers(ctx, input.add, 'add');
  input.remove.forEach((memberId, i) => {
    if (!current.some((m) => m.id === memberId))
      throw fieldError(`remove.${i}`, 'validation.blueCard.notMember');
  });
  added.forEach((m, i) => {
    if (m.staffUserId && current.some((c) => c.staffUserId === m.staffUserId))
      throw fieldError(`add.${i}.staffUserId`, 'validation.blueCard.duplicateMember');
  });
  const remaining = current.filter((m) => !input.remove.includes(m.id));
  checkMakeUp(
    [...remaining, ...added].map((m) => m.kind as MemberKind),
    'remove',
  );
  for (const memberId of input.remove) await group.removeMember(ctx.q, id, memberId, input.on);
  const addedIds: string[] = [];
  for (const m of added) addedIds.push(await group.insertMember(ctx.q, id, m, input.on));
  await record(ctx, proc, log, {
    type: 'changeDiagnosticGroup',
    on: input.on,
    payload: { added: addedIds, removed: input.remove },
  });
  return getProcedure(ctx, id);
}

/** Invitations go to every current member and to the persons named; never victim and perpetrator together. */
export async function scheduleMeeting(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof ScheduleMeeting>,
) {
  const { proc, log } = await act(ctx, id, 'scheduleMeeting');
  checkDate(proc, input.date, 'date');
  const people = await repo.participants(ctx.q, id);
  const roles = input.invitedPersonIds.map((personId, i) => {
    const p = people.find((x) => x.personId === personId);
    if (!p) throw fieldError(`invitedPersonIds.${i}`, 'validation.blueCard.notParticipant');
    return p.roles;
  });
  const problem = meetingProblem(input.kind, roles);
  if (problem) throw fieldError('invitedPersonIds', problem);
  const memberIds = (await group.members(ctx.q, id)).filter((m) => !m.removedOn).map((m) => m.id);
  const meetingId = await group.insertMeeting(ctx.q, id, {
    ...input,
    memberIds,
    personIds: [...new Set(input.invitedPersonIds)],
  });
  await record(ctx, proc, log, {
    type: 'scheduleMeeting',
    on: input.invitedOn ?? todayInPoland(),
    payload: { meetingId, kind: input.kind, date: input.date },
  });
  return getProcedure(ctx, id);
}

/** Attendance and minutes; only the invited can have been present. */
export async function recordMeeting(
  ctx: StaffContext,
  id: string,
  meetingId: string,
  input: z.output<typeof RecordMeeting>,
) {
  const { proc, log } = await act(ctx, id, 'recordMeeting');
  const meeting = await group.findMeeting(ctx.q, id, meetingId);
  if (!meeting) throw notFound();
  if (meeting.heldOn) throw conflict('meetingRecorded', 'error.blueCard.meetingRecorded');
  checkDate(proc, input.heldOn, 'heldOn');
  input.presentMemberIds.forEach((m, i) => {
    if (!meeting.invitedMemberIds.includes(m))
      throw fieldError(`presentMemberIds.${i}`, 'validation.blueCard.notInvited');
  });
  input.presentPersonIds.forEach((p, i) => {
    if (!meeting.invitedPersonIds.includes(p))
      throw fieldError(`presentPersonIds.${i}`, 'validation.blueCard.notInvited');
  });
  await group.recordMeeting(ctx.q, meetingId, input);
  await record(ctx, proc, log, { type: 'recordMeeting', on: input.heldOn, payload: { meetingId } });
  return getProcedure(ctx, id);
}

const FORM_ACTION = { C: 'fillFormC', D: 'fillFormD', E: 'fillFormE' } as const;

/** NK-C with a person experiencing violence; NK-D and NK-E with a person using it. */
export async function fillForm(ctx: StaffContext, id: string, input: z.output<typeof FillForm>) {
  const { proc, log } = await act(ctx, id, FORM_ACTION[input.kind]);
  checkDate(proc, input.filledOn, 'filledOn');
  await requireRole(ctx.q, id, input.personId, input.kind === 'C' ? 'victim' : 'perpetrator', 'personId');
  const { kind, personId, filledOn, ...content } = input;
  const formId = await group.insertForm(ctx.q, id, { kind, personId, filledOn, content }, ctx.actor.id);
  await record(ctx, proc, log, { type: FORM_ACTION[kind], on: filledOn, payload: { formId, personId } });
  return getProcedure(ctx, id);
}

export async function refer(ctx: StaffContext, id: string, input: z.output<typeof Refer>) {
  const { proc, log } = await act(ctx, id, 'refer');
  checkDate(proc, input.referredOn, 'referredOn');
  await requireRole(ctx.q, id, input.personId, 'perpetrator', 'personId');
  const referralId = await group.insertReferral(ctx.q, id, { ...input, note: input.note ?? null });
  await record(ctx, proc, log, {
    type: 'refer',
    on: input.referredOn,
    payload: { referralId, personId: input.personId, programme: input.programme },
  });
  return getProcedure(ctx, id);
}

/** Art. 9h ust. 1: closure by the group; monitoring runs for the months in force for its reason. */
export async function close(ctx: StaffContext, id: string, input: z.output<typeof CloseProcedure>) {
  const { proc, log } = await act(ctx, id, 'close');
  checkDate(proc, input.on, 'on');
  const plans = (await group.forms(ctx.q, id)).filter((f) => f.kind === 'C').length;
  const problems = closureProblems({ reason: input.reason, planDone: input.planDone, plans });
  if (problems.length > 0) throw badRequest(problems.map((message) => ({ path: 'reason', message })));
  await record(ctx, proc, log, {
    type: 'close',
    on: input.on,
    payload: { reason: input.reason, planDone: input.planDone, justification: input.justification },
  });
  return getProcedure(ctx, id);
}

export async function endMonitoring(ctx: StaffContext, id: string, input: z.output<typeof EndMonitoring>) {
  const { proc, log } = await act(ctx, id, 'endMonitoring');
  const until = blueCardDeadlines(log, await parametersFor(ctx.q, proc.openedOn)).monitoringUntil!;
  if (input.on < until)
    throw fieldError('on', `validation.blueCard.monitoringNotOver?until=${polishDate(until)}`);
  await record(ctx, proc, log, {
    type: 'endMonitoring',
    on: input.on,
    payload: { note: input.note ?? null },
  });
  return getProcedure(ctx, id);
}
