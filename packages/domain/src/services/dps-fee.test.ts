import { describe, expect, it } from 'vitest';
import {
  afterExemption,
  agreementProblem,
  dpsFee,
  gminaCostInMonth,
  relativeCapacity,
  residentShare,
} from './dps-fee.ts';

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

describe('DPS fee decisions: agreements, exemptions and the month of admission', () => {
  const single = (income: number, agreed: number) =>
    agreementProblem({ id: 'x', relation: 'descendant', income, size: 1, agreed }, 101_000, 82_300);

  it('takes an agreement only above 300 % and only as far as it leaves the relative that 300 %', () => {
    expect(single(303_000, 1)).toBe('atOrBelowThreshold'); // exactly 3 030,00 zł
    expect(single(303_001, 1)).toBeNull();
    expect(single(353_000, 50_000)).toBeNull(); // keeps 3 030,00 zł
    expect(single(353_000, 50_001)).toBe('leavesBelowThreshold');
    expect(single(100_000, 0)).toBeNull(); // no agreement, nothing to check
  });

  it('a resident charged less than 70 % pays that share; more than 70 % is never charged', () => {
    expect(residentShare(180_000, 600_000, 50)).toBe(90_000);
    expect(residentShare(180_000, 600_000, 90)).toBe(126_000);
    const r = dpsFee({
      monthlyCost: 600_000,
      residentIncome: 180_000,
      residentPct: 50,
      relatives: [],
      ...criteria,
    });
    expect(amounts(r)).toEqual(['resident 90000', 'gmina 510000']);
  });

  it('an exemption lowers the agreed amount by its percentage, half up (art. 64: 33 % of 1 000,01 zł)', () => {
    expect(afterExemption(100_001, 33)).toBe(67_001); // 330,0033 zł → 330,00 zł off
    expect(afterExemption(100_000, 100)).toBe(0);
  });

  it('the gmina pays a month begun in the home by its days: 4 740,00 zł × 17/30 from 14 November', () => {
    expect(gminaCostInMonth(474_000, '2026-11-14', '2026-11')).toBe(268_600);
    expect(gminaCostInMonth(474_000, '2026-10-31', '2026-11')).toBe(474_000);
    expect(gminaCostInMonth(474_000, '2026-12-01', '2026-11')).toBe(0);
    expect(gminaCostInMonth(100_000, '2028-02-15', '2028-02')).toBe(51_724); // 15 of 29 days
  });
});
