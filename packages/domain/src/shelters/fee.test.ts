import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { needsDecision, type ShelterFeeRule, shelterFee, stayDays } from './fee.ts';
import { ShelterFeeResolutionInput } from './shelter.ts';

// Criteria from 1.01.2025 (domain reference §1.2): 1010 zł single, 823 zł per person.
const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };

// A resolution in the shape Pruszków-like councils adopt: free up to the criterion, then by bands.
const resolution: ShelterFeeRule = {
  number: 'XV/120/2025',
  validFrom: '2025-04-01',
  dailyCostGrosze: 6_000,
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 30, familyPct: 30 },
    { overPct: 150, upToPct: 200, singlePct: 60, familyPct: 60 },
    { overPct: 200, upToPct: null, singlePct: 100, familyPct: 100 },
  ],
};

describe('art. 106 ust. 2 ups: which shelters take a decision', () => {
  it('a shelter, with or without care, is granted by a decision', () => {
    expect(needsDecision('shelter')).toBe(true);
    expect(needsDecision('shelterWithCare')).toBe(true);
  });
  it('a night shelter and a heated room are given without one', () => {
    expect(needsDecision('nightShelter')).toBe(false);
    expect(needsDecision('heatedRoom')).toBe(false);
  });
});

describe('stayDays', () => {
  it('counts both ends: 1–31 March is 31 days, one night is 1', () => {
    expect(stayDays('2026-03-01', '2026-03-31')).toBe(31);
    expect(stayDays('2026-12-03', '2026-12-03')).toBe(1);
    expect(stayDays('2026-02-01', '2026-03-01')).toBe(29);
  });
});

describe('art. 97 ust. 5 ups: the fee for a stay', () => {
  it('a single person with 700 zł (below the criterion) stays free', () => {
    const f = shelterFee(resolution, { ...criteria, income: 70_000, size: 1 }, 30);
    expect(f).toMatchObject({ dailyFeeGrosze: 0, totalFeeGrosze: 0 });
    expect(renderExplanation(f.steps, 'pl').at(-2)?.text).toBe(
      'Dochód nie przekracza 100% kryterium: pobyt nieodpłatny.',
    );
  });
  it('a single person with 1 300 zł (128.71 %) pays 30 % of 60 zł = 18 zł a day, 540 zł for 30 days', () => {
    const f = shelterFee(resolution, { ...criteria, income: 130_000, size: 1 }, 30);
    expect(f.dailyFeeGrosze).toBe(1_800);
    expect(f.totalFeeGrosze).toBe(54_000);
    const text = renderExplanation(f.steps, 'pl').map((s) => s.text);
    expect(text[2]).toContain('128,71%');
    expect(text.at(-1)?.replace(/\s/g, ' ')).toBe('Za 30 dób pobytu: 540,00 zł.');
  });
  it('exactly 150 % (1 515 zł) stays in the 30 % band; 1 515,01 zł moves to 60 %', () => {
    expect(shelterFee(resolution, { ...criteria, income: 151_500, size: 1 }, 1).dailyFeeGrosze).toBe(1_800);
    expect(shelterFee(resolution, { ...criteria, income: 151_501, size: 1 }, 1).dailyFeeGrosze).toBe(3_600);
  });
  it('a family of two with 3 400 zł (206.56 % of 823 zł a person) pays the full 60 zł a day', () => {
    const f = shelterFee(resolution, { ...criteria, income: 340_000, size: 2 }, 7);
    expect(f).toMatchObject({ dailyFeeGrosze: 6_000, totalFeeGrosze: 42_000 });
  });
});

describe('ShelterFeeResolutionInput', () => {
  it('names the band that leaves a gap', () => {
    const r = ShelterFeeResolutionInput.safeParse({
      number: 'XV/1/2025',
      adoptedOn: '2025-03-01',
      validFrom: '2025-04-01',
      kind: 'shelter',
      dailyCostGrosze: 6_000,
      bands: [
        { overPct: 100, upToPct: 150, singlePct: 30, familyPct: 30 },
        { overPct: 160, upToPct: null, singlePct: 100, familyPct: 100 },
      ],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['bands.1.overPct']);
  });
});
