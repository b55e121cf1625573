import { ART } from './articles.ts';
import { type CriterionTest, type HouseholdIncomeFacts, incomeWithinCriterion } from './criterion.ts';
import { type ExplanationStep, money, step } from './explanation.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';

export interface CelowyResult {
  eligible: boolean;
  /** The highest amount the law allows; null where it sets none. */
  ceiling: number | null;
  /** The requested amount, limited to the ceiling; 0 when not eligible. */
  amount: number;
  criterion: number;
  incomePerPerson: number;
  steps: ExplanationStep[];
}

const result = (test: CriterionTest, r: Omit<CelowyResult, 'criterion' | 'incomePerPerson'>) => ({
  ...r,
  criterion: test.criterion,
  incomePerPerson: test.incomePerPerson,
});

/**
 * Art. 39: zasiłek celowy for a necessary living need, to a household within the criterion
 * (art. 8 ust. 1). The act sets no amount and no ceiling: the centre sizes it to the need.
 */
export function zasilekCelowy(
  p: LegalParameterPeriod,
  h: HouseholdIncomeFacts,
  requested: number,
): CelowyResult {
  const test = incomeWithinCriterion(p, h);
  const steps = [...test.steps];
  if (!test.within) {
    steps.push(step(ART.celowy, 'benefits.celowy.aboveCriterion'));
    return result(test, { eligible: false, ceiling: null, amount: 0, steps });
  }
  steps.push(step(ART.celowy, 'benefits.celowy.noCeiling', { requested: money(requested) }));
  return result(test, { eligible: true, ceiling: null, amount: requested, steps });
}

/**
 * Art. 41 pkt 1: specjalny zasiłek celowy, in particularly justified cases, also to a household
 * above the criterion, up to the criterion of a single person or of the family.
 */
export function specjalnyZasilekCelowy(
  p: LegalParameterPeriod,
  h: HouseholdIncomeFacts,
  requested: number,
): CelowyResult {
  const test = incomeWithinCriterion(p, h);
  const ceiling = test.householdCriterion;
  const amount = Math.min(requested, ceiling);
  const steps = [
    ...test.steps,
    step(ART.specjalnyCelowy, 'benefits.specjalny.ceiling', { ceiling: money(ceiling) }),
    step(ART.specjalnyCelowy, 'benefits.specjalny.amount', {
      requested: money(requested),
      amount: money(amount),
    }),
  ];
  return result(test, { eligible: true, ceiling, amount, steps });
}
