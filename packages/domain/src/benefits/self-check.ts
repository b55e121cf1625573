import { z } from 'zod';
import { isoDate } from '../shared/validation.ts';
import { ART } from './articles.ts';
import { APPLICATION_BENEFITS } from './benefit-kinds.ts';
import { periodStep } from './criterion.ts';
import { type ExplanationStep, money, step } from './explanation.ts';
import { farmIncome } from './income.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';
import { zasilekOkresowy } from './zasilek-okresowy.ts';
import { zasilekStaly } from './zasilek-staly.ts';

/** The allowances the public calculator answers for: two of the benefit kinds of applications. */
export const CalculatorBenefit = z.enum(APPLICATION_BENEFITS).extract(['zasilekStaly', 'zasilekOkresowy']);
export type CalculatorBenefit = z.output<typeof CalculatorBenefit>;
export const CALCULATOR_BENEFITS = CalculatorBenefit.options;

/** The public calculator's question (POST /api/v1/calculators/social-assistance). */
export const CalculatorRequest = z
  .object({
    benefit: CalculatorBenefit,
    date: isoDate,
    household: z
      .array(
        z.object({
          role: z.enum(['applicant', 'member']),
          /** The member's income already computed per art. 8, grosze. */
          netIncome: z.number().int().min(0).max(100_000_000),
          unableToWork: z.boolean().default(false),
        }),
      )
      .min(1)
      .max(30),
    farmHectares: z.number().min(0).max(10_000).default(0),
  })
  .superRefine((r, ctx) => {
    if (r.household.filter((m) => m.role === 'applicant').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['household'], message: 'validation.benefits.oneApplicant' });
  });
export type CalculatorRequest = z.output<typeof CalculatorRequest>;

export interface CalculatorAnswer {
  eligible: boolean;
  amount: number;
  criterion: number;
  incomePerPerson: number;
  maximumAmount?: number;
  steps: ExplanationStep[];
}

/**
 * The resident's self-check: statutory amounts only (no council raises), for the period given.
 * The farm income is the household's; in a family it is not part of the applicant's own income.
 */
export function calculateSocialAssistance(p: LegalParameterPeriod, r: CalculatorRequest): CalculatorAnswer {
  const applicant = r.household.find((m) => m.role === 'applicant')!;
  const farm = farmIncome(p, r.farmHectares);
  const members = r.household.reduce((sum, m) => sum + m.netIncome, 0);
  const income = members + farm.amount;
  const head: ExplanationStep[] = [periodStep(p, r.date)];
  if (r.farmHectares > 0) {
    head.push(farm.step);
    head.push(
      step(ART.income, 'benefits.income.membersPlusFarm', {
        members: money(members),
        farm: money(farm.amount),
        income: money(income),
      }),
    );
  }
  const h = { size: r.household.length, income };
  if (r.benefit === 'zasilekOkresowy') {
    const res = zasilekOkresowy(p, h);
    return {
      eligible: res.eligible,
      amount: res.amount,
      criterion: res.criterion,
      incomePerPerson: res.incomePerPerson,
      maximumAmount: res.maximumAmount,
      steps: [...head, ...res.steps],
    };
  }
  const single = r.household.length === 1;
  const res = zasilekStaly(p, {
    ...h,
    applicantIncome: single ? income : applicant.netIncome,
    unableToWork: applicant.unableToWork,
  });
  return {
    eligible: res.eligible,
    amount: res.amount,
    criterion: res.criterion,
    incomePerPerson: res.incomePerPerson,
    steps: [...head, ...res.steps],
  };
}
