import { percentHalfUp } from '../shared/money.ts';
import { ART } from './articles.ts';
import { type BenefitResult, criterionFacts, type HouseholdIncomeFacts } from './criterion.ts';
import { type ExplanationStep, money, step } from './explanation.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';

export interface ZasilekStalyInput extends HouseholdIncomeFacts {
  /** The applicant's own income; in a family art. 37 ust. 1 pkt 2 tests it on its own too. */
  applicantIncome: number;
  /** Unable to work by age or całkowicie niezdolny do pracy (art. 6 pkt 7 and 8). Adult assumed. */
  unableToWork: boolean;
}

/**
 * Art. 37 ust. 1: income "niższy od" (lower than) the criterion — strictly below, unlike the
 * "nie przekracza" of art. 8 ust. 1. Income equal to the criterion gives no zasiłek stały.
 * See docs/decisions/0002-income-criterion-boundary.md.
 */
function eligibilitySteps(
  i: ZasilekStalyInput,
  single: boolean,
  criterion: number,
  incomePerPerson: number,
): { eligible: boolean; steps: ExplanationStep[] } {
  const article = single ? ART.stalySingle : ART.stalyFamily;
  if (!i.unableToWork) return { eligible: false, steps: [step(article, 'benefits.staly.notUnableToWork')] };
  const below = (income: number, what: string) =>
    step(article, income < criterion ? `benefits.staly.${what}Below` : `benefits.staly.${what}NotBelow`, {
      income: money(income),
      criterion: money(criterion),
    });
  if (single) return { eligible: i.income < criterion, steps: [below(i.income, 'income')] };
  // Per person, compared exactly on the household total, so no rounding can tip the balance.
  const perPersonBelow = i.income < criterion * i.size;
  const steps = [
    below(i.applicantIncome, 'ownIncome'),
    step(article, perPersonBelow ? 'benefits.staly.perPersonBelow' : 'benefits.staly.perPersonNotBelow', {
      income: money(incomePerPerson),
      criterion: money(criterion),
    }),
  ];
  return { eligible: i.applicantIncome < criterion && perPersonBelow, steps };
}

/**
 * Art. 37 ust. 2–3. Single: percent × criterion − income, capped at the maximum. In a family:
 * percent × criterion per person − income per person, no cap. Never below the minimum.
 * Percent is 100 before 1.01.2024 and 130 after (the period says which).
 */
export function zasilekStaly(p: LegalParameterPeriod, i: ZasilekStalyInput): BenefitResult {
  const facts = criterionFacts(p, i);
  const { single, criterion, incomePerPerson } = facts;
  const check = eligibilitySteps(i, single, criterion, incomePerPerson);
  const steps = [...facts.steps, ...check.steps];
  if (!check.eligible) {
    steps.push(step(single ? ART.stalySingle : ART.stalyFamily, 'benefits.notEligible'));
    return { eligible: false, amount: 0, criterion, incomePerPerson, steps };
  }
  const base = percentHalfUp(criterion, p.zasilekStalyPercent);
  const income = single ? i.income : incomePerPerson;
  const amountArticle = single ? ART.stalyAmountSingle : ART.stalyAmountFamily;
  let amount = base - income;
  steps.push(
    step(amountArticle, 'benefits.staly.difference', {
      percent: p.zasilekStalyPercent,
      criterion: money(criterion),
      base: money(base),
      income: money(income),
      amount: money(amount),
    }),
  );
  if (single && amount > p.zasilekStalyMax) {
    amount = p.zasilekStalyMax;
    steps.push(step(ART.stalyAmountSingle, 'benefits.staly.capped', { max: money(amount) }));
  }
  if (amount < p.zasilekStalyMin) {
    amount = p.zasilekStalyMin;
    steps.push(step(ART.stalyMin, 'benefits.staly.raisedToMin', { min: money(amount) }));
  }
  steps.push(step(amountArticle, 'benefits.staly.amount', { amount: money(amount) }));
  return { eligible: true, amount, criterion, incomePerPerson, steps };
}
