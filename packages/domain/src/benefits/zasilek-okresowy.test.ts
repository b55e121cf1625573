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
// Income equal to the criterion is not "niższy od" it (art. 38 ust. 1): not eligible; one grosz
// below is, and gets the 20 zł floor. A single person's maximum stops at the cap of the period
// (art. 38 ust. 2 pkt 1): 418 zł until 2023, the criterion per person since 2024 [M].
const periods: [string, Case[]][] = [
  [
    '2015-10-01',
    [
      [1, 0, true, 31_700, 41_800], // gap 634 zł, capped at 418 zł
      [1, 60_000, true, 2_000, 3_400], // 50% of 34 zł = 17 zł → 20 zł
      [1, 63_399, true, 2_000, 2_000], // one grosz below: gap 0,01 zł, the 20 zł floor
      [1, 63_400, false, 0, 0], // equal: not lower
      [1, 63_401, false, 0, 0],
      [3, 150_000, true, 2_100, 4_200], // 3 × 514 = 1542; gap 42 zł; no cap for a family
      [3, 154_199, true, 2_000, 2_000],
      [3, 154_200, false, 0, 0],
    ],
  ],
  [
    '2018-10-01',
    [
      [1, 0, true, 35_050, 41_800],
      [1, 1, true, 35_050, 41_800], // 350.495 rounds up: "not less than 50%"
      [1, 28_300, true, 20_900, 41_800], // gap exactly 418 zł: the cap does not bite
      [1, 28_299, true, 20_901, 41_800], // gap 418,01 zł: capped
      [1, 70_099, true, 2_000, 2_000],
      [1, 70_100, false, 0, 0],
      [2, 105_599, true, 2_000, 2_000],
      [2, 105_600, false, 0, 0],
    ],
  ],
  [
    '2022-01-01',
    [
      [1, 0, true, 38_800, 41_800],
      [4, 200_000, true, 20_000, 40_000],
      [1, 77_599, true, 2_000, 2_000],
      [1, 77_600, false, 0, 0],
    ],
  ],
  [
    '2024-01-01',
    [
      [1, 0, true, 38_800, 60_000], // cap: the criterion per person, 600 zł
      [1, 10_000, true, 33_800, 60_000],
      [1, 77_599, true, 2_000, 2_000], // gap 0.01 zł, floor 20 zł above it
      [1, 77_600, false, 0, 0],
      [1, 77_601, false, 0, 0],
      [2, 119_999, true, 2_000, 2_000],
      [2, 120_000, false, 0, 0], // 2 × 600 zł: equal, not lower
    ],
  ],
  [
    '2025-01-01',
    [
      [1, 0, true, 50_500, 82_300], // cap 823 zł
      [1, 18_700, true, 41_150, 82_300], // gap exactly 823 zł
      [1, 18_699, true, 41_151, 82_300], // gap 823,01 zł: capped
      [1, 96_000, true, 2_500, 5_000],
      [1, 98_000, true, 2_000, 3_000],
      [1, 100_999, true, 2_000, 2_000],
      [1, 101_000, false, 0, 0],
      [1, 101_001, false, 0, 0],
      [2, 164_599, true, 2_000, 2_000],
      [2, 164_600, false, 0, 0],
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
    expect([r.amount, r.maximumAmount]).toEqual([70_700, 82_300]);
  });

  it('cannot lift a single person over the cap of art. 38 ust. 2 pkt 1', () => {
    const r = zasilekOkresowy(
      on('2025-04-01'),
      { size: 1, income: 0 },
      { localRaise: { ...raise, percent: 100 } },
    );
    expect([r.amount, r.maximumAmount]).toEqual([82_300, 82_300]);
    const cap = r.steps.find((s) => s.key === 'benefits.okresowy.singleCap');
    expect(cap?.article).toBe('art. 38 ust. 2 pkt 1 ustawy o pomocy społecznej');
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
      'Uchwała rady gminy nr XII/90/2025 z dnia 20.02.2025 podwyższa najniższą kwotę zasiłku z 50% do 70% różnicy.',
    );
  });
});

describe('the single-person cap is data of the period', () => {
  it('limits the maximum for a single person only', () => {
    const p = { ...on('2025-01-01'), zasilekOkresowySingleMax: 50_000 };
    expect(zasilekOkresowy(p, { size: 1, income: 0 }).maximumAmount).toBe(50_000);
    expect(zasilekOkresowy(p, { size: 2, income: 0 }).maximumAmount).toBe(164_600);
  });

  it('null means no cap beyond the gap', () => {
    const p = { ...on('2025-01-01'), zasilekOkresowySingleMax: null };
    expect(zasilekOkresowy(p, { size: 1, income: 0 }).maximumAmount).toBe(101_000);
  });
});

describe('equality with the criterion (art. 38 ust. 1 "niższy od")', () => {
  it('says why income equal to the criterion gives nothing', () => {
    const r = zasilekOkresowy(on('2025-01-01'), { size: 1, income: 101_000 });
    const texts = renderExplanation(r.steps, 'pl').map((s) => ({ ...s, text: s.text.replace(/\s/g, ' ') }));
    expect(texts.at(-2)).toEqual({
      article: 'art. 38 ust. 1 ustawy o pomocy społecznej',
      text: 'Dochód 1010,00 zł nie jest niższy od kryterium dochodowego 1010,00 zł (równy lub wyższy).',
    });
  });
});
