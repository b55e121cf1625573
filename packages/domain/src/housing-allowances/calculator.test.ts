import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { housingAllowances } from '../i18n/housing-allowances.ts';
import { registerMessages } from '../i18n/index.ts';
import { calculateHousingAllowance, type HousingInput } from './calculator.ts';
import { housingParametersOn } from './parameters.ts';
import {
  allowanceBeforeFloor,
  allowanceFloor,
  expensesOnNormativeArea,
  incomeLimit,
  maxAreaHundredths,
  normativeArea,
  ownShare,
  withinIncomeLimit,
} from './rules.ts';

registerMessages(housingAllowances);

// The wage is passed in (the server reads the notice in force from average_wage_notice). The
// worked examples below take the IV kw. 2024 notice, 8477,21 zł; one block the IV kw. 2025 one.
const p = housingParametersOn('2026-12-01', 847_721)!;
const single: HousingInput = {
  persons: 1,
  incomes: [200_000, 200_000, 200_000],
  areaHundredths: 3_000,
  wheelchairUser: false,
  monthlyExpenses: 80_000,
  electricityContract: false,
};

describe('parameters by date', () => {
  it('the average wage is the one passed in; without it there are no parameters', () => {
    expect(housingParametersOn('2024-12-01', 776_785)!.averageWage).toBe(776_785);
    expect(p.averageWage).toBe(847_721);
    expect(housingParametersOn('2026-12-01')).toBeNull();
    expect(housingParametersOn('2026-12-01', null)).toBeNull();
  });
  it('the dodatek energetyczny from the notice of 30 April', () => {
    expect(housingParametersOn('2024-04-29', 776_785)!.energy).toEqual([1_548, 2_150, 2_580]);
    expect(housingParametersOn('2024-04-30', 776_785)!.energy).toEqual([1_920, 2_667, 3_200]);
  });
});

describe('income (art. 3 ust. 3 udm)', () => {
  it('40 % of 8477,21 zł alone, 30 % in a household of more', () => {
    expect(incomeLimit(p, 1)).toBe(339_088); // 3390,884 → 3390,88 zł
    expect(incomeLimit(p, 3)).toBe(254_316); // 2543,163 → 2543,16 zł
  });
  it('an average per person equal to the limit qualifies, one grosz above does not', () => {
    const limit = incomeLimit(p, 3);
    expect(withinIncomeLimit(limit * 9, 3, limit)).toBe(true);
    expect(withinIncomeLimit(limit * 9 + 9, 3, limit)).toBe(false);
    const atLimit = { ...single, persons: 3, incomes: [limit * 3, limit * 3, limit * 3] };
    expect(calculateHousingAllowance(p, { ...atLimit, monthlyExpenses: 200_000 }).eligible).toBe(true);
    const over = {
      ...atLimit,
      incomes: [limit * 3 + 3, limit * 3 + 3, limit * 3 + 3],
      monthlyExpenses: 200_000,
    };
    const refused = calculateHousingAllowance(p, over);
    expect(refused.eligible).toBe(false);
    expect(refused.amount).toBe(0);
    expect(refused.incomePerPerson).toBe(limit + 1);
  });
  it('a single person at exactly 3390,88 zł qualifies, at 3390,89 zł not', () => {
    const at = { ...single, incomes: [339_088, 339_088, 339_088], monthlyExpenses: 150_000 };
    expect(calculateHousingAllowance(p, at).eligible).toBe(true);
    expect(calculateHousingAllowance(p, { ...at, incomes: [339_089, 339_088, 339_088] }).eligible).toBe(
      false,
    );
  });
});

describe('with the IV kw. 2025 notice passed in: 9197,79 zł', () => {
  const q4 = housingParametersOn('2026-12-04', 919_779)!;
  it('40 % alone = 3679,12 zł, 30 % in a household of more = 2759,34 zł, to the grosz', () => {
    expect(incomeLimit(q4, 1)).toBe(367_912); // 3679,116 → 3679,12 zł
    expect(incomeLimit(q4, 4)).toBe(275_934); // 2759,337 → 2759,34 zł
    const at = { ...single, incomes: [367_912, 367_912, 367_912], monthlyExpenses: 150_000 };
    expect(calculateHousingAllowance(q4, at)).toMatchObject({ eligible: true, incomeLimit: 367_912 });
    expect(calculateHousingAllowance(q4, { ...at, incomes: [367_913, 367_912, 367_912] }).eligible).toBe(
      false,
    );
    const four = { ...single, persons: 4, areaHundredths: 5_500, monthlyExpenses: 150_000 };
    const limit4 = 275_934 * 4;
    expect(calculateHousingAllowance(q4, { ...four, incomes: [limit4, limit4, limit4] }).eligible).toBe(true);
    expect(
      calculateHousingAllowance(q4, { ...four, incomes: [limit4 + 1, limit4 + 1, limit4 + 1] }).eligible,
    ).toBe(false);
  });
  it('the 0,5 % floor: 45,99 zł is paid, 45,98 zł is not', () => {
    expect(allowanceFloor(q4)).toBe(4_599); // 0,5 % of 9197,79 zł = 45,98895 zł
    // 2000 zł alone: own share 300 zł; expenses of 345,99 zł leave 45,99 zł.
    expect(calculateHousingAllowance(q4, { ...single, monthlyExpenses: 34_599 })).toMatchObject({
      eligible: true,
      amount: 4_599,
      floor: 4_599,
    });
    const unpaid = calculateHousingAllowance(q4, { ...single, monthlyExpenses: 34_598 });
    expect(unpaid).toMatchObject({ eligible: false, amount: 0 });
    expect(unpaid.steps.at(-1)!.key).toBe('housing.step.underFloor');
  });
});

describe('floor area (art. 5 udm)', () => {
  it('35, 40, 45, 55, 65, 70 m² and 5 m² more for each further person; 15 m² for a wheelchair user', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => normativeArea(p, n, false))).toEqual([
      35, 40, 45, 55, 65, 70, 75, 90,
    ]);
    expect(normativeArea(p, 1, true)).toBe(50);
  });
  it('the 30 % tolerance: 45,5 m² alone, 117 m² for ten persons', () => {
    expect(maxAreaHundredths(p, 35)).toBe(4_550);
    expect(maxAreaHundredths(p, 90)).toBe(11_700);
  });
  it('a flat of 45,50 m² for one person qualifies, 45,51 m² does not', () => {
    expect(calculateHousingAllowance(p, { ...single, areaHundredths: 4_550 }).eligible).toBe(true);
    const over = calculateHousingAllowance(p, { ...single, areaHundredths: 4_551 });
    expect(over.eligible).toBe(false);
    expect(over.steps.at(-1)!.key).toBe('housing.step.overArea');
  });
  it('over the normative area only its share of the expenses counts', () => {
    expect(expensesOnNormativeArea(80_000, 4_000, 35)).toBe(70_000); // 800 zł × 35/40
    expect(expensesOnNormativeArea(80_000, 3_500, 35)).toBe(80_000);
  });
});

describe('amount (art. 6 udm)', () => {
  it('expenses on the normative area less the own share: 800 zł × 35/40 − 15 % of 2000 zł = 400 zł', () => {
    const c = calculateHousingAllowance(p, { ...single, areaHundredths: 4_000 });
    expect(c).toMatchObject({
      eligible: true,
      expensesOnNormativeArea: 70_000,
      ownShare: 30_000,
      amount: 40_000,
    });
  });
  it('own share 15 % alone, 12 % for 2–4 persons, 10 % for 5 or more', () => {
    expect([1, 2, 4, 5].map((n) => ownShare(p, n, 100_000))).toEqual([15_000, 12_000, 12_000, 10_000]);
  });
  it('at most 70 % of the expenses on the normative area', () => {
    expect(allowanceBeforeFloor(p, 100_000, 10_000)).toBe(70_000);
    expect(allowanceBeforeFloor(p, 100_000, 40_000)).toBe(60_000);
  });
  it('the 0,5 % floor: 42,39 zł is paid, 42,38 zł is not', () => {
    expect(allowanceFloor(p)).toBe(4_239); // 0,5 % of 8477,21 zł = 42,386 zł
    const paid = calculateHousingAllowance(p, { ...single, monthlyExpenses: 34_239 });
    expect(paid).toMatchObject({ eligible: true, amount: 4_239 });
    const unpaid = calculateHousingAllowance(p, { ...single, monthlyExpenses: 34_238 });
    expect(unpaid).toMatchObject({ eligible: false, amount: 0 });
    expect(unpaid.steps.at(-1)!.key).toBe('housing.step.underFloor');
  });
});

describe('dodatek energetyczny (art. 5c Prawa energetycznego)', () => {
  it('attached to a granted allowance with an electricity contract, by household size', () => {
    const c = calculateHousingAllowance(p, { ...single, electricityContract: true });
    expect(c.energyAmount).toBe(1_920);
    const five = { ...single, persons: 5, incomes: [500_000, 500_000, 500_000], electricityContract: true };
    expect(calculateHousingAllowance(p, { ...five, monthlyExpenses: 150_000 }).energyAmount).toBe(3_200);
  });
  it('none without the contract, none without the housing allowance', () => {
    expect(calculateHousingAllowance(p, single).energyAmount).toBe(0);
    const refused = calculateHousingAllowance(p, {
      ...single,
      monthlyExpenses: 30_000,
      electricityContract: true,
    });
    expect(refused.energyAmount).toBe(0);
  });
  it('every step names its article, in each language', () => {
    const c = calculateHousingAllowance(p, { ...single, electricityContract: true });
    const pl = renderExplanation(c.steps, 'pl');
    expect(pl[0]!.article).toBe('art. 3 ust. 3 ustawy o dodatkach mieszkaniowych');
    expect(pl[0]!.text).toContain('3390,88');
    expect(renderExplanation(c.steps, 'en').at(-1)!.text).toContain('energy allowance');
  });
});
