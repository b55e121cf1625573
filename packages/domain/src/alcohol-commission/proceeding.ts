import { z } from 'zod';
import { PersonInput } from '../registry/person.ts';
import { listPage, pageQuery } from '../shared/list.ts';
import { isoDate, optionalText, trimmed, uuid } from '../shared/validation.ts';

// The commission's proceeding towards treatment (art. 24–26 of the act on upbringing in sobriety
// and counteracting alcoholism): a report, the invitation, interviews, the two court experts,
// the petition to the district court, its order and the facility's reports; closed with a reason.

/** Who reported the person (art. 24: the commission acts on a report or of its own motion). */
export const REPORTER_KINDS = ['family', 'police', 'socialWorker', 'blueCardTeam', 'other'] as const;
/** The grounds of art. 24: what the person's drinking causes. */
export const GROUNDS = ['familyBreakdown', 'minorsDemoralisation', 'familyNeglect', 'publicOrder'] as const;
export const EXPERTS = ['psychiatrist', 'psychologist'] as const;
export const CLOSE_REASONS = [
  'treatmentCompleted',
  'voluntaryTreatment',
  'courtDismissed',
  'noGrounds',
  'personDied',
  'movedAway',
  'other',
] as const;
export const EVENT_TYPES = [
  'invitation',
  'interview',
  'expertReferral',
  'expertInvoice',
  'expertOpinion',
  'courtPetition',
  'courtOrder',
  'facilityReport',
  'close',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
/** Events that print a letter. */
export const LETTER_EVENTS = ['invitation', 'expertReferral', 'courtPetition'] as const;

export const OpenProceeding = z
  .object({
    reportedOn: isoDate,
    reporter: z.object({
      kind: z.enum(REPORTER_KINDS),
      name: trimmed(200),
      institution: optionalText(200),
    }),
    /** A person of the registry, or a new one (sealed: outside the commission nobody sees them). */
    personId: uuid.optional(),
    person: PersonInput.optional(),
    grounds: z.array(z.enum(GROUNDS)).min(1).max(GROUNDS.length),
    description: trimmed(4000),
    /** The Niebieska Karta procedure the report came from (its number, as the team gives it). */
    blueCardNumber: optionalText(40),
  })
  .superRefine((p, ctx) => {
    if ((p.personId === undefined) === (p.person === undefined))
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'validation.alcohol.personOrNew' });
  });
export type OpenProceeding = z.input<typeof OpenProceeding>;

const Attachment = z.object({
  fileName: trimmed(200),
  /** The scanned opinion, a PDF, base64 (fits the 1 MiB body limit). */
  dataBase64: z
    .string()
    .max(900_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.file.base64'),
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');
const on = isoDate;

export const ProceedingEventInput = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invitation'),
    on,
    addressee: z.enum(['person', 'family']),
    addresseeName: trimmed(200),
    appointmentOn: isoDate,
    appointmentAt: time,
    place: trimmed(300),
  }),
  z.object({
    type: z.literal('interview'),
    on,
    withWhom: z.enum(['person', 'family']),
    appeared: z.boolean(),
    note: trimmed(4000),
  }),
  z.object({
    type: z.literal('expertReferral'),
    on,
    psychiatrist: trimmed(200),
    psychologist: trimmed(200),
    examinationOn: isoDate,
  }),
  z.object({
    type: z.literal('expertInvoice'),
    on,
    expert: z.enum(EXPERTS),
    invoiceNumber: trimmed(60),
    amount: z.number().int().min(1).max(10_000_000),
  }),
  z.object({
    type: z.literal('expertOpinion'),
    on,
    expert: z.enum(EXPERTS),
    dependent: z.boolean(),
    attachment: Attachment.optional(),
  }),
  z.object({ type: z.literal('courtPetition'), on, court: trimmed(200) }),
  z.object({
    type: z.literal('courtOrder'),
    on,
    signature: trimmed(60),
    obligated: z.boolean(),
    facility: optionalText(300),
  }),
  z.object({
    type: z.literal('facilityReport'),
    on,
    facility: trimmed(300),
    attendance: z.enum(['attends', 'absent', 'completed', 'abandoned']),
    note: optionalText(2000),
  }),
  z.object({ type: z.literal('close'), on, reason: z.enum(CLOSE_REASONS), note: optionalText(2000) }),
]);
export type ProceedingEventInput = z.input<typeof ProceedingEventInput>;

export const ProceedingListQuery = pageQuery(100, 50).extend({
  state: z.enum(['open', 'closed']).optional(),
});

// Answers.
export const DEADLINE_KINDS = [
  'invite',
  'interview',
  'decide',
  'opinion',
  'petition',
  'facilityReport',
] as const;
export const PROCEEDING_STATUSES = [
  'reported',
  'invited',
  'interviewed',
  'atExperts',
  'opinionsReceived',
  'atCourt',
  'inTreatment',
  'courtDismissed',
  'closed',
] as const;

export const ProceedingEvent = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  on: z.string(),
  /** The event's fields as entered (the attachment's bytes apart). */
  details: z.record(z.string(), z.unknown()),
  hasAttachment: z.boolean(),
  hasLetter: z.boolean(),
});
export type ProceedingEvent = z.input<typeof ProceedingEvent>;

export const ProceedingSummary = z.object({
  id: z.string(),
  number: z.string(),
  person: z.object({ id: z.string(), fullName: z.string() }),
  reportedOn: z.string(),
  reporterKind: z.enum(REPORTER_KINDS),
  status: z.enum(PROCEEDING_STATUSES),
  nextDue: z.string().nullable(),
  nextDueKind: z.enum(DEADLINE_KINDS).nullable(),
  closedOn: z.string().nullable(),
});
export type ProceedingSummary = z.input<typeof ProceedingSummary>;
export const ProceedingPage = listPage(ProceedingSummary);
export type ProceedingPage = z.input<typeof ProceedingPage>;

export const Proceeding = ProceedingSummary.extend({
  reporter: z.object({ kind: z.enum(REPORTER_KINDS), name: z.string(), institution: z.string().nullable() }),
  grounds: z.array(z.enum(GROUNDS)),
  description: z.string(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  events: z.array(ProceedingEvent),
  allowedEvents: z.array(z.enum(EVENT_TYPES)),
  /** Day its existence was shared with the centre's workers; null: not shared. */
  sharedOn: z.string().nullable(),
  /** Linked to a Niebieska Karta procedure: it stays in that compartment, never shared. */
  blueCardNumber: z.string().nullable(),
});
export type Proceeding = z.input<typeof Proceeding>;

export const DeadlineList = z.object({
  items: z.array(ProceedingSummary.extend({ overdue: z.boolean() })),
});
export type DeadlineList = z.input<typeof DeadlineList>;

/** The commission shares (or stops sharing) that the proceeding exists, nothing else. */
export const ShareProceeding = z.object({ shared: z.boolean() });
export type ShareProceeding = z.input<typeof ShareProceeding>;

/** What a worker outside the commission learns about a person they work with: that one exists. */
export const ProceedingNotice = z.object({ sharedOn: z.string() });
export type ProceedingNotice = z.input<typeof ProceedingNotice>;
