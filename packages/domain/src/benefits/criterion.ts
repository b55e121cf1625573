import { divideHalfUp } from '../shared/money.ts';
import { ART } from './articles.ts';
import { type ExplanationStep, money, step } from './explanation.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';

/** A household's income per art. 8, already summed. Money in grosze. */
export interface HouseholdIncomeFacts {
  /** Persons in the household; 1 = osoba samotnie gospodarująca. */
  size: number;
  /** Income of the whole household (farm income included). */
  income: number;
}

/** What every calculator answers. */
export interface BenefitResult {
  eligible: boolean;
  /** Grosze; 0 when not eligible. */
  amount: number;
  /** The criterion comparable with `incomePerPerson`: single, or per person in the family. */
  criterion: number;
  incomePerPerson: number;
  steps: ExplanationStep[];
}

export interface CriterionFacts {
  single: boolean;
  /** Single criterion, or the criterion per person in the family. */
  criterion: number;
  /** Single criterion, or kryterium dochodowe rodziny (per person × persons, art. 6 pkt 4). */
  householdCriterion: number;
  /**
   * Household income ÷ persons, rounded half up to the grosz. The law gives no rounding rule;
   * half up is the ordinary arithmetic rule and moves the result by at most half a grosz. It
   * is only shown and used in the zasiłek stały formula: eligibility compares whole-household
   * sums (income vs. criterion × persons), which are exact, so rounding never decides eligibility.
   */
  incomePerPerson: number;
  steps: ExplanationStep[];
}

/** The header step: which period's numbers apply on `date`, and where they come from. */
export function periodStep(p: LegalParameterPeriod, date: string): ExplanationStep {
  return step(p.legalBasis, 'benefits.step.parameters', { date, validFrom: p.validFrom });
}

/** Art. 8 ust. 1 and art. 6 pkt 4: the criterion that applies to this household, and its income. */
export function criterionFacts(p: LegalParameterPeriod, h: HouseholdIncomeFacts): CriterionFacts {
  if (!Number.isInteger(h.size) || h.size < 1) throw new RangeError('household size must be ≥ 1');
  if (h.size === 1) {
    return {
      single: true,
      criterion: p.criterionSingle,
      householdCriterion: p.criterionSingle,
      incomePerPerson: h.income,
      steps: [
        step(ART.criterionSingle, 'benefits.step.criterionSingle', { criterion: money(p.criterionSingle) }),
        step(ART.income, 'benefits.step.incomeSingle', { income: money(h.income) }),
      ],
    };
  }
  const householdCriterion = p.criterionPerPerson * h.size;
  const incomePerPerson = divideHalfUp(h.income, h.size);
  return {
    single: false,
    criterion: p.criterionPerPerson,
    householdCriterion,
    incomePerPerson,
    steps: [
      step(ART.familyCriterion, 'benefits.step.criterionFamily', {
        perPerson: money(p.criterionPerPerson),
        size: h.size,
        criterion: money(householdCriterion),
      }),
      step(ART.income, 'benefits.step.incomePerPerson', {
        income: money(h.income),
        size: h.size,
        amount: money(incomePerPerson),
      }),
    ],
  };
}

export interface CriterionTest extends CriterionFacts {
  within: boolean;
}

/**
 * Art. 8 ust. 1: the right to cash benefits needs an income that "nie przekracza" (does not
 * exceed) the criterion, so income equal to the criterion is within it.
 */
export function incomeWithinCriterion(p: LegalParameterPeriod, h: HouseholdIncomeFacts): CriterionTest {
  const facts = criterionFacts(p, h);
  const within = h.income <= facts.householdCriterion;
  const article = facts.single ? ART.criterionSingle : ART.criterionPerPerson;
  const params = { income: money(h.income), criterion: money(facts.householdCriterion) };
  const verdict = within
    ? step(article, 'benefits.step.withinCriterion', params)
    : step(article, 'benefits.step.aboveCriterion', {
        ...params,
        excess: money(h.income - facts.householdCriterion),
      });
  return { ...facts, within, steps: [...facts.steps, verdict] };
}

/**
 * Art. 38 ust. 1 (as art. 37 ust. 1): zasiłek okresowy needs an income "niższy od" (lower than)
 * the criterion — stricter than the "nie przekracza" of art. 8 ust. 1: income equal to the
 * criterion gives none. Compared on whole-household sums, so no rounding decides it.
 */
export function incomeBelowCriterion(
  p: LegalParameterPeriod,
  h: HouseholdIncomeFacts,
  article: string,
): CriterionTest {
  const facts = criterionFacts(p, h);
  const within = h.income < facts.householdCriterion;
  const params = { income: money(h.income), criterion: money(facts.householdCriterion) };
  const verdict = step(
    article,
    within ? 'benefits.step.belowCriterion' : 'benefits.step.notBelowCriterion',
    params,
  );
  return { ...facts, within, steps: [...facts.steps, verdict] };
}
