import { addMonthsToDate } from '../family-benefits/dates.ts';
import { ageInMonth } from '../family-benefits/zasilek-rodzinny.ts';
import { divideHalfUp } from '../shared/money.ts';

// The alimony fund's rules (uFA), each with its article. Ages are read on the first day of the
// month paid, as for family benefits: the right lasts to the end of the month in which the
// person reaches the limit [M: the reading].

export interface EntitledPerson {
  birthDate: string;
  inSchool: boolean;
  significantDisability: boolean;
}

// Art. 9 ust. 1 uFA: to 18; to 25 while in school or university; with a znaczny stopień niepełnosprawności no limit.
export function ageLimit(p: EntitledPerson): number {
  if (p.significantDisability) return Number.POSITIVE_INFINITY;
  return p.inSchool ? 25 : 18;
}

// Art. 9 ust. 1 uFA: the person, born by the month's end, is within the age limit in that month.
export function withinAgeLimit(p: EntitledPerson, monthStart: string): boolean {
  return (
    p.birthDate.slice(0, 7) <= monthStart.slice(0, 7) && ageInMonth(p.birthDate, monthStart) < ageLimit(p)
  );
}

// Art. 10 ust. 1 uFA: the benefit is the alimony currently set by the court, at most the cap in force.
export function cappedBenefit(courtAlimony: number, cap: number): number {
  return Math.min(courtAlimony, cap);
}

// Art. 9 ust. 2 and 2a uFA: the amount the income per person is over the criterion (0 when within it).
export function excessPerPerson(incomePerPerson: number, criterion: number): number {
  return Math.max(0, incomePerPerson - criterion);
}

export type PersonBenefit =
  | { kind: 'full'; amount: number }
  | { kind: 'reduced'; amount: number }
  | { kind: 'none'; amount: 0; result: number };

/**
 * Art. 9 ust. 2a–2b uFA ("złotówka za złotówkę"): over the criterion, each entitled person's
 * benefit less the excess per person; a reduced benefit under the minimum (100 zł) is not paid.
 * The floor applies only to a reduced benefit: a full one of 80 zł is paid.
 */
export function personBenefit(benefit: number, excess: number, minimumReduced: number): PersonBenefit {
  if (excess === 0) return { kind: 'full', amount: benefit };
  const result = benefit - excess;
  return result >= minimumReduced ? { kind: 'reduced', amount: result } : { kind: 'none', amount: 0, result };
}

/**
 * Art. 2 pkt 2 uFA [M: the point's number]: enforcement is ineffective when in the last two
 * months no full payment of the alimony due was recovered — on the bailiff's certificate, the
 * last full payment (if any) is before the two months preceding the certificate's date.
 */
export function enforcementIneffective(certificateOn: string, lastFullPaymentOn: string | null): boolean {
  return lastFullPaymentOn === null || lastFullPaymentOn < addMonthsToDate(certificateOn, -2);
}

/** The family's income per person, half up to the grosz (art. 9 ust. 2 uFA with art. 2 pkt 4). */
export function incomePerPerson(familyMonthlyIncome: number, size: number): number {
  return divideHalfUp(familyMonthlyIncome, Math.max(1, size));
}
