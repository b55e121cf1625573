import { describe, expect, it } from 'vitest';
import { dpsFee, relativeCapacity, residentShare } from './dps-fee.ts';

// The criteria of 2025 (1010 zł single, 823 zł per person): 300 % is 3030 zł / 2469 zł a person.
const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };
const amounts = (r: ReturnType<typeof dpsFee>) =>
  r.payments.map((p) => `${p.payer}${p.relativeId ? `:${p.relativeId}` : ''} ${p.amount}`);

describe('DPS fee, art. 61 ups', () => {
  it('resident alone: 70 % of 1 800,00 zł is 1 260,00 zł; the gmina pays 4 740,00 zł of 6 000,00 zł', () => {
    const r = dpsFee({ monthlyCost: 600_000, residentIncome: 180_000, relatives: [], ...criteria });
    expect(amounts(r)).toEqual(['resident 126000', 'gmina 474000']);
  });

  it('rounds 70 % of the income half up to the grosz: 1 234,57 zł → 864,20 zł', () => {
    expect(residentShare(123_457, 600_000)).toBe(86_420); // 864.199 zł
    expect(residentShare(123_450, 600_000)).toBe(86_415);
  });

  it('resident whose 70 % covers the cost pays the cost; nobody else pays', () => {
    const child = { id: 'c', relation: 'descendant' as const, income: 2_000_000, size: 1 };
    const r = dpsFee({ monthlyCost: 600_000, residentIncome: 1_000_000, relatives: [child], ...criteria });
    expect(amounts(r)).toEqual(['resident 600000', 'relative:c 0', 'gmina 0']);
  });

  it('resident + a child in a family of 3 with 9 000,00 zł: the child pays what is above 3 × 2 469,00 zł', () => {
    const child = { id: 'c', relation: 'descendant' as const, income: 900_000, size: 3 };
    expect(relativeCapacity(child, criteria.criterionSingle, criteria.criterionPerPerson)).toBe(159_300);
    const r = dpsFee({ monthlyCost: 600_000, residentIncome: 180_000, relatives: [child], ...criteria });
    // 6 000,00 − 1 260,00 − 1 593,00 = 3 147,00 zł for the gmina; the family keeps exactly 7 407,00 zł.
    expect(amounts(r)).toEqual(['resident 126000', 'relative:c 159300', 'gmina 314700']);
  });

  it('a single child at or under 300 % (3 030,00 zł) pays nothing; the gmina pays the rest', () => {
    const at = { id: 'a', relation: 'descendant' as const, income: 303_000, size: 1 };
    const r = dpsFee({ monthlyCost: 600_000, residentIncome: 180_000, relatives: [at], ...criteria });
    expect(amounts(r)).toEqual(['resident 126000', 'relative:a 0', 'gmina 474000']);
  });

  it('the spouse pays before descendants, descendants before ascendants, each within the agreement', () => {
    const r = dpsFee({
      monthlyCost: 600_000,
      residentIncome: 180_000,
      relatives: [
        { id: 'parent', relation: 'ascendant', income: 2_000_000, size: 1 },
        { id: 'son', relation: 'descendant', income: 800_000, size: 1, agreed: 100_000 },
        { id: 'wife', relation: 'spouse', income: 500_000, size: 1 },
      ],
      ...criteria,
    });
    // Wife: 5 000 − 3 030 = 1 970,00; son: 4 970 possible, 1 000,00 agreed; parent: the last 1 770,00.
    expect(amounts(r)).toEqual([
      'resident 126000',
      'relative:wife 197000',
      'relative:son 100000',
      'relative:parent 177000',
      'gmina 0',
    ]);
  });
});
