// When an income counts: received once (art. 8 ust. 11), due for a period (art. 8 ust. 12), and
// when a change of income leaves a running benefit as it is (art. 106 ust. 3a). Pure functions
// on integer grosze and YYYY-MM months; the explanation steps are built in income.ts.

import { divideHalfUp, percentHalfUp } from '../shared/money.ts';
import type { LegalParameterPeriod } from './legal-parameters.ts';

type Criteria = Pick<LegalParameterPeriod, 'criterionSingle' | 'criterionPerPerson'>;

/** YYYY-MM plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included (0 when `to` is before `from`). */
export function monthsFromTo(from: string, to: string): number {
  const index = (mo: string) => {
    const [y, m] = mo.split('-').map(Number) as [number, number];
    return y * 12 + m;
  };
  return Math.max(0, index(to) - index(from) + 1);
}

/** An income counted in equal monthly parts: `part` in each of `months` months from `fromMonth`. */
export interface SpreadIncome {
  fromMonth: string;
  toMonth: string;
  months: number;
  part: number;
}

function spread(amount: number, fromMonth: string, months: number): SpreadIncome {
  // Equal parts, each rounded half up to the grosz: the law gives no rounding rule, and half up
  // (as for income per person) moves a part by at most half a grosz.
  return { fromMonth, toMonth: addMonths(fromMonth, months - 1), months, part: divideHalfUp(amount, months) };
}

/** The part of a spread income that falls in `month`; 0 outside its months. */
export function partInMonth(s: SpreadIncome, month: string): number {
  return month >= s.fromMonth && month <= s.toMonth ? s.part : 0;
}

// art. 8 ust. 11 ups: the threshold is five times the criterion of a single person, or of the family (per person × members).
export function oneOffThreshold(p: Criteria, householdSize: number): number {
  return 5 * (householdSize === 1 ? p.criterionSingle : p.criterionPerPerson * householdSize);
}

// art. 8 ust. 11 ups: only an income received in the 12 months before the month of the application, or while a benefit is paid.
export function oneOffQualifies(
  paidMonth: string,
  applicationMonth: string,
  benefitPeriod: { from: string; to: string } | null = null,
): boolean {
  const beforeApplication = paidMonth >= addMonths(applicationMonth, -12) && paidMonth < applicationMonth;
  const whileRunning =
    benefitPeriod !== null && paidMonth >= benefitPeriod.from && paidMonth <= benefitPeriod.to;
  return beforeApplication || whileRunning;
}

// art. 8 ust. 11 ups: a qualifying one-off income over the threshold counts in 12 equal parts over 12 months from the month paid; null = not over it.
export function spreadOneOff(amount: number, paidMonth: string, threshold: number): SpreadIncome | null {
  return amount > threshold ? spread(amount, paidMonth, 12) : null;
}

// art. 8 ust. 12 ups: an income received at once but due for a period counts in equal parts over that period.
export function spreadOverPeriod(amount: number, dueFrom: string, dueTo: string): SpreadIncome {
  const months = monthsFromTo(dueFrom, dueTo);
  if (months < 1) throw new RangeError('the period must end on or after its start');
  return spread(amount, dueFrom, months);
}

export interface IncomeChange {
  /** True: the change is at most 10% of the criterion and the running benefit stays as it is. */
  tolerated: boolean;
  change: number;
  /** 10% of the criterion (single, or of the family), half up to the grosz — shown only. */
  limit: number;
}

// art. 106 ust. 3a ups: a change of income of at most 10% of the criterion (single, or of the family) does not change a running cash benefit.
export function incomeChangeWithinTolerance(
  p: Criteria,
  householdSize: number,
  before: number,
  after: number,
): IncomeChange {
  const criterion = householdSize === 1 ? p.criterionSingle : p.criterionPerPerson * householdSize;
  const change = Math.abs(after - before);
  // change ≤ criterion / 10, compared without dividing so no rounding decides it.
  return { tolerated: change * 10 <= criterion, change, limit: percentHalfUp(criterion, 10) };
}
