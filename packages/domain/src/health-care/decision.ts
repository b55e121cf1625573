import { z } from 'zod';
import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { healthCare } from '../i18n/health-care.ts';
import { registerMessages } from '../i18n/index.ts';
import { ExplanationStepSchema } from '../services/care-service.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate } from '../shared/validation.ts';
import type { HealthRightPeriod } from './entitlement.ts';

registerMessages(healthCare);

// The wójt's decision confirming an uninsured resident's right to health care (art. 54 ustawy o
// świadczeniach opieki zdrowotnej finansowanych ze środków publicznych): requests, answers, the income test.

export const HEALTH_ACT =
  'art. 54 ustawy o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych';
const UPS_CRITERION = 'art. 8 ust. 1 ustawy o pomocy społecznej';

export const CreateHealthCareDecision = z
  .strictObject({
    personId: z.uuid(),
    /** The application whose home visit gives the art. 8 income. */
    applicationId: z.uuid(),
    basis: z.enum(['application', 'emergencyCare']),
    /** The day the person (or the hospital) applied. */
    appliedOn: isoDate,
    /** Emergency care: its first day. */
    careStartedOn: isoDate.nullable().default(null),
    /** Known first day of health insurance; the right ends the day before. */
    insuredFrom: isoDate.nullable().default(null),
    decidedOn: isoDate,
  })
  .superRefine((d, ctx) => {
    if (d.basis === 'emergencyCare' && !d.careStartedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['careStartedOn'],
        message: 'validation.healthCare.careStartRequired',
      });
    if (d.careStartedOn && d.careStartedOn > d.appliedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['careStartedOn'],
        message: 'validation.healthCare.careAfterApplication',
      });
    if (d.appliedOn > d.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['appliedOn'], message: 'validation.healthCare.appliedInFuture' });
  });
export type CreateHealthCareDecision = z.input<typeof CreateHealthCareDecision>;

export const HealthCareDecision = z.object({
  id: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  pesel: z.string().nullable(),
  outcome: z.enum(['grant', 'refuse']),
  basis: z.enum(['application', 'emergencyCare']),
  appliedOn: isoDate,
  decidedOn: isoDate,
  /** The right's first and last day (null on a refusal). */
  rightFrom: isoDate.nullable(),
  rightTo: isoDate.nullable(),
  endedByInsurance: z.boolean(),
  incomeGrosze: z.number().int(),
  criterionGrosze: z.number().int(),
  steps: z.array(ExplanationStepSchema),
});
export type HealthCareDecision = z.input<typeof HealthCareDecision>;
export const HealthCareDecisionPage = cursorPage(HealthCareDecision);
export type HealthCareDecisionPage = z.input<typeof HealthCareDecisionPage>;
export const HealthCareDecisionQuery = z
  .object({
    personId: z.uuid().optional(),
    /** Only rights in force today or later, by their end date (what a clinic asks about). */
    current: z.enum(['true', 'false']).optional(),
  })
  .extend(pageQuery(100, 50).shape);

export interface HealthIncomeFacts {
  /** The household's income of the reference month, grosze. */
  income: number;
  size: number;
  criterionSingle: number;
  criterionPerPerson: number;
}

// Art. 54 ust. 1 of that act with art. 8 ups: the right needs income within the criterion — the
// single person's, or per person times the household's size [M: the criteria are dated parameters].
export function withinCriterion(f: HealthIncomeFacts) {
  const criterion = f.size === 1 ? f.criterionSingle : f.criterionPerPerson;
  const limit = criterion * f.size;
  const within = f.income <= limit;
  const steps: ExplanationStep[] = [
    step(UPS_CRITERION, 'healthCare.step.criterion', {
      income: money(f.income),
      criterion: money(criterion),
      size: f.size,
      limit: money(limit),
      verdict: within
        ? { message: 'healthCare.step.within', fallback: 'w kryterium' }
        : { message: 'healthCare.step.over', fallback: 'ponad kryterium' },
    }),
  ];
  return { within, criterion, limit, steps };
}

/** The period's explanation on the decision. */
export function periodSteps(p: HealthRightPeriod): ExplanationStep[] {
  return [
    step(HEALTH_ACT, 'healthCare.step.period', { from: p.from, to: p.to }),
    ...(p.endedByInsurance ? [step(HEALTH_ACT, 'healthCare.step.insured', { to: p.to })] : []),
  ];
}
