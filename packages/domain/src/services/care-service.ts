import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText } from '../shared/validation.ts';
import { CARE_SERVICE_KINDS, EXEMPTION_GROUNDS } from './fee-table.ts';

// Care services decided with a fee (art. 50 ups): the requests and answers of the API.

/** The coded scope of care services a decision lists (art. 50 ust. 3 ups and the regulation's catalogue). */
export const CARE_TASKS = [
  'hygiene',
  'meals',
  'shopping',
  'cleaning',
  'laundry',
  'heating',
  'medication',
  'doctorVisits',
  'mobility',
  'paperwork',
  'companionship',
  'socialSkills',
  'rehabilitation',
] as const;
export type CareTask = (typeof CARE_TASKS)[number];

export const PROVIDERS = ['own', 'contracted'] as const;

/** Hours in a day given to the quarter hour: at most 24. */
const hoursPerDay = z
  .number()
  .positive('validation.services.hoursPositive')
  .max(24, 'validation.services.hoursPerDayMax')
  .refine((h) => Number.isInteger(h * 4), 'validation.services.quarterHours');

export const CareServiceExemption = z.strictObject({
  ground: z.enum(EXEMPTION_GROUNDS),
  pct: z.number().int().min(1).max(100),
});

export const CreateCareService = z
  .strictObject({
    /** The application whose home visit gives the household's income. */
    applicationId: z.uuid(),
    /** The person the services are for: a member the home visit counted. */
    personId: z.uuid(),
    serviceKind: z.enum(CARE_SERVICE_KINDS),
    tasks: z.array(z.enum(CARE_TASKS)).min(1, 'validation.services.tasksRequired').max(CARE_TASKS.length),
    hoursPerDay,
    daysPerWeek: z.number().int().min(1).max(7),
    periodFrom: isoDate,
    periodTo: isoDate,
    provider: z.enum(PROVIDERS),
    providerName: optionalText(200),
    exemption: CareServiceExemption.nullable().default(null),
    decidedOn: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.periodTo < d.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'validation.services.periodToBeforeFrom' });
    if (d.provider === 'contracted' && !d.providerName)
      ctx.addIssue({ code: 'custom', path: ['providerName'], message: 'validation.required' });
    if (new Set(d.tasks).size !== d.tasks.length)
      ctx.addIssue({ code: 'custom', path: ['tasks'], message: 'validation.services.duplicate' });
  });
export type CreateCareService = z.input<typeof CreateCareService>;

export const ExplanationStepSchema = z.object({
  article: z.string(),
  key: z.string(),
  params: z.record(
    z.string(),
    z.union([
      z.string(),
      z.number(),
      z.object({ money: z.number() }),
      z.object({ message: z.string(), fallback: z.string() }),
    ]),
  ),
});

export const CareServiceSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  serviceKind: z.enum(CARE_SERVICE_KINDS),
  hoursPerDay: z.number(),
  daysPerWeek: z.number().int(),
  periodFrom: isoDate,
  periodTo: isoDate,
  provider: z.enum(PROVIDERS),
  providerName: z.string().nullable(),
  hourlyFeeGrosze: z.number().int(),
  decidedOn: isoDate,
});
export type CareServiceSummary = z.input<typeof CareServiceSummary>;
export const CareServicePage = cursorPage(CareServiceSummary);
export type CareServicePage = z.input<typeof CareServicePage>;
export const CareServiceQuery = pageQuery(100, 50);

/** A decision with the table it was computed with and the calculation of its justification. */
export const CareService = CareServiceSummary.extend({
  applicationId: z.uuid(),
  applicationNumber: z.string(),
  tasks: z.array(z.enum(CARE_TASKS)),
  feeTableId: z.uuid(),
  feeTableNumber: z.string(),
  hourlyCostGrosze: z.number().int(),
  feePct: z.number(),
  incomeRatioPct: z.number(),
  exemption: CareServiceExemption.nullable(),
  exemptionGrosze: z.number().int(),
  /** Hours a week the decision grants and what they cost the client at the hourly fee. */
  hoursPerWeek: z.number(),
  weeklyFeeGrosze: z.number().int(),
  steps: z.array(ExplanationStepSchema),
});
export type CareService = z.input<typeof CareService>;

/** An application with a home visit and no care-service decision yet: where a clerk starts one. */
export const CareCandidate = z.object({
  applicationId: z.uuid(),
  applicationNumber: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  visitedOn: isoDate,
});
export type CareCandidate = z.input<typeof CareCandidate>;
export const CareCandidatePage = cursorPage(CareCandidate);
export type CareCandidatePage = z.input<typeof CareCandidatePage>;
