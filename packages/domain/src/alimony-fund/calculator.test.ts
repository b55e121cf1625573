import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { AlimonyFundCalculatorRequest, calculateAlimonyFund } from './calculator.ts';
import { alimonyFundApplicationPeriod, alimonyFundParametersOn, alimonyFundPeriodOf } from './parameters.ts';
import { ageLimit, enforcementIneffective, personBenefit, withinAgeLimit } from './rules.ts';

// Worked examples of the alimony fund (uFA), one per rule and boundary of issue 19.

const params = (on: string) => alimonyFundParametersOn(on)!;
const mother = { role: 'parent' as const, birthDate: '1990-05-01' };
const child = (birthDate: string, courtAlimony: number, more: object = {}) => ({
  role: 'child' as const,
  birthDate,
  courtAlimony,
  ...more,
});
const calc = (periodStart: string, familyMonthlyIncome: number, members: object[]) =>
  calculateAlimonyFund(
    params(periodStart),
    AlimonyFundCalculatorRequest.parse({ periodStart, familyMonthlyIncome, members }),
  );

describe('the parameters by date', () => {
  it('criterion 900 zł to September 2023, 1209 zł from 1 October 2023', () => {
    expect(params('2023-09-01').criterion).toBe(90_000);
    expect(params('2023-10-01').criterion).toBe(120_900);
  });

  it('cap 500 zł to September 2024, 1000 zł for rights from 1 October 2024', () => {
    expect(params('2024-09-01').cap).toBe(50_000);
    expect(params('2024-10-01').cap).toBe(100_000);
  });

  it('knows no amounts before the first criterion held', () => {
    expect(alimonyFundParametersOn('2020-09-30')).toBeNull();
  });

  it('the okres świadczeniowy runs 1 October – 30 September; filed in July–September, from October', () => {
    expect(alimonyFundPeriodOf('2025-09-30')).toMatchObject({
      label: '2024/2025',
      start: '2024-10-01',
      end: '2025-09-30',
      baseYear: 2023,
    });
    expect(alimonyFundPeriodOf('2025-10-01')).toMatchObject({ label: '2025/2026', baseYear: 2024 });
    expect(alimonyFundApplicationPeriod('2026-08-20')).toMatchObject({
      firstMonth: '2026-10-01',
      period: { start: '2026-10-01', end: '2027-09-30' },
    });
    expect(alimonyFundApplicationPeriod('2026-11-16')).toMatchObject({
      firstMonth: '2026-11-01',
      period: { label: '2026/2027' },
    });
  });
});

describe('the benefit: court alimony up to the cap', () => {
  it('600 zł alimony pays 500 zł in September 2024 and 600 zł from October 2024', () => {
    expect(calc('2024-09-01', 0, [mother, child('2015-01-01', 60_000)]).monthlyAmount).toBe(50_000);
    expect(calc('2024-10-01', 0, [mother, child('2015-01-01', 60_000)]).monthlyAmount).toBe(60_000);
  });

  it('1200 zł alimony pays 1000 zł from October 2024', () => {
    const a = calc('2025-10-01', 0, [mother, child('2015-01-01', 120_000)]);
    expect(a.items).toEqual([{ personIndex: 1, amount: 100_000 }]);
  });
});

describe('income against the criterion (2025/2026: 1209 zł)', () => {
  // A mother and two children: 3 × 1209 zł = 3627 zł.
  const family = [mother, child('2016-03-01', 50_000), child('2019-06-01', 40_000)];

  it('income equal to the criterion: benefits in full', () => {
    const a = calc('2025-10-01', 362_700, family);
    expect(a).toMatchObject({ eligible: true, incomePerPerson: 120_900, monthlyAmount: 90_000 });
  });

  it('one grosz above the criterion per person: each benefit less one grosz', () => {
    const a = calc('2025-10-01', 362_703, family);
    expect(a.incomePerPerson).toBe(120_901);
    expect(a.items).toEqual([
      { personIndex: 1, amount: 49_999 },
      { personIndex: 2, amount: 39_999 },
    ]);
    expect(a.monthlyAmount).toBe(89_998);
  });

  it('a reduced benefit of exactly 100.00 zł is paid, of 99.99 zł it is not', () => {
    // 400 zł − 300 zł excess = 100.00 zł; 400 zł − 300.01 zł = 99.99 zł.
    const at = calc('2025-10-01', 3 * (120_900 + 30_000), family);
    expect(at.items).toEqual([
      { personIndex: 1, amount: 20_000 },
      { personIndex: 2, amount: 10_000 },
    ]);
    const under = calc('2025-10-01', 3 * (120_900 + 30_001), family);
    expect(under.items).toEqual([{ personIndex: 1, amount: 19_999 }]);
    expect(under.monthlyAmount).toBe(19_999);
  });

  it('the 100 zł floor applies only to a reduced benefit: 80 zł alimony within the criterion is paid', () => {
    const a = calc('2025-10-01', 0, [mother, child('2016-03-01', 8_000)]);
    expect(a).toMatchObject({ eligible: true, monthlyAmount: 8_000 });
  });

  it('nothing payable: not eligible, with the article of the floor', () => {
    const a = calc('2025-10-01', 3 * (120_900 + 45_000), family);
    expect(a).toMatchObject({ eligible: false, monthlyAmount: 0, items: [] });
    expect(a.steps.map((s) => s.article)).toContain(
      'art. 9 ust. 2b ustawy o pomocy osobom uprawnionym do alimentów',
    );
  });
});

describe('the age limits', () => {
  it('18; 25 in school; none with a significant disability', () => {
    expect(ageLimit({ birthDate: '2000-01-01', inSchool: false, significantDisability: false })).toBe(18);
    expect(ageLimit({ birthDate: '2000-01-01', inSchool: true, significantDisability: false })).toBe(25);
    expect(ageLimit({ birthDate: '2000-01-01', inSchool: true, significantDisability: true })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('paid through the month of the 18th birthday, not after', () => {
    const p = { birthDate: '2008-03-15', inSchool: false, significantDisability: false };
    expect(withinAgeLimit(p, '2026-03-01')).toBe(true);
    expect(withinAgeLimit(p, '2026-04-01')).toBe(false);
  });

  it('in school: through the month of the 25th birthday', () => {
    const p = { birthDate: '2001-10-20', inSchool: true, significantDisability: false };
    expect(withinAgeLimit(p, '2026-10-01')).toBe(true);
    expect(withinAgeLimit(p, '2026-11-01')).toBe(false);
  });

  it('a 40-year-old with a significant disability is paid; without it, is not', () => {
    const adult = { role: 'other', birthDate: '1986-01-01', courtAlimony: 30_000 };
    expect(calc('2026-10-01', 0, [mother, { ...adult, significantDisability: true }]).monthlyAmount).toBe(
      30_000,
    );
    const a = calc('2026-10-01', 0, [mother, adult]);
    expect(a.eligible).toBe(false);
    expect(renderExplanation(a.steps, 'pl').map((s) => s.text)).toContain(
      'Osoba nr 2 (wiek 40) przekroczyła granicę wieku (18 lat) — świadczenie nie przysługuje.',
    );
  });
});

describe('the bailiff’s certificate', () => {
  it('ineffective enforcement: no full payment in the two months before the certificate', () => {
    expect(enforcementIneffective('2026-11-20', null)).toBe(true);
    expect(enforcementIneffective('2026-11-20', '2026-09-19')).toBe(true);
    expect(enforcementIneffective('2026-11-20', '2026-09-20')).toBe(false);
  });
});

describe('the per-person reduction', () => {
  it('full within the criterion, reduced over it, none under the minimum', () => {
    expect(personBenefit(50_000, 0, 10_000)).toEqual({ kind: 'full', amount: 50_000 });
    expect(personBenefit(50_000, 40_000, 10_000)).toEqual({ kind: 'reduced', amount: 10_000 });
    expect(personBenefit(50_000, 40_001, 10_000)).toEqual({ kind: 'none', amount: 0, result: 9_999 });
  });
});

describe('the request', () => {
  it('names a court alimony of 0 or negative', () => {
    const r = AlimonyFundCalculatorRequest.safeParse({
      periodStart: '2025-10-01',
      familyMonthlyIncome: 0,
      members: [mother, child('2016-03-01', 0), child('2016-03-01', -5)],
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'members.1.courtAlimony',
      'members.2.courtAlimony',
    ]);
  });
});
