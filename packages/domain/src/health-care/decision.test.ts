import { describe, expect, it } from 'vitest';
import { withinCriterion } from './decision.ts';

const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };

describe('art. 54 of the health-care act with art. 8 ups: income within the criterion', () => {
  it('a single person: 1 010,00 zł is within, 1 010,01 zł is not', () => {
    expect(withinCriterion({ ...criteria, income: 101_000, size: 1 })).toMatchObject({
      within: true,
      limit: 101_000,
    });
    expect(withinCriterion({ ...criteria, income: 101_001, size: 1 }).within).toBe(false);
  });

  it('a family of three: 823,00 zł × 3 = 2 469,00 zł', () => {
    const r = withinCriterion({ ...criteria, income: 246_900, size: 3 });
    expect(r).toMatchObject({ within: true, criterion: 82_300, limit: 246_900 });
    expect(r.steps[0]!.article).toBe('art. 8 ust. 1 ustawy o pomocy społecznej');
  });
});
