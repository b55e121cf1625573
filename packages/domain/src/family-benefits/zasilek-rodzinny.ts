import { ageOn } from '../blue-card/statistics.ts';
import { divideHalfUp } from '../shared/money.ts';
import type { FamilyBenefitParameters } from './parameters.ts';

// Zasiłek rodzinny and its dodatki (usr art. 5–15): small rules, each with its article.
// Ages are read on the first day of the month being paid, so the month of a birthday is paid
// as the month before it: the right (and the 95 zł rate) lasts to the end of the month in which
// the child reaches the limit [M: the reading of art. 24 ust. 3 usr].

export interface Child {
  birthDate: string;
  disabilityCertificate: boolean;
  inSchool: boolean;
}

// Art. 6 ust. 2 usr: to 18; to 21 while in school; to 24 in school with a disability certificate.
export function ageLimit(c: Child): number {
  if (c.inSchool && c.disabilityCertificate) return 24;
  return c.inSchool ? 21 : 18;
}

/** Full years on the first day of the month; a child born later in that month is 0. */
export function ageInMonth(birthDate: string, monthStart: string): number {
  return Math.max(0, ageOn(birthDate, monthStart));
}

// Art. 6 ust. 2 usr with art. 24 ust. 3: the child, born by the month's end, is within its limit that month.
export function withinAgeLimit(c: Child, monthStart: string): boolean {
  return (
    c.birthDate.slice(0, 7) <= monthStart.slice(0, 7) && ageInMonth(c.birthDate, monthStart) < ageLimit(c)
  );
}

// Art. 6 ust. 1 usr: 95 zł to the age of 5, 124 zł over 5 to 18, 135 zł over 18 to 24.
export function zasilekRodzinnyAmount(p: FamilyBenefitParameters, c: Child, monthStart: string): number {
  const age = ageInMonth(c.birthDate, monthStart);
  if (age < 5) return p.zasilekRodzinny.under5;
  return age < 18 ? p.zasilekRodzinny.to18 : p.zasilekRodzinny.over18;
}

// Art. 5 ust. 2 usr: the higher criterion when a child of the family has a disability certificate.
export function criterionFor(p: FamilyBenefitParameters, anyDisabledChild: boolean): number {
  return anyDisabledChild ? p.criterion.disabledChild : p.criterion.perPerson;
}

// Art. 11a ust. 1–2 usr: samotne wychowywanie — per child to its cap, plus the raise per disabled child to its cap.
export function samotneWychowywanie(
  p: FamilyBenefitParameters,
  children: readonly Child[],
): { base: number; raise: number } {
  const d = p.dodatki;
  const disabled = children.filter((c) => c.disabilityCertificate).length;
  return {
    base: Math.min(children.length * d.samotneWychowywanie, d.samotneWychowywanieMax),
    raise: Math.min(disabled * d.samotneNiepelnosprawne, d.samotneNiepelnosprawneMax),
  };
}

// Art. 12a usr: rodzina wielodzietna — 95 zł for the third and each further child entitled to zasiłek.
export function wielodzietnosc(p: FamilyBenefitParameters, entitledChildren: number): number {
  return Math.max(0, entitledChildren - 2) * p.dodatki.wielodzietnosc;
}

// Art. 13 usr: kształcenie i rehabilitacja — 90 zł to the age of 5, 110 zł over 5, for a disabled child.
export function ksztalcenieRehabilitacja(p: FamilyBenefitParameters, c: Child, monthStart: string): number {
  if (!c.disabilityCertificate) return 0;
  return ageInMonth(c.birthDate, monthStart) < 5 ? p.dodatki.ksztalcenieUnder5 : p.dodatki.ksztalcenieOver5;
}

// Art. 9 usr: urodzenie dziecka — once, for a child under one year old (applied for within 12 months).
export function urodzenie(p: FamilyBenefitParameters, c: Child, monthStart: string): number {
  return ageInMonth(c.birthDate, monthStart) < 1 ? p.dodatki.urodzenie : 0;
}

/**
 * Art. 5 ust. 3b usr: the monthly total compared with the excess — monthly benefits as they are,
 * the dodatki of art. 9, 14 and 15 as their yearly sum / 12 (art. 15 is paid for 10 months).
 */
export function totalForReduction(monthly: number, oneOffYearly: number, naukaMonthly: number): number {
  return monthly - naukaMonthly + divideHalfUp(oneOffYearly + naukaMonthly * 10, 12);
}

export type Reduction =
  | { kind: 'full' }
  | { kind: 'reduced'; excess: number; result: number }
  | { kind: 'none'; excess: number; result: number };

// Art. 5 ust. 3–3c usr ("złotówka za złotówkę"): over the criterion × family size by less than the
// total, the total less the excess is paid; a result under the minimum (20 zł) is not paid.
export function zlotowkaZaZlotowke(
  familyIncome: number,
  criterion: number,
  size: number,
  total: number,
  minimum: number,
): Reduction {
  const excess = familyIncome - criterion * size;
  if (excess <= 0) return { kind: 'full' };
  const result = total - excess;
  return result >= minimum ? { kind: 'reduced', excess, result } : { kind: 'none', excess, result };
}

/**
 * Art. 5 ust. 3a usr: the reduced total spread over the benefits in proportion to their amounts
 * [M: the act names the total only]; remainders go to the largest fractions, so when the total
 * is all monthly benefits their sum is exactly the result.
 */
export function spreadReduction(amounts: readonly number[], result: number, total: number): number[] {
  const exact = amounts.map((a) => a * result);
  const out = exact.map((e) => Math.floor(e / total));
  const target = Math.floor(exact.reduce((s, e) => s + e, 0) / total);
  const order = exact.map((e, i) => [e % total, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const short = target - out.reduce((s, x) => s + x, 0);
  for (let k = 0; k < short; k++) out[order[k]![1]]! += 1;
  return out;
}
