import { z } from 'zod';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { RELATIONS } from '../registry/household.ts';
import { listPage } from '../shared/list.ts';
import { timestamp } from '../shared/response.ts';
import { PublicOffice, UploadProgress } from './content-response.ts';
import { CONTACT_CHANNELS, INTAKE_ACTIONS, INTAKE_HELP_KINDS, INTAKE_STATUSES } from './intake.ts';

// What the online application's routes answer: to the resident (reference, code once, status)
// and to the field team (the queue and the application in full).

const status = z.enum(INTAKE_STATUSES);

/** Where the resident will be served: the field team of the address and its office. */
const ServedBy = z.object({ fieldTeam: z.string(), office: PublicOffice.nullable() }).nullable();

export const FiledIntake = z.object({
  reference: z.string(),
  /** Shown once: only its hash is stored. */
  code: z.string(),
  status,
  submittedAt: timestamp,
  servedBy: ServedBy,
  limits: z.object({
    maxAttachments: z.number(),
    maxAttachmentBytes: z.number(),
    partBytes: z.number(),
    types: z.array(z.string()),
  }),
});
export type FiledIntake = z.input<typeof FiledIntake>;

const PublicAttachment = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number(),
});

/** The status a resident sees: dates and statuses only, never who on the staff did what. */
export const IntakeStatusView = z.object({
  reference: z.string(),
  status,
  submittedAt: timestamp,
  history: z.array(z.object({ status, at: timestamp })),
  servedBy: ServedBy,
  attachments: z.array(PublicAttachment),
  canAttach: z.boolean(),
});
export type IntakeStatusView = z.input<typeof IntakeStatusView>;

export const StartedAttachment = UploadProgress.extend({ fileName: z.string(), mediaType: z.string() });
export type StartedAttachment = z.input<typeof StartedAttachment>;

// --- the back office ----------------------------------------------------------------------------

const StoredPerson = {
  firstName: z.string(),
  surname: z.string(),
  pesel: z.string().nullish(),
  birthDate: z.string().nullish(),
};
const StoredAddress = z.object({
  street: z.string(),
  building: z.string(),
  apartment: z.string().nullish(),
  postalCode: z.string(),
  city: z.string(),
});

export const IntakeListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  status,
  submittedAt: timestamp,
  fieldTeamId: z.uuid().nullable(),
  fieldTeamName: z.string().nullable(),
  applicantName: z.string(),
  address: StoredAddress,
  help: z.array(z.enum(INTAKE_HELP_KINDS)),
  assignedWorkerName: z.string().nullable(),
  attachmentCount: z.number(),
});
export type IntakeListItem = z.input<typeof IntakeListItem>;
/** A page of a field team's queue; `fieldTeamId` is the team shown (null: not served / all). */
export const IntakeList = listPage(IntakeListItem).extend({ fieldTeamId: z.uuid().nullable() });
export type IntakeList = z.input<typeof IntakeList>;

export const IntakeDetail = z.object({
  id: z.uuid(),
  reference: z.string(),
  status,
  fieldTeamId: z.uuid().nullable(),
  fieldTeamName: z.string().nullable(),
  applicant: z.object(StoredPerson),
  address: StoredAddress,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  preferredContact: z.enum(CONTACT_CHANNELS),
  household: z.array(z.object({ ...StoredPerson, relation: z.enum(RELATIONS) })),
  help: z.array(z.enum(INTAKE_HELP_KINDS)),
  helpOther: z.string().nullable(),
  reasons: z.array(z.enum(HELP_REASONS)),
  description: z.string(),
  submittedAt: timestamp,
  assignedWorkerId: z.uuid().nullable(),
  assignedWorkerName: z.string().nullable(),
  householdId: z.uuid().nullable(),
  personId: z.uuid().nullable(),
  applicationId: z.uuid().nullable(),
  declineReason: z.string().nullable(),
  version: z.number(),
  attachments: z.array(
    PublicAttachment.extend({ received: z.number(), complete: z.boolean(), createdAt: timestamp }),
  ),
  history: z.array(
    z.object({ status, at: timestamp, actorName: z.string().nullable(), note: z.string().nullable() }),
  ),
  allowedActions: z.array(z.enum(INTAKE_ACTIONS)),
});
export type IntakeDetail = z.input<typeof IntakeDetail>;
