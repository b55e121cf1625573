import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explanation.ts';
import { householdIncome, type MemberIncomeInput } from './income.ts';
import {
  addMonths,
  incomeChangeWithinTolerance,
  oneOffQualifies,
  oneOffThreshold,
  partInMonth,
  spreadOneOff,
  spreadOverPeriod,
} from './income-timing.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from './legal-parameters.ts';

// Worked examples of domain reference §1.6 with the 2025 criteria (1010 zł single, 823 zł per
// person). Parts are amount ÷ 12 (or ÷ months of the period), half up to the grosz.
const p2025 = parametersOn(LEGAL_PARAMETER_HISTORY, '2025-01-01')!;

describe('art. 8 ust. 11: income received once', () => {
  it('the threshold is five times the criterion of the single person or of the family', () => {
    expect(oneOffThreshold(p2025, 1)).toBe(505_000); // 5 × 1010 zł
    expect(oneOffThreshold(p2025, 3)).toBe(1_234_500); // 5 × 823 zł × 3
  });

  it('over five times: 12 equal parts from the month paid', () => {
    // 6000 zł paid in March 2025 to a single person: 500 zł a month, March 2025 – February 2026.
    const s = spreadOneOff(600_000, '2025-03', oneOffThreshold(p2025, 1))!;
    expect(s).toEqual({ fromMonth: '2025-03', toMonth: '2026-02', months: 12, part: 50_000 });
    expect([partInMonth(s, '2025-02'), partInMonth(s, '2025-03'), partInMonth(s, '2026-02')]).toEqual([
      0, 50_000, 50_000,
    ]);
    expect(partInMonth(s, '2026-03')).toBe(0);
  });

  it('exactly five times is not over it: no spreading', () => {
    expect(spreadOneOff(505_000, '2025-03', oneOffThreshold(p2025, 1))).toBeNull();
    expect(spreadOneOff(505_001, '2025-03', oneOffThreshold(p2025, 1))?.part).toBe(42_083); // 420,83417
  });

  it('a family of three: 12 345,01 zł is over 12 345 zł; a twelfth is 1028,75 zł (1028,750833 half up)', () => {
    expect(spreadOneOff(1_234_501, '2025-05', oneOffThreshold(p2025, 3))?.part).toBe(102_875);
    expect(spreadOneOff(1_234_500, '2025-05', oneOffThreshold(p2025, 3))).toBeNull();
  });

  it('counts only when received in the 12 months before the month of the application, or while a benefit is paid', () => {
    expect(oneOffQualifies('2024-06', '2025-06')).toBe(true); // 12 months before
    expect(oneOffQualifies('2024-05', '2025-06')).toBe(false); // 13 months before
    expect(oneOffQualifies('2025-06', '2025-06')).toBe(false); // the month of the application itself
    expect(oneOffQualifies('2025-09', '2025-06', { from: '2025-07', to: '2025-12' })).toBe(true);
    expect(oneOffQualifies('2026-01', '2025-06', { from: '2025-07', to: '2025-12' })).toBe(false);
  });
});

describe('art. 8 ust. 12: income due for a period', () => {
  it('a quarter paid at once counts a third in each month of the quarter', () => {
    const s = spreadOverPeriod(120_000, '2025-04', '2025-06');
    expect(s).toEqual({ fromMonth: '2025-04', toMonth: '2025-06', months: 3, part: 40_000 });
    expect(partInMonth(s, '2025-05')).toBe(40_000);
    expect(partInMonth(s, '2025-07')).toBe(0);
  });

  it('rounds each part half up: 1000 zł over 3 months is 333,33 zł', () => {
    expect(spreadOverPeriod(100_000, '2025-01', '2025-03').part).toBe(33_333);
    expect(spreadOverPeriod(100_001, '2025-01', '2025-03').part).toBe(33_334); // 333,33667
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => spreadOverPeriod(1, '2025-03', '2025-01')).toThrow(RangeError);
  });
});

describe('art. 106 ust. 3a–3b: a small change of income leaves a running benefit as it is', () => {
  it('single person: up to 101 zł (10% of 1010 zł) is tolerated, 101,01 zł is not', () => {
    expect(incomeChangeWithinTolerance(p2025, 1, 50_000, 60_100)).toEqual({
      tolerated: true,
      change: 10_100,
      limit: 10_100,
    });
    expect(incomeChangeWithinTolerance(p2025, 1, 50_000, 60_101).tolerated).toBe(false);
    expect(incomeChangeWithinTolerance(p2025, 1, 50_000, 39_900).tolerated).toBe(true); // a fall counts alike
  });

  it('family of three: 10% of the family criterion 2469 zł is 246,90 zł', () => {
    expect(incomeChangeWithinTolerance(p2025, 3, 100_000, 124_690)).toEqual({
      tolerated: true,
      change: 24_690,
      limit: 24_690,
    });
    expect(incomeChangeWithinTolerance(p2025, 3, 100_000, 124_691).tolerated).toBe(false);
  });
});

describe('householdIncome applies ust. 11 and 12 and says so', () => {
  const member = (sources: MemberIncomeInput['sources']): MemberIncomeInput => ({
    name: 'Anna',
    sources,
    alimonyPaid: 0,
  });
  const severance = { kind: 'other' as const, gross: 600_000, tax: 0, contributions: 0, oneOff: true };

  it('a severance of 6000 zł paid in March counts 500 zł in May (application in June)', () => {
    const r = householdIncome(p2025, {
      referenceMonth: '2025-05',
      applicationMonth: '2025-06',
      members: [member([{ ...severance, month: '2025-03' }])],
      farmHectares: 0,
    });
    expect(r.income).toBe(50_000);
    const s = r.steps.find((x) => x.key === 'benefits.income.oneOffSpread')!;
    expect(s.article).toBe('art. 8 ust. 11 ustawy o pomocy społecznej');
    expect(renderExplanation([s], 'pl')[0]!.text.replace(/\s/g, ' ')).toBe(
      'Anna: inny dochód (6000,00 zł) wypłacony jednorazowo w 2025-03 przekracza pięciokrotność kryterium (5050,00 zł); liczy się 1/12 w miesiącach 2025-03–2026-02: 500,00 zł.',
    );
  });

  it('the same 5050 zł (not over) paid in March does not count in May', () => {
    const r = householdIncome(p2025, {
      referenceMonth: '2025-05',
      members: [member([{ ...severance, gross: 505_000, month: '2025-03' }])],
      farmHectares: 0,
    });
    expect(r.income).toBe(0);
  });

  it('a one-off received during the running benefit counts when its income is reviewed', () => {
    const input = {
      referenceMonth: '2025-10',
      applicationMonth: '2025-01',
      members: [member([{ ...severance, month: '2025-08' }])],
      farmHectares: 0,
    };
    expect(householdIncome(p2025, input).income).toBe(0); // not within 12 months before January
    expect(
      householdIncome(p2025, { ...input, benefitPeriod: { from: '2025-02', to: '2025-12' } }).income,
    ).toBe(50_000);
  });

  it('a quarterly payment paid in July for April–June counts 400 zł in May', () => {
    const r = householdIncome(p2025, {
      referenceMonth: '2025-05',
      members: [
        member([
          {
            kind: 'civilContract',
            month: '2025-07',
            gross: 120_000,
            tax: 0,
            contributions: 0,
            dueFrom: '2025-04',
            dueTo: '2025-06',
          },
        ]),
      ],
      farmHectares: 0,
    });
    expect(r.income).toBe(40_000);
    expect(r.steps[0]!.article).toBe('art. 8 ust. 12 ustawy o pomocy społecznej');
  });

  it('addMonths crosses years both ways', () => {
    expect([addMonths('2025-12', 1), addMonths('2025-01', -1), addMonths('2025-03', 11)]).toEqual([
      '2026-01',
      '2024-12',
      '2026-02',
    ]);
  });
});
