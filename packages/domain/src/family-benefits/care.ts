import { ageOn } from '../blue-card/statistics.ts';
import type { FamilyBenefitParameters } from './parameters.ts';

// The care benefits of the usr: zasiłek pielęgnacyjny (art. 16), świadczenie pielęgnacyjne
// (art. 17, before and after the reform of 1 January 2024) and specjalny zasiłek opiekuńczy
// (art. 16a), with the rule that overlapping entitlements give one benefit. Money in grosze.

export const SP_REFORM = '2024-01-01';

export interface CaredFor {
  birthDate: string;
  /** A disability certificate (orzeczenie o niepełnosprawności) of a child under 16. */
  childCertificate: boolean;
  /** Znaczny stopień niepełnosprawności. */
  significantDegree: boolean;
  /** Umiarkowany stopień, with the disability arising before the age of 21. */
  moderateBefore21: boolean;
  /** The certificate's indications of constant care and of constant participation in treatment. */
  careIndications: boolean;
}

// Art. 16 ust. 2 usr: a disabled child, a person over 16 with a significant degree (or moderate
// from before 21), or a person aged 75 or more.
export function zasilekPielegnacyjnyDue(p: FamilyBenefitParameters, c: CaredFor, on: string): number {
  if (p.zasilekPielegnacyjny === null) return 0;
  const age = ageOn(c.birthDate, on);
  const entitled =
    (age < 16 && c.childCertificate) ||
    (age >= 16 && (c.significantDegree || c.moderateBefore21)) ||
    age >= 75;
  return entitled ? p.zasilekPielegnacyjny : 0;
}

/**
 * Art. 17 usr as in force from 1 January 2024: for the carer of a person under 18 with a
 * certificate carrying the care indications; no income criterion, and the carer may work.
 * A right granted before that day for an adult stays (acquired rights, art. 63 of the act of
 * 7 July 2023 [M: the article number]).
 */
export function swiadczeniePielegnacyjneDue(
  p: FamilyBenefitParameters,
  c: CaredFor,
  on: string,
  grantedBefore2024 = false,
): number {
  if (p.swiadczeniePielegnacyjne === null) return 0;
  if (on < SP_REFORM || grantedBefore2024)
    return c.careIndications || c.significantDegree ? p.swiadczeniePielegnacyjne : 0;
  return ageOn(c.birthDate, on) < 18 && c.careIndications ? p.swiadczeniePielegnacyjne : 0;
}

// Art. 16a ust. 2 usr: SZO when the joint income per person of the carer's and the cared-for
// person's families is within its criterion (no "złotówka za złotówkę").
export function specjalnyZasilekOpiekunczyDue(
  p: FamilyBenefitParameters,
  jointIncomePerPerson: number,
): number {
  const s = p.specjalnyZasilekOpiekunczy;
  return s && jointIncomePerPerson <= s.criterion ? s.amount : 0;
}

export type CareBenefit = 'swiadczeniePielegnacyjne' | 'specjalnyZasilekOpiekunczy' | 'zasilekDlaOpiekuna';

// Art. 27 ust. 5 usr [M: the paragraph number]: where a carer is entitled to more than one care
// benefit, one is paid — the one the carer chooses; without a choice, the higher [M].
export function oneCareBenefit(
  due: Partial<Record<CareBenefit, number>>,
  chosen?: CareBenefit,
): { benefit: CareBenefit; amount: number } | null {
  const entries = (Object.entries(due) as [CareBenefit, number][]).filter(([, a]) => a > 0);
  if (!entries.length) return null;
  const pick = (chosen && entries.find(([b]) => b === chosen)) || entries.sort((a, b) => b[1] - a[1])[0]!;
  return { benefit: pick[0], amount: pick[1] };
}
