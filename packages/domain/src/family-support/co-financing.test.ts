import { describe, expect, it } from 'vitest';
import { mayTakeFamily } from './assistant.ts';
import { centreStaffing, STATUTORY_NORM, workerOverNorm } from './caseload.ts';
import { checkNote, monthlyShare, ratesOn, STATUTORY_RATES, yearOfCare } from './co-financing.ts';

describe('art. 191 ust. 9 uwr — the gmina share of foster care', () => {
  it('counts the year of care from the placement, anniversary to anniversary', () => {
    expect(yearOfCare('2024-03-15', '2024-03-15')).toBe(1);
    expect(yearOfCare('2024-03-15', '2025-03-14')).toBe(1);
    expect(yearOfCare('2024-03-15', '2025-03-15')).toBe(2);
    expect(yearOfCare('2024-03-15', '2026-03-14')).toBe(2);
    expect(yearOfCare('2024-03-15', '2026-03-15')).toBe(3);
    expect(yearOfCare('2024-02-29', '2025-02-28')).toBe(1);
    expect(yearOfCare('2024-02-29', '2025-03-01')).toBe(2);
  });

  it('worked example: the third year starts on 15 March 2026, mid-month', () => {
    // Placed 15.03.2024; the powiat's note for March 2026: 4 123,45 zł.
    // 1–14 March: second year, 30 % (14 days); 15–31 March: third year, 50 % (17 days).
    // 412 345 × (14 × 30 + 17 × 50) / (100 × 31) = 412 345 × 1270 / 3100 = 168 928,43… → 1 689,28 zł.
    const r = monthlyShare(412_345, '2026-03', '2024-03-15', null, STATUTORY_RATES);
    expect(r.daysByPct).toEqual({ 30: 14, 50: 17 });
    expect(r.shareGrosze).toBe(168_928);
  });

  it('whole months take their year: 10 %, 30 %, 50 %', () => {
    expect(monthlyShare(300_000, '2024-05', '2024-03-15', null, STATUTORY_RATES).shareGrosze).toBe(30_000);
    expect(monthlyShare(300_000, '2025-05', '2024-03-15', null, STATUTORY_RATES).shareGrosze).toBe(90_000);
    expect(monthlyShare(300_000, '2027-05', '2024-03-15', null, STATUTORY_RATES).shareGrosze).toBe(150_000);
  });

  it('spreads the cost over the days in care only (placement and end mid-month)', () => {
    // Placed 15.03.2024: 17 days in March, all in the first year → 10 % of the whole note.
    expect(monthlyShare(170_000, '2024-03', '2024-03-15', null, STATUTORY_RATES).shareGrosze).toBe(17_000);
    // Before the placement or after its end nothing is owed.
    expect(monthlyShare(170_000, '2024-02', '2024-03-15', null, STATUTORY_RATES).shareGrosze).toBe(0);
    expect(monthlyShare(170_000, '2026-05', '2024-03-15', '2026-04-30', STATUTORY_RATES).shareGrosze).toBe(0);
  });

  it('the other proration [M]: the month takes the year of its first day in care', () => {
    const rates = { ...STATUTORY_RATES, proration: 'monthStart' as const };
    // 412 345 × 30 % = 123 703,5 → half up 1 237,04 zł.
    expect(monthlyShare(412_345, '2026-03', '2024-03-15', null, rates).shareGrosze).toBe(123_704);
  });

  it('takes the rates valid on the day', () => {
    const later = { ...STATUTORY_RATES, validFrom: '2030-01-01', laterYearsPct: 60 };
    expect(ratesOn([STATUTORY_RATES, later], '2029-12-31').laterYearsPct).toBe(50);
    expect(ratesOn([STATUTORY_RATES, later], '2030-01-01').laterYearsPct).toBe(60);
  });

  it('flags a note that differs from the rule', () => {
    expect(checkNote(168_928, 168_928)).toEqual({ differenceGrosze: 0, discrepancy: false });
    expect(checkNote(206_173, 168_928)).toEqual({ differenceGrosze: 37_245, discrepancy: true });
  });
});

describe('art. 110 ust. 11 ups — staffing norms', () => {
  it('worked example: 9 workers, 21 500 inhabitants, 480 households', () => {
    // 21 500 / 2000 → 11 workers needed; 480 / 50 → 10 needed; 9 × 2000 / 21 500 = 0,84; 9 × 50 / 480 = 0,94.
    expect(centreStaffing(9, 21_500, 480, STATUTORY_NORM)).toEqual({
      workersPerInhabitantsNorm: 0.84,
      workersPerHouseholdsNorm: 0.94,
      requiredByInhabitants: 11,
      requiredByHouseholds: 10,
      meetsInhabitantsNorm: false,
      meetsHouseholdsNorm: false,
    });
  });
  it('a worker with 51 households is over the norm, with 50 not', () => {
    expect(workerOverNorm(50, STATUTORY_NORM)).toBe(false);
    expect(workerOverNorm(51, STATUTORY_NORM)).toBe(true);
  });
});

describe('art. 15 ust. 4 uwr — families per assistant', () => {
  it('takes a 15th family, refuses a 16th', () => {
    expect(mayTakeFamily(14)).toBe(true);
    expect(mayTakeFamily(15)).toBe(false);
  });
});
