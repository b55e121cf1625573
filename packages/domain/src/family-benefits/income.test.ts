import { describe, expect, it } from 'vitest';
import { familyMonthlyIncome, farmIncomeForYear, type MemberIncome, taxedIncomeNet } from './income.ts';
import { benefitPeriodOf, familyBenefitParametersOn } from './parameters.ts';

const none = (taxed = 0): MemberIncome => ({ taxed, untaxed: 0, alimonyPaid: 0, changes: [] });

describe('family benefit parameters by date', () => {
  it('gives both 2024/25 and 2025/26 the frozen 674 / 764 zł criteria and 95/124/135 zł', () => {
    for (const d of ['2024-11-01', '2025-11-01']) {
      const p = familyBenefitParametersOn(d)!;
      expect(p.criterion).toEqual({ perPerson: 67_400, disabledChild: 76_400 });
      expect(p.zasilekRodzinny).toEqual({ under5: 9_500, to18: 12_400, over18: 13_500 });
      expect(p.birthGrant).toEqual({ amount: 100_000, criterion: 192_200 });
      expect(p.zaZyciem).toBe(400_000);
    }
  });
  it('indexes świadczenie pielęgnacyjne each 1 January', () => {
    expect(familyBenefitParametersOn('2024-12-31')!.swiadczeniePielegnacyjne).toBe(298_800);
    expect(familyBenefitParametersOn('2025-01-01')!.swiadczeniePielegnacyjne).toBe(328_700);
    expect(familyBenefitParametersOn('2026-03-01')!.swiadczeniePielegnacyjne).toBe(338_600);
  });
  it('has nothing before the 2016 amounts', () => {
    expect(familyBenefitParametersOn('2016-10-31')).toBeNull();
  });
  it('runs the period 1 November – 31 October with its base year and filing windows', () => {
    expect(benefitPeriodOf('2025-10-31')).toMatchObject({ label: '2024/2025', baseYear: 2023 });
    expect(benefitPeriodOf('2025-11-01')).toEqual({
      label: '2025/2026',
      start: '2025-11-01',
      end: '2026-10-31',
      baseYear: 2024,
      electronicFrom: '2025-07-01',
      paperFrom: '2025-08-01',
      continuousBy: '2025-08-31',
    });
  });
});

describe('income under the usr', () => {
  it('takes PIT income less tax and contributions', () => {
    // 60 000 zł income, 3 100 zł tax, 4 200 zł health, 8 226,00 zł social → 44 474 zł
    expect(
      taxedIncomeNet({
        income: 6_000_000,
        tax: 310_000,
        healthContributions: 420_000,
        socialContributions: 822_600,
      }),
    ).toBe(4_447_400);
  });

  it('counts 1 ha przeliczeniowy at the year’s GUS income (2022: 5549 zł)', () => {
    expect(farmIncomeForYear(2.5, 2022)).toBe(1_387_250);
    expect(farmIncomeForYear(2.5, 2030)).toBeNull();
  });

  it('averages the family’s base year over 12 months and 4 persons, less alimony paid', () => {
    // 44 474 zl + 0 + 1 200 zł scholarship; father pays 2 400 zł alimony: 43 274 zł / 12 = 3 606,17
    const f = familyMonthlyIncome(
      [
        { taxed: 4_447_400, untaxed: 0, alimonyPaid: 240_000, changes: [] },
        { taxed: 0, untaxed: 120_000, alimonyPaid: 0, changes: [] },
        none(),
        none(),
      ],
      2024,
    );
    expect(f).toEqual({ yearly: 4_327_400, monthly: 360_617, perPerson: 90_154 });
  });

  it('leaves a lost income out (art. 5 ust. 4)', () => {
    const lost: MemberIncome = {
      taxed: 3_600_000,
      untaxed: 0,
      alimonyPaid: 0,
      changes: [{ kind: 'lost', on: '2025-03-01', baseYearAmount: 3_000_000 }],
    };
    // 36 000 − 30 000 = 6 000 zł a year → 500 zł a month, 125 zł per person of 4
    expect(familyMonthlyIncome([lost, none(), none(), none()], 2024)).toEqual({
      yearly: 600_000,
      monthly: 50_000,
      perPerson: 12_500,
    });
  });

  it('counts a base-year gain over the months received, only when still received (art. 5 ust. 4a)', () => {
    const gain = (stillReceived: boolean): MemberIncome => ({
      taxed: 2_100_000,
      untaxed: 0,
      alimonyPaid: 0,
      changes: [
        { kind: 'gained', on: '2024-06-01', baseYearAmount: 2_100_000, monthsInBaseYear: 7, stillReceived },
      ],
    });
    // 21 000 zł in 7 months → 3 000 zł a month
    expect(familyMonthlyIncome([gain(true), none()], 2024).monthly).toBe(300_000);
    // no longer received: the base year's figure stands as it is (21 000 / 12 = 1 750 zł)
    expect(familyMonthlyIncome([gain(false), none()], 2024).monthly).toBe(175_000);
  });

  it('adds a gain after the base year with the month after it (art. 5 ust. 4b)', () => {
    const m: MemberIncome = {
      taxed: 1_200_000,
      untaxed: 0,
      alimonyPaid: 0,
      changes: [
        {
          kind: 'gained',
          on: '2025-02-10',
          baseYearAmount: 0,
          monthAfterAmount: 345_678,
          stillReceived: true,
        },
      ],
    };
    // 12 000 / 12 = 1 000 zł + 3 456,78 zł = 4 456,78 zł; per person of 3: 1 485,59 (half up)
    expect(familyMonthlyIncome([m, none(), none()], 2024)).toEqual({
      yearly: 1_200_000,
      monthly: 445_678,
      perPerson: 148_559,
    });
  });

  it('adds the farm as its year / 12', () => {
    expect(familyMonthlyIncome([none(), none()], 2022, 1_387_250).monthly).toBe(115_604);
  });
});
