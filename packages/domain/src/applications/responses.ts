import { z } from 'zod';
import { INCOME_KINDS } from '../benefits/income.ts';
import { HouseholdMember } from '../registry/household.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { APPLICATION_BENEFITS, CHANNELS } from './application.ts';
import { CELOWY_PURPOSES, HELP_FORMS } from './celowy-purpose.ts';
import { APPEAL_OUTCOMES, APPLICATION_ACTIONS, APPLICATION_STATUSES } from './workflow.ts';

// Responses of the applications module (what the API sends), beside its request schemas.

const isoDay = z.string();
const month = z.string();

/** A row of the queue (GET /api/v1/applications). */
export const ApplicationSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  householdId: z.uuid(),
  applicantId: z.uuid(),
  applicantName: z.string(),
  channel: z.enum(CHANNELS),
  submittedOn: isoDay,
  benefits: z.array(z.enum(APPLICATION_BENEFITS)),
  helpReasons: z.array(z.string()),
  urgent: z.boolean(),
  complicated: z.boolean(),
  description: z.string().nullable(),
  assignedWorkerId: z.uuid().nullable(),
  assignedWorkerName: z.string().nullable(),
  status: z.enum(APPLICATION_STATUSES),
  wywiadDue: isoDay,
  decisionDue: isoDay,
  version: z.number().int(),
});
export type ApplicationSummary = z.input<typeof ApplicationSummary>;
export const ApplicationPage = cursorPage(ApplicationSummary);
export type ApplicationPage = z.input<typeof ApplicationPage>;

export const ApplicationDeadlines = z.object({
  wywiadDue: isoDay,
  decisionDue: isoDay,
  appealUntil: isoDay.nullable(),
  appealForwardDue: isoDay.nullable(),
  wywiadUpdateDue: isoDay.nullable(),
});

export const ActionEntry = z.object({
  id: z.number().int(),
  type: z.enum(APPLICATION_ACTIONS),
  on: isoDay,
  payload: z.record(z.string(), z.unknown()).nullish(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  at: timestamp,
});
export type ActionEntry = z.input<typeof ActionEntry>;

export const IncomeSource = z.object({
  kind: z.enum(INCOME_KINDS),
  month,
  gross: z.number().int(),
  tax: z.number().int(),
  contributions: z.number().int(),
  oneOff: z.boolean().optional(),
  dueFrom: month.optional(),
  dueTo: month.optional(),
});
export type IncomeSource = z.input<typeof IncomeSource>;

export const WywiadRecord = z.object({
  id: z.uuid(),
  workerName: z.string(),
  visitedOn: isoDay,
  incomeLost: z.boolean(),
  health: z.string().nullable(),
  housing: z.string().nullable(),
  needs: z.string().nullable(),
  conclusions: z.string(),
  helpPlan: z.string().nullable(),
  farmHectares: z.number(),
  members: z.array(
    z.object({ personId: z.uuid(), sources: z.array(IncomeSource), alimonyPaid: z.number().int() }),
  ),
});
export type WywiadRecord = z.input<typeof WywiadRecord>;

/** A calculation step as the server rendered it in the UI language. */
export const Step = z.object({ article: z.string(), text: z.string() });
export type Step = z.input<typeof Step>;

/** The figures of a calculation (art. 8, 37–40 ups); kept with the proposal and the decision. */
export const CalculationFigures = z.object({
  eligible: z.boolean(),
  amount: z.number().int(),
  minimumAmount: z.number().int(),
  maximumAmount: z.number().int().nullable(),
  criterion: z.number().int(),
  income: z.number().int(),
  incomePerPerson: z.number().int(),
  householdSize: z.number().int(),
  referenceMonth: month,
  parametersFrom: isoDay,
});
/** The calculation of a proposal being filled in (POST …/proposal-preview). */
export const Calculation = CalculationFigures.extend({ explanation: z.array(Step) });
export type Calculation = z.input<typeof Calculation>;

export const ProposalRecord = z.object({
  id: z.uuid(),
  workerName: z.string(),
  benefit: z.enum(APPLICATION_BENEFITS),
  personIds: z.array(z.uuid()),
  unableToWork: z.boolean(),
  amount: z.number().int(),
  periodFrom: isoDay,
  periodTo: isoDay,
  purpose: z.string().nullable(),
  justification: z.string(),
  calculation: CalculationFigures,
  explanation: z.array(Step),
  createdAt: timestamp,
});
export type ProposalRecord = z.input<typeof ProposalRecord>;

export const DecisionRecord = z.object({
  id: z.uuid(),
  number: z.string(),
  outcome: z.enum(['grant', 'refuse', 'revoke', 'suspend']),
  kind: z.enum(['original', 'change', 'revoke', 'suspend']),
  amendsNumber: z.string().nullable(),
  benefit: z.enum(APPLICATION_BENEFITS),
  amount: z.number().int(),
  periodFrom: isoDay.nullable(),
  periodTo: isoDay.nullable(),
  schedule: z.array(z.object({ month, amount: z.number().int(), days: z.number().int().nullable() })),
  paymentMethod: z.enum(['transfer', 'cashDesk']).nullable(),
  iban: z.string().nullable(),
  legalBasis: z.string(),
  justification: z.string(),
  /** The calculation as signed, with its explanation in Polish (null for a revocation). */
  calculation: z.unknown(),
  decidedOn: isoDay,
  deliveredOn: isoDay.nullable(),
  signedByName: z.string(),
  signatoryJobTitle: z.string().nullable(),
  draftedByName: z.string().nullable(),
  /** A zasiłek celowy's purpose (art. 39 ust. 2 ups). */
  purpose: z.enum(CELOWY_PURPOSES).nullable(),
  helpForm: z.enum(HELP_FORMS),
  /** Clothing granted (art. 48 ups); the amount per item in cash only. */
  items: z.array(
    z.object({ name: z.string(), quantity: z.number().int(), unitGrosze: z.number().int().nullish() }),
  ),
  /** In kind: the hand-out from the store, once done. */
  handout: z.object({ handedOutOn: isoDay, handedOutByName: z.string(), receivedBy: z.string() }).nullable(),
});
export type DecisionRecord = z.input<typeof DecisionRecord>;

/**
 * A decision drafted under four-eyes approval, waiting for another authorised person: a first
 * decision has an outcome; a change or revocation names the decision it amends.
 */
export const DecisionDraft = z.looseObject({
  outcome: z.enum(['grant', 'refuse']).optional(),
  amendment: z.enum(['change', 'revoke']).optional(),
  amendsNumber: z.string().optional(),
  fromMonth: month.optional(),
  decidedOn: isoDay,
  amount: z.number().int().optional(),
  draftedById: z.uuid().nullable(),
  draftedByName: z.string().nullable(),
});
export type DecisionDraft = z.input<typeof DecisionDraft>;

export const AppealRecord = z.object({
  id: z.uuid(),
  receivedOn: isoDay,
  appellant: z.string().nullable(),
  summary: z.string().nullable(),
  forwardDue: isoDay,
  forwardedOn: isoDay.nullable(),
  outcome: z.enum(APPEAL_OUTCOMES).nullable(),
  outcomeOn: isoDay.nullable(),
  note: z.string().nullable(),
});
export type AppealRecord = z.input<typeof AppealRecord>;

/** GET /api/v1/applications/:id and the answer of every step. */
export const ApplicationDetail = ApplicationSummary.extend({
  deadlines: ApplicationDeadlines,
  allowedActions: z.array(z.enum(APPLICATION_ACTIONS)),
  actions: z.array(ActionEntry),
  members: z.array(HouseholdMember),
  wywiady: z.array(WywiadRecord),
  proposals: z.array(ProposalRecord),
  decisions: z.array(DecisionRecord),
  decisionDraft: DecisionDraft.nullable(),
  appeals: z.array(AppealRecord),
});
export type ApplicationDetail = z.input<typeof ApplicationDetail>;

const WORK_KINDS = [
  'wywiad',
  'wywiadUpdate',
  'proposal',
  'decision',
  'approveDecision',
  'forwardAppeal',
  'intake',
] as const;

/** One line of "Moja praca". */
export const WorkItem = z.object({
  kind: z.enum(WORK_KINDS),
  due: isoDay,
  overdue: z.boolean(),
  /** null for an online application not yet registered (kind 'intake', see intakeId). */
  applicationId: z.uuid().nullable(),
  intakeId: z.uuid().optional(),
  number: z.string(),
  applicantName: z.string(),
  householdId: z.uuid().nullable(),
  address: z.object({
    street: z.string().nullable(),
    building: z.string().nullable(),
    apartment: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
  }),
  urgent: z.boolean(),
});
export type WorkItem = z.input<typeof WorkItem>;

/** GET /api/v1/my-work: what is due and overdue for the signed-in staff member. */
export const MyWork = z.object({ today: isoDay, items: z.array(WorkItem), overdue: z.number().int() });
export type MyWork = z.input<typeof MyWork>;
