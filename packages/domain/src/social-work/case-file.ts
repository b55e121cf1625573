import { z } from 'zod';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { listPage, pageQuery } from '../shared/list.ts';
import { timestamp } from '../shared/response.ts';
import { isoDate, optionalText, trimmed, uuid } from '../shared/validation.ts';
import { CONTRACT_ACTIONS, CONTRACT_STATUSES } from './contract-workflow.ts';

// The household's social-work case file (teczka, art. 45 ups): requests and answers.

export const HelpReasonCode = z.enum(HELP_REASONS);
/** Kinds of a contact recorded in a note. */
export const NOTE_KINDS = ['visit', 'call', 'office', 'institution'] as const;
export const NoteKind = z.enum(NOTE_KINDS);
/** Parts of the official form: A solving a difficult situation, B activation. */
export const CONTRACT_PARTS = ['A', 'B'] as const;

export const OpenCaseFile = z.object({
  householdId: uuid,
  openedOn: isoDate,
  openReason: trimmed(2000),
  problems: z.array(HelpReasonCode).min(1).max(HELP_REASONS.length),
  reviewDue: isoDate,
  coWorkerIds: z.array(uuid).max(10).default([]),
});
export type OpenCaseFile = z.input<typeof OpenCaseFile>;

export const CloseCaseFile = z.object({ closedOn: isoDate, closeReason: trimmed(2000) });
export type CloseCaseFile = z.input<typeof CloseCaseFile>;

export const AddPlanItem = z.object({
  goal: trimmed(1000),
  action: trimmed(1000),
  who: trimmed(200),
  byWhen: isoDate,
  expectedEffect: trimmed(1000),
});
export type AddPlanItem = z.input<typeof AddPlanItem>;

export const AddNote = z.object({ contactOn: isoDate, kind: NoteKind, body: trimmed(10000) });
export type AddNote = z.input<typeof AddNote>;

export const AddTask = z.object({ title: trimmed(300), due: isoDate, assigneeId: uuid.optional() });
export type AddTask = z.input<typeof AddTask>;

export const AddContract = z.object({
  part: z.enum(CONTRACT_PARTS),
  personId: uuid,
  concludedOn: isoDate,
  validTo: isoDate,
  goals: trimmed(4000),
  personObligations: trimmed(4000),
  centreObligations: trimmed(4000),
  reviewDue: isoDate.optional(),
});
export type AddContract = z.input<typeof AddContract>;

export const ContractActionInput = z.object({
  type: z.enum(CONTRACT_ACTIONS),
  on: isoDate,
  note: optionalText(2000),
});
export type ContractActionInput = z.input<typeof ContractActionInput>;

export const CaseFileListQuery = pageQuery(100, 50).extend({
  householdId: uuid.optional(),
  state: z.enum(['open', 'closed']).optional(),
});
export const NoteSearchQuery = pageQuery(100, 50).extend({ q: optionalText(200) });

// Answers.
const Worker = z.object({ id: z.string(), fullName: z.string() });

export const CaseFileSummary = z.object({
  id: z.string(),
  householdId: z.string(),
  address: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  reviewDue: z.string(),
  lead: Worker,
  /** Tasks not done, and those of them past their due date (Polish time). */
  openTasks: z.number().int(),
  overdueTasks: z.number().int(),
});
export type CaseFileSummary = z.input<typeof CaseFileSummary>;
export const CaseFilePage = listPage(CaseFileSummary);
export type CaseFilePage = z.input<typeof CaseFilePage>;

export const PlanItem = z.object({
  id: z.string(),
  goal: z.string(),
  action: z.string(),
  who: z.string(),
  byWhen: z.string(),
  expectedEffect: z.string(),
});
export const CaseTask = z.object({
  id: z.string(),
  caseFileId: z.string(),
  title: z.string(),
  due: z.string(),
  assignee: Worker,
  doneOn: z.string().nullable(),
});
export type CaseTask = z.input<typeof CaseTask>;

export const SocialContract = z.object({
  id: z.string(),
  number: z.string(),
  part: z.enum(CONTRACT_PARTS),
  person: z.object({ id: z.string(), fullName: z.string() }),
  concludedOn: z.string(),
  validTo: z.string(),
  reviewDue: z.string().nullable(),
  goals: z.string(),
  personObligations: z.string(),
  centreObligations: z.string(),
  status: z.enum(CONTRACT_STATUSES),
  allowedActions: z.array(z.enum(CONTRACT_ACTIONS)),
  actions: z.array(z.object({ type: z.enum(CONTRACT_ACTIONS), on: z.string(), note: z.string().nullable() })),
});
export type SocialContract = z.input<typeof SocialContract>;

export const CaseFile = CaseFileSummary.extend({
  openReason: z.string(),
  closeReason: z.string().nullable(),
  problems: z.array(HelpReasonCode),
  coWorkers: z.array(Worker),
  members: z.array(z.object({ id: z.string(), fullName: z.string() })),
  plan: z.array(PlanItem),
  tasks: z.array(CaseTask),
  contracts: z.array(SocialContract),
  version: z.number(),
});
export type CaseFile = z.input<typeof CaseFile>;

export const CaseNote = z.object({
  id: z.string(),
  contactOn: z.string(),
  kind: NoteKind,
  body: z.string(),
  author: Worker,
  createdAt: timestamp,
});
export type CaseNote = z.input<typeof CaseNote>;
export const CaseNotePage = listPage(CaseNote);
export type CaseNotePage = z.input<typeof CaseNotePage>;

/** "Moja praca": the signed-in worker's open case tasks with the household's address. */
export const MyCaseTask = CaseTask.extend({ address: z.string(), overdue: z.boolean() });
export const MyCaseTasks = z.object({ today: z.string(), items: z.array(MyCaseTask) });
export type MyCaseTasks = z.input<typeof MyCaseTasks>;

/** Art. 11 ust. 2 after a broken contract: the household's running benefits and a drafted justification. */
export const Art11Draft = z.object({
  justification: z.string(),
  decisions: z.array(
    z.object({
      applicationId: z.string(),
      decisionId: z.string(),
      number: z.string(),
      benefit: z.string(),
      amount: z.number(),
      periodFrom: z.string().nullable(),
      periodTo: z.string().nullable(),
    }),
  ),
});
export type Art11Draft = z.input<typeof Art11Draft>;
