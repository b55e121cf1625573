import { z } from 'zod';
import { type PersonData, PersonInput } from '../registry/person.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

/**
 * Who may open the procedure by filling in NK-A: art. 9a ust. 11–11d ustawy o przeciwdziałaniu
 * przemocy domowej (domain reference §2.2). Recorded with the name and institution of the person.
 */
export const INITIATOR_KINDS = [
  'socialWorker',
  'police',
  'militaryPolice',
  'supportCentreWorker',
  'familyAssistant',
  'teacher',
  'medic',
  'alcoholCommission',
  'pedagogue',
  'psychologist',
] as const;
export type InitiatorKind = (typeof INITIATOR_KINDS)[number];

/** Roles a person has in one procedure (NK-A lists each); a person may hold several (a child who saw it). */
export const PARTICIPANT_ROLES = ['victim', 'perpetrator', 'witness', 'child'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Forms of domestic violence, art. 2 pkt 1 of the act as worded since 22.06.2023 (incl. online means). */
export const VIOLENCE_FORMS = [
  'physical',
  'psychological',
  'sexual',
  'economic',
  'online',
  'neglect',
] as const;

/** The institution a diagnostic-help group member represents (art. 9a ust. 3–4, 10). */
export const MEMBER_KINDS = [
  'socialWorker',
  'police',
  'militaryPolice',
  'education',
  'health',
  'alcoholCommission',
  'familyAssistant',
  'psychologist',
  'probationOfficer',
  'other',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

/**
 * A person in the procedure: an existing registry person (`personId`) or a new one (`person`).
 * One object rather than a union, so that a mistake is reported on its own field.
 */
export const ParticipantInput = z
  .object({
    personId: z.uuid().optional(),
    person: PersonInput.optional(),
    role: z.enum(PARTICIPANT_ROLES),
  })
  .superRefine((m, ctx) => {
    if ((m.personId === undefined) === (m.person === undefined))
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.household.memberPerson' });
  })
  .transform(
    (m): { personId: string; role: ParticipantRole } | { person: PersonData; role: ParticipantRole } =>
      m.personId !== undefined ? { personId: m.personId, role: m.role } : { person: m.person!, role: m.role },
  );
export type ParticipantInput = z.input<typeof ParticipantInput>;

/**
 * The person suspected of violence as the police often know them at first: a name, and whatever
 * else is known. The procedure opens with it flagged incomplete; the team completes it later.
 */
export const SuspectInput = z.object({
  firstName: trimmed(60),
  surname: trimmed(80),
  birthDate: isoDate.optional(),
  sex: z.enum(['F', 'M']).optional(),
  address: optionalText(300),
  description: optionalText(2000),
});
export type SuspectInput = z.input<typeof SuspectInput>;

/** Completing a suspect's record: the registry person they turned out to be, or a new one. */
export const CompleteSuspect = z
  .object({ on: isoDate, personId: z.uuid().optional(), person: PersonInput.optional() })
  .superRefine((m, ctx) => {
    if ((m.personId === undefined) === (m.person === undefined))
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.household.memberPerson' });
  });

/** NK-A: the form whose filling in opens the procedure (rozp. RM z 6.09.2023, Dz.U. 2023 poz. 1870, § 2). */
export const OpenBlueCard = z
  .object({
    openedOn: isoDate,
    initiator: z.object({
      kind: z.enum(INITIATOR_KINDS),
      name: trimmed(200),
      institution: trimmed(300),
    }),
    participants: z.array(ParticipantInput).min(1).max(30),
    /** Suspected persons known only by name (and what else is known); the record is then incomplete. */
    suspects: z.array(SuspectInput).max(10).default([]),
    place: optionalText(300),
    violenceForms: z.array(z.enum(VIOLENCE_FORMS)).min(1, 'validation.blueCard.violenceForms'),
    description: trimmed(8000),
    interventions: optionalText(4000),
    /** § 2 ust. 2: filled in with the adult victim present; when not, why and who was present instead. */
    victimPresent: z.boolean(),
    presenceNote: optionalText(1000),
    /** NK-A handed straight to the chair (e.g. a police NK-A registered by the team's office). */
    transferredToChairOn: isoDate.optional(),
  })
  .superRefine((f, ctx) => {
    const roles = f.participants.map((p) => p.role);
    if (!roles.includes('victim'))
      ctx.addIssue({ code: 'custom', path: ['participants'], message: 'validation.blueCard.victimRequired' });
    if (!roles.includes('perpetrator') && f.suspects.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['participants'],
        message: 'validation.blueCard.perpetratorRequired',
      });
    if (!f.victimPresent && !f.presenceNote)
      ctx.addIssue({ code: 'custom', path: ['presenceNote'], message: 'validation.blueCard.presenceNote' });
    if (f.transferredToChairOn && f.transferredToChairOn < f.openedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['transferredToChairOn'],
        message: 'validation.blueCard.beforeOpening',
      });
  });
export type OpenBlueCard = z.input<typeof OpenBlueCard>;

export const AddParticipant = z.object({ participant: ParticipantInput, on: isoDate });

/** NK-B: the information for the person experiencing violence, handed over after NK-A. */
export const HandOverFormB = z.object({ personId: z.uuid(), on: isoDate, note: optionalText(1000) });

export const TransferToChair = z.object({ on: isoDate });

/** A group member: a staff account of the centre, or an outside professional by name and institution. */
export const DiagnosticGroupMemberInput = z
  .object({
    staffUserId: z.uuid().optional(),
    fullName: optionalText(200),
    institution: trimmed(300),
    kind: z.enum(MEMBER_KINDS),
  })
  .superRefine((m, ctx) => {
    if (!m.staffUserId && !m.fullName)
      ctx.addIssue({ code: 'custom', path: ['fullName'], message: 'validation.required' });
  });
export type DiagnosticGroupMemberInput = z.input<typeof DiagnosticGroupMemberInput>;

export const FormDiagnosticGroup = z.object({
  on: isoDate,
  members: z.array(DiagnosticGroupMemberInput).min(2).max(20),
});

export const ChangeDiagnosticGroup = z
  .object({
    on: isoDate,
    add: z.array(DiagnosticGroupMemberInput).max(20).default([]),
    remove: z.array(z.uuid()).max(20).default([]),
  })
  .refine((c) => c.add.length + c.remove.length > 0, { path: ['add'], message: 'validation.required' });

/**
 * The group's make-up (art. 9a ust. 3 as worded in 2023): at least a social worker of the centre
 * and a police officer (or Żandarmeria for a soldier). Returns the missing member kinds.
 */
export function diagnosticGroupProblems(kinds: readonly MemberKind[]): ('socialWorker' | 'police')[] {
  const out: ('socialWorker' | 'police')[] = [];
  if (!kinds.includes('socialWorker')) out.push('socialWorker');
  if (!kinds.includes('police') && !kinds.includes('militaryPolice')) out.push('police');
  return out;
}
