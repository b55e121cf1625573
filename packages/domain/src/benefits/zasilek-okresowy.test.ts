import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explanation.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from './legal-parameters.ts';
import type { LocalResolution } from './local-resolutions.ts';
import { zasilekOkresowy } from './zasilek-okresowy.ts';

const on = (date: string) => parametersOn(LEGAL_PARAMETER_HISTORY, date)!;
const calc = (date: string, size: number, income: number) => {
  const r = zasilekOkresowy(on(date), { size, income });
  return [r.eligible, r.amount, r.maximumAmount];
};

// [persons, household income, eligible, minimum (= amount), maximum]; grosze, worked by hand.
type Case = [size: number, income: number, eligible: boolean, minimum: number, maximum: number];
const periods: [string, Case[]][] = [
  [
    '2015-10-01',
    [
      [1, 0, true, 31_700, 63_400],
      [1, 60_000, true, 2_000, 3_400], // 50% of 34 zł = 17 zł → 20 zł
      [1, 63_400, true, 2_000, 2_000], // equal: "nie przekracza", gap 0, the 20 zł floor
      [1, 63_401, false, 0, 0],
      [3, 150_000, true, 2_100, 4_200], // 3 × 514 = 1542; gap 42 zł
      [3, 154_200, true, 2_000, 2_000],
      [3, 154_201, false, 0, 0],
    ],
  ],
  [
    '2018-10-01',
    [
      [1, 0, true, 35_050, 70_100],
      [1, 1, true, 35_050, 70_099], // 350.495 rounds up: "not less than 50%"
      [1, 70_100, true, 2_000, 2_000],
      [1, 70_101, false, 0, 0],
      [2, 105_600, true, 2_000, 2_000],
      [2, 105_601, false, 0, 0],
    ],
  ],
  [
    '2022-01-01',
    [
      [1, 0, true, 38_800, 77_600],
      [4, 200_000, true, 20_000, 40_000],
      [1, 77_600, true, 2_000, 2_000],
      [1, 77_601, false, 0, 0],
    ],
  ],
  [
    '2024-01-01',
    [
      [1, 0, true, 38_800, 77_600],
      [1, 77_599, true, 2_000, 2_000], // gap 0.01 zł, floor 20 zł above it
      [1, 77_600, true, 2_000, 2_000],
      [1, 77_601, false, 0, 0],
      [2, 120_000, true, 2_000, 2_000],
    ],
  ],
  [
    '2025-01-01',
    [
      [1, 0, true, 50_500, 101_000],
      [1, 96_000, true, 2_500, 5_000],
      [1, 98_000, true, 2_000, 3_000],
      [1, 101_000, true, 2_000, 2_000],
      [1, 101_001, false, 0, 0],
      [2, 164_600, true, 2_000, 2_000],
      [2, 164_601, false, 0, 0],
      [3, 120_000, true, 63_450, 126_900],
    ],
  ],
];

describe.each(periods)('zasiłek okresowy, period from %s', (date, cases) => {
  it.each(cases)('%i person(s), income %i → eligible %s, %i to %i', (size, income, ...expected) => {
    expect(calc(date, size, income)).toEqual(expected);
  });
});

describe('zasiłek okresowy with a council resolution (art. 38 ust. 6)', () => {
  const raise: LocalResolution = {
    number: 'XII/90/2025',
    adoptedOn: '2025-02-20',
    validFrom: '2025-03-01',
    validTo: null,
    kind: 'zasilekOkresowyMinPercent',
    percent: 70,
    programme: null,
    title: 'w sprawie podwyższenia minimalnej kwoty zasiłku okresowego',
  };

  it('raises the minimum, never the maximum', () => {
    const r = zasilekOkresowy(on('2025-04-01'), { size: 1, income: 0 }, { localRaise: raise });
    expect([r.amount, r.maximumAmount]).toEqual([70_700, 101_000]);
  });

  it('100% makes the minimum the whole gap', () => {
    const r = zasilekOkresowy(
      on('2025-04-01'),
      { size: 2, income: 100_000 },
      { localRaise: { ...raise, percent: 100 } },
    );
    expect([r.amount, r.maximumAmount]).toEqual([64_600, 64_600]);
  });

  it('says which resolution it applied', () => {
    const r = zasilekOkresowy(on('2025-04-01'), { size: 1, income: 0 }, { localRaise: raise });
    const texts = renderExplanation(r.steps, 'pl').map((s) => s.text);
    expect(texts).toContain(
      'Uchwała rady gminy nr XII/90/2025 z dnia 2025-02-20 podwyższa najniższą kwotę zasiłku z 50% do 70% różnicy.',
    );
  });
});

describe('a single-person cap set as data', () => {
  it('limits the maximum for a single person only', () => {
    const p = { ...on('2025-01-01'), zasilekOkresowySingleMax: 82_300 };
    expect(zasilekOkresowy(p, { size: 1, income: 0 }).maximumAmount).toBe(82_300);
    expect(zasilekOkresowy(p, { size: 2, income: 0 }).maximumAmount).toBe(164_600);
  });
});
