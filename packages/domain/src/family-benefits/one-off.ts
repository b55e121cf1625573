import { addMonthsToDate } from './dates.ts';
import type { FamilyBenefitParameters } from './parameters.ts';

// The one-off birth benefits: jednorazowa zapomoga z tytułu urodzenia ("becikowe", art. 15b usr)
// and the świadczenie of the ustawa "Za życiem" (art. 10). Money in grosze.

export type OneOffRefusal = 'late' | 'overCriterion' | 'noPrenatalCare' | 'noCertificate' | 'notInForce';

export type OneOffResult = { amount: number } | { amount: 0; refused: OneOffRefusal };

// Art. 15b ust. 4 usr and art. 10 ust. 3 "Za życiem": the application within 12 months of the birth.
export function filedInTime(birthDate: string, filedOn: string): boolean {
  return filedOn <= addMonthsToDate(birthDate, 12);
}

/**
 * Art. 15b ust. 1–2 and 5 usr: 1000 zł per child when the income per person is within 1922 zł
 * (no "złotówka za złotówkę" here) and the mother was under medical care from the 10th week of
 * pregnancy — not asked of legal guardians, actual guardians or adopters.
 */
export function birthGrant(
  p: FamilyBenefitParameters,
  c: {
    birthDate: string;
    filedOn: string;
    incomePerPerson: number;
    prenatalCare: boolean;
    guardianOrAdopter: boolean;
  },
): OneOffResult {
  if (!p.birthGrant) return { amount: 0, refused: 'notInForce' };
  if (!filedInTime(c.birthDate, c.filedOn)) return { amount: 0, refused: 'late' };
  if (c.incomePerPerson > p.birthGrant.criterion) return { amount: 0, refused: 'overCriterion' };
  if (!c.prenatalCare && !c.guardianOrAdopter) return { amount: 0, refused: 'noPrenatalCare' };
  return { amount: p.birthGrant.amount };
}

// Art. 10 ust. 1–3 ustawy "Za życiem": 4000 zł, no income criterion, with the doctor's certificate of
// a severe irreversible impairment or incurable life-threatening illness from pregnancy or birth.
export function zaZyciem(
  p: FamilyBenefitParameters,
  c: { birthDate: string; filedOn: string; certificate: boolean },
): OneOffResult {
  if (p.zaZyciem === null) return { amount: 0, refused: 'notInForce' };
  if (!filedInTime(c.birthDate, c.filedOn)) return { amount: 0, refused: 'late' };
  if (!c.certificate) return { amount: 0, refused: 'noCertificate' };
  return { amount: p.zaZyciem };
}
