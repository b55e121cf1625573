import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import type { FeeRuleTable } from './fee.ts';
import { telecareMonthlyFee } from './telecare.ts';

// Criteria from 1.01.2025 (domain reference §1.2): 1010 zł single, 823 zł per person.
const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };
const bands = [
  { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
  { overPct: 150, upToPct: 200, singlePct: 20, familyPct: 30 },
  { overPct: 200, upToPct: null, singlePct: 100, familyPct: 100 },
];
const priced: FeeRuleTable = {
  kind: 'localResolution',
  number: 'XII/140/2025',
  validFrom: '2025-01-01',
  hourlyCosts: [
    { serviceKind: 'careService', costGrosze: 3_500 },
    { serviceKind: 'telecare', costGrosze: 6_000 },
  ],
  bands,
  exemptions: [],
};
const unpriced: FeeRuleTable = {
  ...priced,
  hourlyCosts: [{ serviceKind: 'careService', costGrosze: 3_500 }],
};

describe('the monthly fee for telecare (art. 50 ust. 6 ups)', () => {
  it('charges a single person with 1 600,00 zł (158.42 %) 20 % of 60,00 zł = 12,00 zł', () => {
    const f = telecareMonthlyFee(priced, { income: 160_000, size: 1, ...criteria });
    expect(f).toMatchObject({
      monthlyCostGrosze: 6_000,
      incomeRatioPct: 158.42,
      feePct: 20,
      feeGrosze: 1_200,
    });
    const texts = renderExplanation(f.steps, 'pl').map((s) => s.text.replace(/\s/g, ' '));
    expect(texts).toContain('Miesięczny koszt teleopieki według uchwały: 60,00 zł.');
  });

  it('charges a family of two with 1 800,00 zł (109.36 % of 823 zł) 15 % of 60,00 zł = 9,00 zł', () => {
    expect(telecareMonthlyFee(priced, { income: 180_000, size: 2, ...criteria })).toMatchObject({
      incomeRatioPct: 109.36,
      feePct: 15,
      feeGrosze: 900,
    });
  });

  it('is free below the first band', () => {
    expect(telecareMonthlyFee(priced, { income: 90_000, size: 1, ...criteria }).feeGrosze).toBe(0);
  });

  it('is free, saying so, where the resolution prices no telecare', () => {
    const f = telecareMonthlyFee(unpriced, { income: 500_000, size: 1, ...criteria });
    expect(f).toMatchObject({ monthlyCostGrosze: null, feePct: 0, feeGrosze: 0, incomeRatioPct: 495.05 });
    expect(renderExplanation(f.steps, 'pl')[0]!.text).toBe(
      'Uchwała XII/140/2025 nie ustala odpłatności za teleopiekę: usługa nieodpłatna.',
    );
  });
});
