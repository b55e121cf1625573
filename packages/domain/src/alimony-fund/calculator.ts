import { z } from 'zod';
import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { ageInMonth } from '../family-benefits/zasilek-rodzinny.ts';
import { alimonyFund } from '../i18n/alimony-fund.ts';
import { registerMessages } from '../i18n/index.ts';
import { isoDate } from '../shared/validation.ts';
import { type AlimonyFundParameters, alimonyFundPeriodOf } from './parameters.ts';
import { cappedBenefit, excessPerPerson, incomePerPerson, personBenefit, withinAgeLimit } from './rules.ts';

// Whoever renders a step needs its messages, whether or not it loaded the package index.
registerMessages(alimonyFund);

const UFA = 'ustawy o pomocy osobom uprawnionym do alimentów';
export const UFA_ART = (n: string) => `art. ${n} ${UFA}`;

/** Court alimony for one person, grosze a month: more than 0 (absent when not entitled). */
export const courtAlimony = z
  .number()
  .int()
  .min(1, 'validation.alimonyFund.courtAlimonyPositive')
  .max(10_000_000);

export const AlimonyFundMember = z.object({
  role: z.enum(['parent', 'child', 'other']),
  birthDate: isoDate,
  disabilityCertificate: z.boolean().default(false),
  /** Orzeczenie o znacznym stopniu niepełnosprawności: no age limit (art. 9 ust. 1). */
  significantDisability: z.boolean().default(false),
  inSchool: z.boolean().default(false),
  courtAlimony: courtAlimony.optional(),
});

/** POST /api/v1/calculators/alimony-fund — the public self-check (issue 19, item 6). */
export const AlimonyFundCalculatorRequest = z
  .object({
    periodStart: isoDate.refine((d) => d.endsWith('-01'), 'validation.familyBenefits.firstOfMonth'),
    familyMonthlyIncome: z.number().int().min(0).max(1_000_000_000),
    members: z.array(AlimonyFundMember).min(1).max(30),
  })
  .superRefine((r, ctx) => {
    r.members.forEach((m, i) => {
      if (m.birthDate > `${r.periodStart.slice(0, 8)}31`)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'birthDate'],
          message: 'validation.familyBenefits.bornAfter',
        });
    });
  });
export type AlimonyFundCalculatorRequest = z.output<typeof AlimonyFundCalculatorRequest>;

export interface AlimonyFundItem {
  personIndex: number;
  amount: number;
}

export interface AlimonyFundAnswer {
  eligible: boolean;
  criterion: number;
  incomePerPerson: number;
  monthlyAmount: number;
  items: AlimonyFundItem[];
  steps: ExplanationStep[];
}

export const AlimonyFundCalculatorAnswer = z.object({
  eligible: z.boolean(),
  criterion: z.number().int(),
  incomePerPerson: z.number().int(),
  monthlyAmount: z.number().int(),
  items: z.array(z.object({ personIndex: z.number().int(), amount: z.number().int() })),
  explanation: z.array(z.object({ article: z.string(), text: z.string() })),
});

/**
 * The alimony fund for one month: each person with court alimony, within the age limit, gets
 * the alimony up to the cap; over the criterion each benefit is reduced by the excess per person
 * and a reduced one under the minimum is not paid. Every step with its article.
 */
export function calculateAlimonyFund(
  p: AlimonyFundParameters,
  r: AlimonyFundCalculatorRequest,
): AlimonyFundAnswer {
  const steps: ExplanationStep[] = [];
  const size = r.members.length;
  const perPerson = incomePerPerson(r.familyMonthlyIncome, size);
  const excess = excessPerPerson(perPerson, p.criterion);
  steps.push(
    step(UFA_ART('9 ust. 2'), 'alimonyFund.step.criterion', {
      period: alimonyFundPeriodOf(r.periodStart).label,
      criterion: money(p.criterion),
    }),
    step(UFA_ART('9 ust. 2'), 'alimonyFund.step.income', {
      income: money(r.familyMonthlyIncome),
      size,
      perPerson: money(perPerson),
    }),
    excess === 0
      ? step(UFA_ART('9 ust. 2'), 'alimonyFund.step.withinCriterion')
      : step(UFA_ART('9 ust. 2a'), 'alimonyFund.step.overCriterion', { excess: money(excess) }),
  );
  const items: AlimonyFundItem[] = [];
  let entitled = 0;
  r.members.forEach((m, i) => {
    if (m.courtAlimony === undefined) return;
    const n = i + 1;
    if (!withinAgeLimit(m, r.periodStart)) {
      steps.push(
        step(UFA_ART('9 ust. 1'), 'alimonyFund.step.overAge', {
          n,
          age: ageInMonth(m.birthDate, r.periodStart),
          limit: m.inSchool ? 25 : 18,
        }),
      );
      return;
    }
    entitled += 1;
    const benefit = cappedBenefit(m.courtAlimony, p.cap);
    steps.push(
      step(UFA_ART('10 ust. 1'), 'alimonyFund.step.benefit', {
        n,
        alimony: money(m.courtAlimony),
        cap: money(p.cap),
        amount: money(benefit),
      }),
    );
    const b = personBenefit(benefit, excess, p.minimumReduced);
    if (b.kind === 'reduced') {
      steps.push(
        step(UFA_ART('9 ust. 2a'), 'alimonyFund.step.reduced', {
          n,
          excess: money(excess),
          amount: money(b.amount),
        }),
      );
    } else if (b.kind === 'none') {
      steps.push(
        step(UFA_ART('9 ust. 2b'), 'alimonyFund.step.underMinimum', {
          n,
          result: money(Math.max(0, b.result)),
          minimum: money(p.minimumReduced),
        }),
      );
    }
    if (b.amount > 0) items.push({ personIndex: i, amount: b.amount });
  });
  if (entitled === 0) steps.push(step(UFA_ART('9 ust. 1'), 'alimonyFund.step.noEntitled'));
  const monthlyAmount = items.reduce((s, x) => s + x.amount, 0);
  if (entitled > 0)
    steps.push(step(UFA_ART('10 ust. 1'), 'alimonyFund.step.total', { amount: money(monthlyAmount) }));
  return {
    eligible: monthlyAmount > 0,
    criterion: p.criterion,
    incomePerPerson: perPerson,
    monthlyAmount,
    items,
    steps,
  };
}
