import { describe, expect, it } from 'vitest';
import { incomeWithinCriterion } from './criterion.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from './legal-parameters.ts';
import { specjalnyZasilekCelowy, zasilekCelowy } from './zasilek-celowy.ts';

const on = (date: string) => parametersOn(LEGAL_PARAMETER_HISTORY, date)!;

describe('income within the criterion (art. 8 ust. 1: "nie przekracza")', () => {
  it.each([
    ['2015-10-01', 1, 63_400, true],
    ['2015-10-01', 1, 63_401, false],
    ['2018-10-01', 2, 105_600, true],
    ['2018-10-01', 2, 105_601, false],
    ['2022-01-01', 3, 180_000, true],
    ['2022-01-01', 3, 180_001, false],
    ['2024-01-01', 1, 77_600, true],
    ['2024-01-01', 1, 0, true],
    ['2025-01-01', 1, 101_000, true],
    ['2025-01-01', 1, 101_001, false],
    ['2025-01-01', 4, 329_200, true],
    ['2025-01-01', 4, 329_201, false],
  ] as const)('%s: %i person(s), income %i → within %s', (date, size, income, within) => {
    expect(incomeWithinCriterion(on(date), { size, income }).within).toBe(within);
  });

  it('compares exactly on the household total, whatever the per-person rounding shows', () => {
    // 2469.01 / 3 = 823.0033… shows as 823.00 but exceeds the family criterion 2469.00.
    const r = incomeWithinCriterion(on('2025-01-01'), { size: 3, income: 246_901 });
    expect([r.within, r.incomePerPerson, r.householdCriterion]).toEqual([false, 82_300, 246_900]);
  });
});

describe('zasiłek celowy (art. 39) and specjalny zasiłek celowy (art. 41 pkt 1)', () => {
  it('celowy: within the criterion, no statutory ceiling', () => {
    expect(zasilekCelowy(on('2025-01-01'), { size: 1, income: 101_000 }, 50_000)).toMatchObject({
      eligible: true,
      ceiling: null,
      amount: 50_000,
    });
    expect(zasilekCelowy(on('2025-01-01'), { size: 1, income: 101_001 }, 50_000)).toMatchObject({
      eligible: false,
      amount: 0,
    });
  });

  it.each([
    ['2015-10-01', 1, 63_400],
    ['2018-10-01', 3, 158_400],
    ['2022-01-01', 1, 77_600],
    ['2024-01-01', 2, 120_000],
    ['2025-01-01', 1, 101_000],
    ['2025-01-01', 4, 329_200],
  ] as const)('specjalny %s, %i person(s): ceiling %i, also above the criterion', (date, size, ceiling) => {
    const r = specjalnyZasilekCelowy(on(date), { size, income: 500_000 }, 1_000_000);
    expect([r.eligible, r.ceiling, r.amount]).toEqual([true, ceiling, ceiling]);
  });

  it('specjalny: a request under the ceiling is granted in full', () => {
    expect(specjalnyZasilekCelowy(on('2025-01-01'), { size: 1, income: 0 }, 30_000).amount).toBe(30_000);
  });
});
