import { z } from 'zod';
import { MembershipHistoryEntry } from '../registry/household.ts';
import { Person, PersonHistoryEvent } from '../registry/person.ts';
import { UkrStatusChange } from '../registry/ukr-status.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { isoDate, trimmed, uuid, version } from '../shared/validation.ts';
import { RECORD_KINDS, RETENTION_CATEGORIES } from './retention.ts';

// Records management: retention rules by JRWA category, the monthly list of records due, the
// destruction protocols with their anonymisation run, and the data subject's access export.

export const RecordKind = z.enum(RECORD_KINDS);
export const RetentionCategory = z.enum(RETENTION_CATEGORIES);
export const RetentionAction = z.enum(['destroy', 'archive', 'review']);
/** A month as YYYY-MM. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

export const RetentionRule = z.object({
  recordKind: RecordKind,
  jrwaSymbol: z.string(),
  category: RetentionCategory,
  years: z.number().int(),
  action: RetentionAction,
  version: z.number().int(),
  updatedAt: timestamp,
});
export type RetentionRule = z.input<typeof RetentionRule>;
export const RetentionRulePage = cursorPage(RetentionRule);
export type RetentionRulePage = z.input<typeof RetentionRulePage>;

export const RecordKindParams = z.object({ kind: RecordKind });

export const UpdateRetentionRule = z.object({
  jrwaSymbol: trimmed(20).regex(/^[0-9A-Za-z./-]+$/, 'validation.jrwaSymbol'),
  category: RetentionCategory,
  years: z.number().int().min(0).max(100),
  version,
});
export type UpdateRetentionRule = z.input<typeof UpdateRetentionRule>;

/** A closed record whose period has ended (never a person's name: the register number at most). */
export const DueRecord = z.object({
  recordKind: RecordKind,
  recordId: z.uuid(),
  number: z.string().nullable(),
  jrwaSymbol: z.string(),
  category: RetentionCategory,
  action: RetentionAction,
  years: z.number().int(),
  closedOn: z.string(),
  dueOn: z.string(),
});
export type DueRecord = z.input<typeof DueRecord>;
export const DueRecordPage = cursorPage(DueRecord);
export type DueRecordPage = z.input<typeof DueRecordPage>;

export const DueQuery = z.object({ month: Month }).extend(pageQuery(500, 100).shape);
export const ProtocolItemsQuery = pageQuery(500, 100);

export const CommitteeMember = z.object({ name: trimmed(200), function: trimmed(200) });
// [M] Archival instructions ask for a committee of at least three (chair and two members).
export const CreateProtocol = z.object({
  month: Month,
  committee: z.array(CommitteeMember).min(3).max(10),
});
export type CreateProtocol = z.input<typeof CreateProtocol>;

export const SignProtocol = z.object({
  signedOn: isoDate,
  /** The state archive's consent (its reference) — category B is destroyed only with it. */
  archiveConsent: trimmed(500),
  version,
});
export type SignProtocol = z.input<typeof SignProtocol>;

export const ProtocolVersion = z.object({ version });

export const DestructionProtocol = z.object({
  id: z.uuid(),
  number: z.string(),
  month: Month,
  status: z.enum(['draft', 'signed', 'anonymised']),
  committee: z.array(CommitteeMember),
  itemCount: z.number().int(),
  createdAt: timestamp,
  signedOn: z.string().nullable(),
  archiveConsent: z.string().nullable(),
  anonymisedAt: timestamp.nullable(),
  anonymisedPersons: z.number().int().nullable(),
  version: z.number().int(),
});
export type DestructionProtocol = z.input<typeof DestructionProtocol>;
export const DestructionProtocolPage = cursorPage(DestructionProtocol);
export type DestructionProtocolPage = z.input<typeof DestructionProtocolPage>;

export const PersonParams = z.object({ id: uuid });
export const IdParams = z.object({ id: uuid });

/** One saved change of a person (RODO art. 16): each field with its value before and after. */
export const Rectification = z.object({
  version: z.number().int(),
  changedAt: timestamp,
  changedBy: z.string().nullable(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type Rectification = z.input<typeof Rectification>;
export const RectificationPage = cursorPage(Rectification);
export type RectificationPage = z.input<typeof RectificationPage>;

/** Everything the centre holds about a person (RODO art. 15), as the requester may see it. */
export const SubjectAccessExport = z.object({
  generatedAt: timestamp,
  person: Person,
  households: z.array(MembershipHistoryEntry),
  events: z.array(PersonHistoryEvent),
  caseFiles: z.array(z.object({ id: z.uuid(), openedOn: z.string(), closedOn: z.string().nullable() })),
  consultations: z.array(z.object({ id: z.uuid(), heldOn: z.string(), kind: z.string() })),
  rectifications: z.array(Rectification),
  /** The UKR status's changes, newest first (act of 12.03.2022); the status now is on `person`. */
  ukrStatusHistory: z.array(UkrStatusChange),
});
export type SubjectAccessExport = z.input<typeof SubjectAccessExport>;

export const AnonymisePerson = z.object({ confirm: z.literal(true) });
export const AnonymisationResult = z.object({ persons: z.number().int() });
export type AnonymisationResult = z.input<typeof AnonymisationResult>;
