import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// Asystent rodziny (uwr art. 11–17): the requests and answers of the API.

export const ASSISTANCE_STATUSES = ['referred', 'assigned', 'active', 'ended'] as const;
export const ASSISTANCE_BASES = ['head', 'court'] as const;
export const CONTACT_KINDS = ['homeVisit', 'call', 'office', 'institution', 'monitoring'] as const;

/** The social worker's request after a home visit (RWS), or the court's order. */
export const ReferFamily = z
  .strictObject({
    householdId: z.uuid(),
    referredOn: isoDate,
    reason: trimmed(2000),
    basis: z.enum(ASSISTANCE_BASES),
    courtOrder: optionalText(200),
  })
  .superRefine((v, ctx) => {
    if (v.basis === 'court' && !v.courtOrder)
      ctx.addIssue({ code: 'custom', path: ['courtOrder'], message: 'validation.required' });
  });
export type ReferFamily = z.output<typeof ReferFamily>;

export const AssignAssistant = z.strictObject({ assistantId: z.uuid(), assignedOn: isoDate });
export const RecordConsent = z.strictObject({ consentOn: isoDate });
export const PlanItemInput = z.strictObject({
  goal: trimmed(500),
  action: trimmed(1000),
  deadline: isoDate,
  expectedEffect: trimmed(500),
});
export const VisitInput = z.strictObject({
  visitedOn: isoDate,
  kind: z.enum(CONTACT_KINDS),
  note: trimmed(4000),
});
export const EndAssistance = z.strictObject({
  endedOn: isoDate,
  reason: trimmed(1000),
  monitoringUntil: isoDate.nullish(),
});

export const FamilyAssistanceSummary = z.object({
  id: z.uuid(),
  householdId: z.uuid(),
  familyName: z.string(),
  address: z.string(),
  status: z.enum(ASSISTANCE_STATUSES),
  basis: z.enum(ASSISTANCE_BASES),
  referredOn: isoDate,
  assistantId: z.uuid().nullable(),
  assistantName: z.string().nullable(),
  monitoringUntil: isoDate.nullable(),
});
export type FamilyAssistanceSummary = z.input<typeof FamilyAssistanceSummary>;
export const FamilyAssistancePage = cursorPage(FamilyAssistanceSummary);
export type FamilyAssistancePage = z.input<typeof FamilyAssistancePage>;
export const FamilyAssistanceQuery = pageQuery(100, 50).extend({
  status: z.enum(ASSISTANCE_STATUSES).optional(),
  householdId: z.uuid().optional(),
});

export const PlanItem = z.object({
  id: z.uuid(),
  goal: z.string(),
  action: z.string(),
  deadline: isoDate,
  expectedEffect: z.string(),
});
export const Visit = z.object({
  id: z.uuid(),
  visitedOn: isoDate,
  kind: z.enum(CONTACT_KINDS),
  note: z.string(),
  authorName: z.string().nullable(),
});

export const FamilyAssistance = FamilyAssistanceSummary.extend({
  reason: z.string(),
  courtOrder: z.string().nullable(),
  assignedOn: isoDate.nullable(),
  consentOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  endReason: z.string().nullable(),
  version: z.number().int(),
  plan: z.array(PlanItem),
  visits: z.array(Visit),
});
export type FamilyAssistance = z.input<typeof FamilyAssistance>;

export const CaseloadWorker = z.object({
  id: z.uuid(),
  fullName: z.string(),
  teamName: z.string().nullable(),
  households: z.number().int(),
  /** Of the worker's open case files, households with a social contract in force (art. 108 ups). */
  underContract: z.number().int(),
  overNorm: z.boolean(),
});
/** The director's view of the caseload (art. 110 ust. 11 ups). */
export const Caseload = z.object({
  asOf: isoDate,
  norm: z.object({ inhabitantsPerWorker: z.number().int(), householdsPerWorker: z.number().int() }),
  inhabitants: z.number().int().nullable(),
  workers: z.array(CaseloadWorker),
  households: z.number().int(),
  workersPerInhabitantsNorm: z.number().nullable(),
  workersPerHouseholdsNorm: z.number().nullable(),
  requiredByInhabitants: z.number().int().nullable(),
  requiredByHouseholds: z.number().int(),
  meetsInhabitantsNorm: z.boolean().nullable(),
  meetsHouseholdsNorm: z.boolean(),
});
export type Caseload = z.input<typeof Caseload>;

/** The assistant's opinion for the family court (PDF). */
export const CourtOpinionInput = z.strictObject({
  court: trimmed(200),
  caseNumber: trimmed(60),
  opinion: trimmed(8000),
});

/** The assistants the head can choose from, with the families each works with now. */
export const AssistantLoad = z.object({
  id: z.uuid(),
  fullName: z.string(),
  families: z.number().int(),
  limit: z.number().int(),
});
export const AssistantLoads = z.object({ items: z.array(AssistantLoad) });
export type AssistantLoads = z.input<typeof AssistantLoads>;
