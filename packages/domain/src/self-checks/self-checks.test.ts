import { describe, expect, it } from 'vitest';
import { AlimonyFundCalculatorRequest, calculateAlimonyFund } from '../alimony-fund/calculator.ts';
import { alimonyFundParametersOn } from '../alimony-fund/parameters.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from '../benefits/legal-parameters.ts';
import { housingParametersOn } from '../housing-allowances/parameters.ts';
import { REGULATION_2005_BANDS } from '../services/regulation-2005.ts';
import {
  alimonyFundVerdict,
  CareFeeSelfCheckRequest,
  careFeeSelfCheck,
  FoodAidSelfCheckRequest,
  foodAidSelfCheck,
  HousingSelfCheckRequest,
  housingSelfCheck,
  MealsSelfCheckRequest,
  mealsSelfCheck,
} from './self-checks.ts';

// Worked examples of the portal's self-checks, on the parameters in force on 4 December 2026:
// the art. 8 ups criterion 1010 zł (single) / 823 zł (per person) from 1.01.2025.

const ON = '2026-12-04';
const criteria = parametersOn(LEGAL_PARAMETER_HISTORY, ON)!;
// Rows the centre holds (meals_programme_period, food_aid_threshold), as the demo has them.
const programme = {
  validFrom: '2023-01-01',
  criterionPercent: 200,
  exceptionCapPercent: 20,
  legalBasis: 'x',
};
const threshold = { validFrom: '2024-02-12', percent: 265 };

const meals = (persons: number, monthlyIncome: number, schoolChild = false) =>
  mealsSelfCheck(
    criteria,
    programme,
    MealsSelfCheckRequest.parse({ date: ON, persons, monthlyIncome, schoolChild }),
  );
const food = (persons: number, monthlyIncome: number, difficulty = 'yes') =>
  foodAidSelfCheck(
    criteria,
    threshold,
    FoodAidSelfCheckRequest.parse({ date: ON, persons, monthlyIncome, difficulty }),
  );

describe('meals "Posiłek w szkole i w domu": 200 % of the criterion', () => {
  it('a family of 4 exactly at 200 % (4 × 1646 zł = 6584 zł) is eligible; 1 grosz over is not', () => {
    const at = meals(4, 658_400);
    expect(at).toMatchObject({ verdict: 'yes', reason: 'withinLimit', criterion: 82_300, limit: 164_600 });
    expect(at).toMatchObject({ percent: 200, incomePerPerson: 164_600, criterionFrom: '2025-01-01' });
    expect(meals(4, 658_401)).toMatchObject({ verdict: 'no', reason: 'overLimit' });
  });

  it('a single person: 200 % of 1010 zł = 2020 zł', () => {
    expect(meals(1, 202_000)).toMatchObject({ verdict: 'yes', limit: 202_000, criterion: 101_000 });
    expect(meals(1, 202_001).verdict).toBe('no');
  });

  it("over the limit with a pupil at home: maybe, by the headteacher's request", () => {
    expect(meals(3, 600_000, true)).toMatchObject({ verdict: 'maybe', reason: 'schoolException' });
  });
});

describe('food aid FEPŻ: 265 % of the criterion and an art. 7 reason', () => {
  it('a single person exactly at 265 % (2676,50 zł) is eligible; 1 grosz over is not', () => {
    expect(food(1, 267_650)).toMatchObject({ verdict: 'yes', limit: 267_650, percent: 265 });
    expect(food(1, 267_651)).toMatchObject({ verdict: 'no', reason: 'overLimit' });
  });

  it('a family of 3: 265 % of 823 zł = 2180,95 zł per person, 6542,85 zł in all', () => {
    expect(food(3, 654_285)).toMatchObject({ verdict: 'yes', limit: 218_095, incomePerPerson: 218_095 });
    // 1 grosz over in all is over per person, although it rounds back to the limit.
    expect(food(3, 654_286)).toMatchObject({ verdict: 'no', incomePerPerson: 218_095 });
  });

  it('within the income: no difficulty is a no, not sure is a maybe', () => {
    expect(food(2, 100_000, 'no')).toMatchObject({ verdict: 'no', reason: 'noDifficulty' });
    expect(food(2, 100_000, 'unsure')).toMatchObject({ verdict: 'maybe', reason: 'unsureDifficulty' });
  });

  it('names the field typed wrong', () => {
    const r = FoodAidSelfCheckRequest.safeParse({ date: ON, persons: 0, monthlyIncome: -1, difficulty: 'x' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['persons', 'validation.selfCheck.persons'],
      ['monthlyIncome', 'validation.selfCheck.income'],
      ['difficulty', 'validation.selfCheck.choose'],
    ]);
  });
});

describe('housing allowance: 40 % / 30 % of the average wage, the normative area', () => {
  // The wage of the GUS notice for IV kw. 2024 (8 477,21 zł), as the server passes the notice in force.
  const p = housingParametersOn(ON, 847_721)!;
  const housing = (over: object) =>
    housingSelfCheck(
      p,
      HousingSelfCheckRequest.parse({
        date: ON,
        persons: 3,
        monthlyIncome: 600_000,
        areaHundredths: 5_000,
        monthlyExpenses: 120_000,
        legalTitle: 'yes',
        ...over,
      }),
    );

  it('a family of 3 at 30 % of 8477,21 zł (2543,16 zł per person): the amount after its own share', () => {
    const a = housing({});
    // 1200 zł expenses on 50 m² (normative 45 m², up to 58,5 m²): 1080 zł count; own share 12 % of 6000 zł = 720 zł.
    expect(a).toMatchObject({ verdict: 'yes', criterion: 847_721, limit: 254_316, percent: 30 });
    expect(a).toMatchObject({ normativeArea: 45, maxAreaHundredths: 5_850, amount: 36_000 });
  });

  it('exactly at the limit is eligible; 1 grosz over is not', () => {
    expect(housing({ monthlyIncome: 3 * 254_316, monthlyExpenses: 200_000 }).verdict).toBe('yes');
    expect(housing({ monthlyIncome: 3 * 254_316 + 1 })).toMatchObject({ verdict: 'no', reason: 'overLimit' });
  });

  it('alone at 40 %; a flat over the tolerance, or an allowance under the floor, is a no', () => {
    expect(housing({ persons: 1, monthlyIncome: 200_000, areaHundredths: 3_000 })).toMatchObject({
      limit: 339_088,
      percent: 40,
    });
    expect(housing({ areaHundredths: 5_851 })).toMatchObject({ verdict: 'no', reason: 'overArea' });
    expect(housing({ monthlyExpenses: 75_000 })).toMatchObject({ verdict: 'no', reason: 'underFloor' });
  });

  it('the legal title not sure is a maybe (with the amount); none is a no', () => {
    expect(housing({ legalTitle: 'unsure' })).toMatchObject({ verdict: 'maybe', amount: 36_000 });
    expect(housing({ legalTitle: 'no' })).toMatchObject({ verdict: 'no', reason: 'noTitle', amount: null });
  });
});

describe('alimony fund: the public calculator with the enforcement', () => {
  it('two children, income 150 zł per person over 1209 zł: each reduced, one under 100 zł not paid', () => {
    const periodStart = '2026-12-01';
    const a = calculateAlimonyFund(
      alimonyFundParametersOn(periodStart)!,
      AlimonyFundCalculatorRequest.parse({
        periodStart,
        // 3 persons × 1359 zł
        familyMonthlyIncome: 407_700,
        members: [
          { role: 'parent', birthDate: '1990-05-01' },
          { role: 'child', birthDate: '2015-03-01', courtAlimony: 80_000 },
          { role: 'child', birthDate: '2012-03-01', courtAlimony: 24_000 },
        ],
      }),
    );
    expect(a).toMatchObject({ criterion: 120_900, incomePerPerson: 135_900, monthlyAmount: 65_000 });
    expect(a.items).toEqual([{ personIndex: 1, amount: 65_000 }]);
    expect(alimonyFundVerdict(a.eligible, 'yes')).toEqual({ verdict: 'yes', reason: 'withinLimit' });
  });

  it('the cap: alimony of 1500 zł is paid up to 1000 zł', () => {
    const a = calculateAlimonyFund(
      alimonyFundParametersOn('2026-12-01')!,
      AlimonyFundCalculatorRequest.parse({
        periodStart: '2026-12-01',
        familyMonthlyIncome: 100_000,
        members: [
          { role: 'parent', birthDate: '1990-05-01' },
          { role: 'child', birthDate: '2015-03-01', courtAlimony: 150_000 },
        ],
      }),
    );
    expect(a.monthlyAmount).toBe(100_000);
  });

  it('without ineffective enforcement no; not sure maybe; nothing payable no', () => {
    expect(alimonyFundVerdict(true, 'no')).toEqual({ verdict: 'no', reason: 'noEnforcement' });
    expect(alimonyFundVerdict(true, 'unsure')).toEqual({ verdict: 'maybe', reason: 'unsureEnforcement' });
    expect(alimonyFundVerdict(false, 'yes')).toEqual({ verdict: 'no', reason: 'notEntitled' });
  });
});

describe('care services: the fee for an hour from the table in force (art. 50 ust. 6 / 7 ups)', () => {
  // The demo's council table (35 zł an hour of care) and the regulation's bands (42,10 zł an hour).
  const local = {
    kind: 'localResolution' as const,
    number: 'XII/140/2025',
    validFrom: '2025-01-01',
    hourlyCosts: [{ serviceKind: 'careService' as const, costGrosze: 3_500 }],
    bands: [
      { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
      { overPct: 150, upToPct: 200, singlePct: 20, familyPct: 30 },
      { overPct: 200, upToPct: null, singlePct: 100, familyPct: 100 },
    ],
    exemptions: [],
  };
  const regulation = {
    kind: 'mentalDisordersRegulation' as const,
    number: 'Dz.U. 2005 nr 189 poz. 1598',
    validFrom: '2005-10-14',
    hourlyCosts: [{ serviceKind: 'mentalDisorderCareService' as const, costGrosze: 4_210 }],
    bands: REGULATION_2005_BANDS,
    exemptions: [],
  };
  const ask = (table: typeof local | typeof regulation, body: object) =>
    careFeeSelfCheck(criteria, table, CareFeeSelfCheckRequest.parse({ date: ON, ...body }));

  it('a single person at 1600 zł (158,42 % of 1010 zł) pays 20 % of 35 zł: 7,00 zł an hour, 210,00 zł for 30 h', () => {
    const r = ask(local, {
      serviceKind: 'careService',
      persons: 1,
      monthlyIncome: 160_000,
      hoursPerMonth: 30,
    });
    expect(r).toMatchObject({
      hourlyCost: 3_500,
      incomeRatioPct: 158.42,
      feePct: 20,
      hourlyFee: 700,
      monthlyFee: 21_000,
      tableNumber: 'XII/140/2025',
      tableValidFrom: '2025-01-01',
      criterion: 101_000,
    });
    expect(r.steps.map((s) => s.article)).toContain('art. 64 ustawy o pomocy społecznej');
  });

  it('at the criterion (1010 zł, 100 %) a single person pays nothing', () => {
    const r = ask(local, { serviceKind: 'careService', persons: 1, monthlyIncome: 101_000 });
    expect(r).toMatchObject({ feePct: 0, hourlyFee: 0, monthlyFee: null, hoursPerMonth: null });
  });

  it('the regulation: 3 % of 42,10 zł is 1,26 zł (half up), 51,03 zł for 40,5 h', () => {
    const r = ask(regulation, {
      serviceKind: 'mentalDisorderCareService',
      persons: 1,
      monthlyIncome: 230_000,
      hoursPerMonth: 40.5,
    });
    expect(r).toMatchObject({ feePct: 3, hourlyFee: 126, monthlyFee: 5_103 });
  });

  it('a family of 2 exactly at 150 % of 823 zł pays 1 %; a grosz more pays 2 %', () => {
    const body = { serviceKind: 'mentalDisorderCareService', persons: 2 };
    expect(ask(regulation, { ...body, monthlyIncome: 246_900 })).toMatchObject({ feePct: 1, hourlyFee: 42 });
    expect(ask(regulation, { ...body, monthlyIncome: 246_901 })).toMatchObject({ feePct: 2, hourlyFee: 84 });
  });

  it('hours only to the quarter hour; the kind one of the three', () => {
    const r = CareFeeSelfCheckRequest.safeParse({
      date: ON,
      serviceKind: 'neighbourService',
      persons: 1,
      monthlyIncome: 0,
      hoursPerMonth: 10.1,
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['serviceKind', 'validation.selfCheck.choose'],
      ['hoursPerMonth', 'validation.selfCheck.hours'],
    ]);
  });
});
