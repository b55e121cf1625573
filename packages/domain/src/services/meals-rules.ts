import { type ExplanationStep, money, step } from '../benefits/explanation.ts';

// The rules of the government programme "Posiłek w szkole i w domu" (uchwała nr 149 Rady Ministrów
// z 23.08.2023, M.P. 2023 poz. 881): its criterion and the headteacher's exception.

/** The programme's numbers as dated data (a row of meals_programme_period). */
export interface MealsProgrammePeriod {
  validFrom: string;
  /** Income criterion as % of the art. 8 ups criterion: 200 since 1.01.2023 ([S] domain reference §5.2). */
  criterionPercent: number;
  /** Share of the children fed in the previous month that may be fed by the exception: 20 ([S] §5.2). */
  exceptionCapPercent: number;
  legalBasis: string;
}

export const PROGRAMME = 'uchwała RM nr 149/2023 (Posiłek w szkole i w domu)';

/** The row in force on `day`: the latest valid from on or before it; null before the first. */
export function programmeOn(periods: readonly MealsProgrammePeriod[], day: string) {
  return (
    [...periods]
      .filter((p) => p.validFrom <= day)
      .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null
  );
}

/**
 * Programme, criterion (art. 8 ust. 1 ups raised to 200 % by the programme; the percent is data):
 * the criterion per person (single: of the single person's) and whether the income is within it.
 * Compared in whole grosze without rounding: income × 100 ≤ percent × criterion × persons.
 */
export function withinProgrammeCriterion(f: {
  income: number;
  size: number;
  criterionSingle: number;
  criterionPerPerson: number;
  percent: number;
}): { within: boolean; criterion: number; steps: ExplanationStep[] } {
  const single = f.size === 1;
  const base = single ? f.criterionSingle : f.criterionPerPerson;
  const criterion = Math.floor((base * f.percent) / 100);
  const within = f.income * 100 <= f.percent * base * f.size;
  return {
    within,
    criterion,
    steps: [
      step(PROGRAMME, single ? 'meals.step.criterionSingle' : 'meals.step.criterionFamily', {
        percent: f.percent,
        criterion: money(criterion),
        income: money(f.income),
        size: f.size,
      }),
      step(PROGRAMME, within ? 'meals.step.within' : 'meals.step.above'),
    ],
  };
}

/**
 * Programme, the exception for a pupil (meal at school at the headteacher's request without a home
 * visit or a decision): at most `capPercent` % of the children fed in the gmina in the previous
 * month, rounded down to whole pupils.
 */
export function exceptionCap(fedPreviousMonth: number, capPercent: number): number {
  return Math.floor((fedPreviousMonth * capPercent) / 100);
}
