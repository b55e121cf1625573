import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explanation.ts';

/** Intl puts no-break spaces inside amounts; plain spaces read better in expectations. */
const plain = (steps: { article: string; text: string }[]) =>
  steps.map((s) => ({ ...s, text: s.text.replace(/[\u00a0\u202f]/g, ' ') }));

import { LEGAL_PARAMETER_HISTORY, type LegalParameterPeriod, parametersOn } from './legal-parameters.ts';
import { zasilekStaly } from './zasilek-staly.ts';

const on = (date: string) => parametersOn(LEGAL_PARAMETER_HISTORY, date)!;
const single = (date: string, income: number, unableToWork = true) =>
  zasilekStaly(on(date), { size: 1, income, applicantIncome: income, unableToWork });
const family = (date: string, size: number, income: number, applicantIncome: number) =>
  zasilekStaly(on(date), { size, income, applicantIncome, unableToWork: true });

// [date, income in grosze, eligible, amount in grosze]; every case worked out by hand.
type Case = [income: number, eligible: boolean, amount: number];
const periods: [string, Case[]][] = [
  // 2015-10-01: kryterium 634 zł, max 604 zł [M], min 30 zł, formula kryterium − dochód.
  [
    '2015-10-01',
    [
      [0, true, 60_400], // 634 − 0 = 634, capped at 604
      [3_000, true, 60_400], // 604 exactly
      [50_000, true, 13_400],
      [63_399, true, 3_000], // 0.01 zł, raised to 30 zł
      [63_400, false, 0], // equal to the criterion: not "niższy"
      [63_401, false, 0],
    ],
  ],
  // 2018-10-01: 701 zł, max 645 zł.
  [
    '2018-10-01',
    [
      [0, true, 64_500],
      [10_000, true, 60_100],
      [68_000, true, 3_000], // 21 zł → 30 zł
      [70_099, true, 3_000],
      [70_100, false, 0],
      [70_101, false, 0],
    ],
  ],
  // 2022-01-01: 776 zł, max 719 zł.
  [
    '2022-01-01',
    [
      [0, true, 71_900],
      [20_000, true, 57_600],
      [77_599, true, 3_000],
      [77_600, false, 0],
      [77_601, false, 0],
    ],
  ],
  // 2024-01-01: 130% × 776 = 1008.80 zł, max 1000 zł, min 100 zł.
  [
    '2024-01-01',
    [
      [0, true, 100_000],
      [880, true, 100_000], // 1000.00 exactly
      [10_000, true, 90_880],
      [77_599, true, 23_281], // still below the criterion: 1008.80 − 775.99
      [77_600, false, 0],
      [77_601, false, 0],
    ],
  ],
  // 2025-01-01: 130% × 1010 = 1313 zł, max 1229 zł.
  [
    '2025-01-01',
    [
      [0, true, 122_900], // reference example: min(1313, 1229)
      [50_000, true, 81_300], // reference example: 813 zł
      [8_400, true, 122_900], // 1313 − 84 = 1229 exactly
      [8_399, true, 122_900], // 1229.01 capped
      [100_999, true, 30_301],
      [101_000, false, 0],
      [101_001, false, 0],
    ],
  ],
];

describe.each(periods)('zasiłek stały, single person, period from %s', (date, cases) => {
  it.each(cases)('income %i grosze → eligible %s, %i grosze', (income, eligible, amount) => {
    const r = single(date, income);
    expect({ eligible: r.eligible, amount: r.amount }).toEqual({ eligible, amount });
    expect(r.criterion).toBe(on(date).criterionSingle);
  });
});

describe('zasiłek stały in a family', () => {
  it('2025 reference example: income per person 400 zł → 669.90 zł', () => {
    const r = family('2025-06-01', 3, 120_000, 0);
    expect(r).toMatchObject({ eligible: true, amount: 66_990, criterion: 82_300, incomePerPerson: 40_000 });
  });

  it('2024: 130% × 600 − 400 = 380 zł, no cap for families', () => {
    expect(family('2024-03-01', 2, 80_000, 0).amount).toBe(38_000);
    expect(family('2024-03-01', 4, 0, 0).amount).toBe(78_000);
  });

  it.each([
    ['2015-10-01', 3, 150_000, 0, 3_000], // 514 − 500 = 14 → 30 zł
    ['2018-10-01', 2, 100_000, 0, 3_000], // 528 − 500 = 28 → 30 zł
    ['2018-10-01', 2, 50_000, 0, 27_800], // 528 − 250
    ['2022-01-01', 4, 100_000, 20_000, 35_000], // 600 − 250
    ['2025-01-01', 3, 100_000, 0, 73_657], // 1069.90 − 333.33 (333.333… half up)
    ['2025-01-01', 3, 100_001, 0, 73_656], // 333.3367 → 333.34
  ] as const)('%s: %i persons, income %i (applicant %i) → %i', (date, size, income, own, amount) => {
    expect(family(date, size, income, own)).toMatchObject({ eligible: true, amount });
  });

  it('equal to the per-person criterion is not lower: no zasiłek stały', () => {
    expect(family('2025-01-01', 2, 164_600, 0)).toMatchObject({ eligible: false, amount: 0 });
    expect(family('2025-01-01', 2, 164_599, 0)).toMatchObject({ eligible: true, amount: 24_690 });
    expect(family('2018-10-01', 2, 105_600, 0).eligible).toBe(false);
  });

  it('the applicant’s own income must also be below the per-person criterion', () => {
    expect(family('2025-01-01', 3, 90_000, 90_000)).toMatchObject({ eligible: false, amount: 0 });
    expect(family('2025-01-01', 3, 82_299, 82_299).eligible).toBe(true);
    expect(family('2025-01-01', 3, 82_300, 82_300).eligible).toBe(false);
  });
});

describe('zasiłek stały, other conditions', () => {
  it('needs inability to work', () => {
    expect(single('2025-01-01', 0, false)).toMatchObject({ eligible: false, amount: 0 });
  });

  it('applies the floor where the formula gives less (a period with a 100% rule and a 100 zł floor)', () => {
    // With the 130% rule the formula never falls under 30% of the criterion, so the 100 zł floor
    // cannot bite on the real periods; a made-up period shows the rule is applied.
    const p: LegalParameterPeriod = { ...on('2025-01-01'), zasilekStalyPercent: 100 };
    expect(
      zasilekStaly(p, { size: 1, income: 100_000, applicantIncome: 100_000, unableToWork: true }).amount,
    ).toBe(10_000);
  });

  it('explains each step with its article, in Polish', () => {
    const text = plain(renderExplanation(single('2025-01-01', 50_000).steps, 'pl'));
    expect(text).toEqual([
      {
        article: 'art. 8 ust. 1 pkt 1 ustawy o pomocy społecznej',
        text: 'Kryterium dochodowe osoby samotnie gospodarującej: 1010,00 zł.',
      },
      {
        article: 'art. 8 ust. 3 ustawy o pomocy społecznej',
        text: 'Dochód osoby samotnie gospodarującej: 500,00 zł.',
      },
      {
        article: 'art. 37 ust. 1 pkt 1 ustawy o pomocy społecznej',
        text: 'Dochód 500,00 zł jest niższy od kryterium dochodowego 1010,00 zł.',
      },
      {
        article: 'art. 37 ust. 2 pkt 1 ustawy o pomocy społecznej',
        text: '130% kryterium 1010,00 zł = 1313,00 zł; 1313,00 zł − 500,00 zł = 813,00 zł.',
      },
      {
        article: 'art. 37 ust. 2 pkt 1 ustawy o pomocy społecznej',
        text: 'Zasiłek stały: 813,00 zł miesięcznie.',
      },
    ]);
  });

  it('names the cap when it applies', () => {
    const text = plain(renderExplanation(single('2025-01-01', 0).steps, 'en')).map((s) => s.text);
    expect(text).toContain('The permanent allowance of a person living alone may not exceed PLN 1,229.00.');
  });
});
