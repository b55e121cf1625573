import { z } from 'zod';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';
import type { ParticipantRole } from './procedure.ts';

/** A working meeting of the group, a meeting with the person experiencing violence, or with the one using it. */
export const MEETING_KINDS = ['group', 'withVictim', 'withPerpetrator'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

/** Invitations: every current group member is invited; the persons named here too. */
export const ScheduleMeeting = z.object({
  date: isoDate,
  time,
  place: trimmed(300),
  kind: z.enum(MEETING_KINDS),
  invitedPersonIds: z.array(z.uuid()).max(30).default([]),
  /** The day the invitations went out; today when not given. */
  invitedOn: isoDate.optional(),
});
export type ScheduleMeeting = z.input<typeof ScheduleMeeting>;

/** Attendance and minutes; the invited not listed as present were absent. */
export const RecordMeeting = z.object({
  heldOn: isoDate,
  presentMemberIds: z.array(z.uuid()).max(40).default([]),
  presentPersonIds: z.array(z.uuid()).max(30).default([]),
  minutes: trimmed(20000),
});
export type RecordMeeting = z.input<typeof RecordMeeting>;

/**
 * Actions towards the person using violence are not taken in the presence of the person
 * experiencing it (the 2023 act and rozp. Dz.U. 2023 poz. 1870 [M: paragraph to verify]); children
 * are protected the same way. Returns the problem as a translation key, or null.
 */
export function meetingProblem(kind: MeetingKind, inviteeRoles: readonly ParticipantRole[][]): string | null {
  const has = (r: ParticipantRole) => inviteeRoles.some((roles) => roles.includes(r));
  const protectedInvited = inviteeRoles.some(
    (roles) => !roles.includes('perpetrator') && (roles.includes('victim') || roles.includes('child')),
  );
  if (has('perpetrator') && protectedInvited) return 'validation.blueCard.meetingTogether';
  if (kind === 'withVictim' && !has('victim')) return 'validation.blueCard.meetingNeedsVictim';
  if (kind === 'withPerpetrator' && !has('perpetrator')) return 'validation.blueCard.meetingNeedsPerpetrator';
  return null;
}

const planItem = z.object({
  action: trimmed(1000),
  responsible: trimmed(300),
  due: isoDate.nullish(),
});

/** NK-C: the assessment of the situation and the plan of help, made with the person experiencing violence. */
export const FormC = z.object({
  kind: z.literal('C'),
  personId: z.uuid(),
  filledOn: isoDate,
  situation: trimmed(8000),
  needs: optionalText(4000),
  plan: z.array(planItem).min(1).max(30),
  agreedWithPerson: z.boolean(),
});

/** NK-D: the information for the person using violence (its text is fixed; we record the hand-over). */
export const FormD = z.object({
  kind: z.literal('D'),
  personId: z.uuid(),
  filledOn: isoDate,
  note: optionalText(2000),
});

/** NK-E: the assessment and the actions with the person using violence (never names the victims). */
export const FormE = z.object({
  kind: z.literal('E'),
  personId: z.uuid(),
  filledOn: isoDate,
  assessment: trimmed(8000),
  actions: z.array(planItem).min(1).max(30),
});

export const FillForm = z.discriminatedUnion('kind', [FormC, FormD, FormE]);
export type FillForm = z.input<typeof FillForm>;

/** Programmes the team may refer the person using violence to (art. 9d ust. 3, art. 10c–10d). */
export const PROGRAMMES = [
  'correctiveEducational',
  'psychologicalTherapeutic',
  'addictionTherapy',
  'other',
] as const;

export const Refer = z.object({
  personId: z.uuid(),
  programme: z.enum(PROGRAMMES),
  institution: trimmed(300),
  referredOn: isoDate,
  note: optionalText(2000),
});

/** Art. 9h ust. 1 (2023 wording): violence stopped and the plan carried out, or no grounds to act. */
export const CLOSURE_REASONS = ['violenceStopped', 'noGrounds'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const CloseProcedure = z.object({
  on: isoDate,
  reason: z.enum(CLOSURE_REASONS),
  planDone: z.boolean().default(false),
  justification: trimmed(4000),
});
export type CloseProcedure = z.input<typeof CloseProcedure>;

/** Why the procedure may not be closed this way (translation keys); empty when it may. */
export function closureProblems(c: { reason: ClosureReason; planDone: boolean; plans: number }): string[] {
  if (c.reason === 'noGrounds') return [];
  const out: string[] = [];
  if (c.plans === 0) out.push('validation.blueCard.noPlan');
  if (!c.planDone) out.push('validation.blueCard.planNotDone');
  return out;
}

export const EndMonitoring = z.object({ on: isoDate, note: optionalText(2000) });
