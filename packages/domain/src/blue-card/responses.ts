import { z } from 'zod';
import { AuditEntry } from '../audit/audit-log.ts';
import { SEXES } from '../registry/person.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { DEADLINE_KINDS } from './deadlines.ts';
import { PARTICIPANT_ROLES } from './procedure.ts';
import { AGE_GROUPS } from './statistics.ts';
import { CLOSURE_REASONS } from './steps.ts';
import { BLUE_CARD_ACTIONS, BLUE_CARD_STATUSES } from './workflow.ts';

// What the Niebieska Karta API answers. Every schema names each property a screen or a test
// reads: the server leaves out whatever a schema does not name. Dates are YYYY-MM-DD strings.

const Payload = z.record(z.string(), z.unknown());

/** The time limits in force from a date (table blue_card_parameter_period). */
export const BlueCardParameterPeriod = z.object({
  validFrom: z.string(),
  chairTransferWorkingDays: z.number().int(),
  diagnosticGroupFormingWorkingDays: z.number().int(),
  firstMeetingWorkingDays: z.number().int(),
  monitoringMonthsNoGrounds: z.number().int(),
  monitoringMonthsViolenceStopped: z.number().int(),
  legalBasis: z.string(),
});
export type BlueCardParameterPeriod = z.input<typeof BlueCardParameterPeriod>;
export const BlueCardParameterPeriods = z.object({ items: z.array(BlueCardParameterPeriod) });
export type BlueCardParameterPeriods = z.input<typeof BlueCardParameterPeriods>;

export const Participant = z.object({
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  pesel: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  address: z.string().nullable(),
  roles: z.array(z.enum(PARTICIPANT_ROLES)),
});
export type Participant = z.input<typeof Participant>;

/** A suspect known by name only until the team identifies them (then `personId`). */
export const Suspect = z.object({
  id: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  birthDate: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  address: z.string().nullable(),
  description: z.string().nullable(),
  recordedOn: z.string(),
  personId: z.uuid().nullable(),
  completedOn: z.string().nullable(),
});
export type Suspect = z.input<typeof Suspect>;

export const GroupMember = z.object({
  id: z.uuid(),
  staffUserId: z.uuid().nullable(),
  fullName: z.string(),
  institution: z.string(),
  kind: z.string(),
  addedOn: z.string(),
  removedOn: z.string().nullable(),
});
export type GroupMember = z.input<typeof GroupMember>;

export const Meeting = z.object({
  id: z.uuid(),
  kind: z.string(),
  scheduledOn: z.string(),
  scheduledTime: z.string(),
  place: z.string(),
  invitedMemberIds: z.array(z.uuid()),
  invitedPersonIds: z.array(z.uuid()),
  heldOn: z.string().nullable(),
  presentMemberIds: z.array(z.uuid()).nullable(),
  presentPersonIds: z.array(z.uuid()).nullable(),
  minutes: z.string().nullable(),
});
export type Meeting = z.input<typeof Meeting>;

export const FormRecord = z.object({
  id: z.uuid(),
  kind: z.enum(['A', 'B', 'C', 'D', 'E']),
  personId: z.uuid().nullable(),
  filledOn: z.string(),
  content: Payload,
  createdByName: z.string(),
});
export type FormRecord = z.input<typeof FormRecord>;

export const Referral = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  programme: z.string(),
  institution: z.string(),
  referredOn: z.string(),
  note: z.string().nullable(),
});
export type Referral = z.input<typeof Referral>;

/** One entry of the procedure's log (the status is derived from these). */
export const LoggedAction = z.object({
  id: z.number().int(),
  type: z.enum(BLUE_CARD_ACTIONS),
  on: z.string(),
  payload: Payload.nullish(),
  actorName: z.string().nullable(),
  at: timestamp,
});
export type LoggedAction = z.input<typeof LoggedAction>;

/** A whole procedure, as its team sees it (GET /blue-cards/:id and every step's answer). */
export const Procedure = z.object({
  id: z.uuid(),
  number: z.string(),
  year: z.number().int(),
  teamId: z.uuid(),
  openedOn: z.string(),
  openedById: z.uuid(),
  openedByName: z.string(),
  initiatorKind: z.string(),
  initiatorName: z.string(),
  initiatorInstitution: z.string(),
  place: z.string().nullable(),
  violenceForms: z.array(z.string()),
  description: z.string(),
  interventions: z.string().nullable(),
  victimPresent: z.boolean(),
  presenceNote: z.string().nullable(),
  status: z.enum(BLUE_CARD_STATUSES),
  nextDue: z.string().nullable(),
  nextDueKind: z.string().nullable(),
  closureReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  monitoringUntil: z.string().nullable(),
  version: z.number().int(),
  deadlines: z.object({
    chairDue: z.string(),
    diagnosticGroupDue: z.string().nullable(),
    firstMeetingDue: z.string().nullable(),
    monitoringUntil: z.string().nullable(),
  }),
  pending: z.object({ kind: z.enum(DEADLINE_KINDS), due: z.string() }).nullable(),
  /** The time limits in force on the day NK-A was filled in. */
  parameters: BlueCardParameterPeriod,
  isChair: z.boolean(),
  allowedActions: z.array(z.enum(BLUE_CARD_ACTIONS)),
  actions: z.array(LoggedAction),
  participants: z.array(Participant),
  suspects: z.array(Suspect),
  /** True while a suspect is known by name only. */
  incomplete: z.boolean(),
  diagnosticGroup: z.array(GroupMember),
  meetings: z.array(Meeting),
  forms: z.array(FormRecord),
  referrals: z.array(Referral),
});
export type Procedure = z.input<typeof Procedure>;

/** A row of the lists and of the search. */
export const ProcedureListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  openedOn: z.string(),
  status: z.enum(BLUE_CARD_STATUSES),
  nextDue: z.string().nullable(),
  nextDueKind: z.string().nullable(),
  closureReason: z.string().nullable(),
  victims: z.string().nullable(),
  perpetrators: z.string().nullable(),
});
export type ProcedureListItem = z.input<typeof ProcedureListItem>;
export const ProcedurePage = cursorPage(ProcedureListItem);
export type ProcedurePage = z.input<typeof ProcedurePage>;
export const ProcedureSearch = z.object({ items: z.array(ProcedureListItem) });
export type ProcedureSearch = z.input<typeof ProcedureSearch>;

export const RegisterRow = z.object({
  id: z.uuid(),
  number: z.string(),
  openedOn: z.string(),
  initiatorKind: z.string(),
  initiatorInstitution: z.string(),
  status: z.enum(BLUE_CARD_STATUSES),
  closureReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  victims: z.string().nullable(),
  perpetrators: z.string().nullable(),
});
export type RegisterRow = z.input<typeof RegisterRow>;
export const BlueCardRegister = z.object({ year: z.number().int(), items: z.array(RegisterRow) });
export type BlueCardRegister = z.input<typeof BlueCardRegister>;

export const DEADLINE_STATES = ['overdue', 'dueSoon', 'onTrack'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** A deadline of a procedure (or the minutes of a meeting held, `meetingMinutes`). */
export const DueItem = z.object({
  procedureId: z.uuid(),
  number: z.string(),
  kind: z.string(),
  due: z.string(),
  meetingId: z.uuid().nullable(),
  state: z.enum(DEADLINE_STATES),
});
export type DueItem = z.input<typeof DueItem>;

export const BlueCardDeadlineList = z.object({
  today: z.string(),
  items: z.array(DueItem),
  byProcedure: z.array(z.object({ procedureId: z.uuid(), number: z.string(), items: z.array(DueItem) })),
});
export type BlueCardDeadlineList = z.input<typeof BlueCardDeadlineList>;

export const BlueCardDashboard = z.object({
  today: z.string(),
  team: z.object({ id: z.uuid(), name: z.string() }),
  byStatus: z.partialRecord(z.enum(BLUE_CARD_STATUSES), z.number().int()),
  atRisk: z.array(DueItem),
});
export type BlueCardDashboard = z.input<typeof BlueCardDashboard>;

/** The yearly figures: counts only, never a name or an identifier. */
export const BlueCardStatisticsAnswer = z.object({
  year: z.number().int(),
  opened: z.number().int(),
  openedBy: z.record(z.string(), z.number().int()),
  closed: z.record(z.enum(CLOSURE_REASONS), z.number().int()),
  meetingsHeld: z.number().int(),
  personsByRole: z.record(z.enum(PARTICIPANT_ROLES), z.number().int()),
  persons: z.array(
    z.object({
      role: z.enum(PARTICIPANT_ROLES),
      sex: z.enum(SEXES),
      ageGroup: z.enum(AGE_GROUPS),
      count: z.number().int(),
    }),
  ),
});
export type BlueCardStatisticsAnswer = z.input<typeof BlueCardStatisticsAnswer>;

/** Who read and changed a procedure: its own entries of the audit log, newest first. */
export const AccessLogEntry = AuditEntry;
export type AccessLogEntry = AuditEntry;
export const AccessLog = z.object({ items: z.array(AccessLogEntry) });
export type AccessLog = z.input<typeof AccessLog>;
