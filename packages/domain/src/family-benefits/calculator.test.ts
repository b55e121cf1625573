import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import { calculateFamilyBenefits, FamilyBenefitsCalculatorRequest } from './calculator.ts';
import { familyBenefitParametersOn } from './parameters.ts';
import { ageLimit, samotneWychowywanie, spreadReduction, withinAgeLimit } from './zasilek-rodzinny.ts';

const PERIODS = ['2024-11-01', '2025-11-01'] as const;
const parent = { role: 'parent' as const, birthDate: '1990-01-01' };
// Requests as a client sends them (JSON), parsed as the route parses them.
const calc = (input: object) => {
  const r = FamilyBenefitsCalculatorRequest.parse(input);
  return calculateFamilyBenefits(familyBenefitParametersOn(r.periodStart)!, r);
};
const shift = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

describe.each(PERIODS)('zasiłek rodzinny in the period starting %s', (start) => {
  // Two parents, a child of 3 (95 zł) and a child of 10 (124 zł): 4 × 674 zł = 2 696 zł.
  const family = [
    parent,
    parent,
    { role: 'child', birthDate: shift(start, -3) },
    { role: 'child', birthDate: shift(start, -10) },
  ];

  it('pays 95 + 124 zł at income equal to the criterion', () => {
    const a = calc({ periodStart: start, familyMonthlyIncome: 269_600, members: family });
    expect(a).toMatchObject({
      eligible: true,
      criterion: 67_400,
      incomePerPerson: 67_400,
      monthlyAmount: 21_900,
    });
    expect(a.items).toEqual([
      { kind: 'zasilekRodzinny', personIndex: 2, amount: 9_500, period: 'monthly' },
      { kind: 'zasilekRodzinny', personIndex: 3, amount: 12_400, period: 'monthly' },
    ]);
  });

  it('takes one grosz off for one grosz over (art. 5 ust. 3a)', () => {
    const a = calc({ periodStart: start, familyMonthlyIncome: 269_601, members: family });
    expect(a.monthlyAmount).toBe(21_899);
    expect(a.items.map((x) => x.amount)).toEqual([9_500, 12_399]);
  });

  it('pays 20.00 zł but not 19.99 zł after the reduction (art. 5 ust. 3c)', () => {
    expect(
      calc({ periodStart: start, familyMonthlyIncome: 269_600 + 19_900, members: family }),
    ).toMatchObject({
      eligible: true,
      monthlyAmount: 2_000,
    });
    const a = calc({ periodStart: start, familyMonthlyIncome: 269_600 + 19_901, members: family });
    expect(a).toMatchObject({ eligible: false, monthlyAmount: 0, oneOffAmount: 0, items: [] });
    const last = renderExplanation(a.steps, 'pl').at(-1)!;
    expect({ ...last, text: last.text.replace(/\u00a0/g, ' ') }).toEqual({
      article: 'art. 5 ust. 3c ustawy o świadczeniach rodzinnych',
      text: 'Po pomniejszeniu o nadwyżkę 199,01 zł zostaje 19,99 zł — mniej niż 20,00 zł, więc świadczenia nie przysługują.',
    });
  });

  it('applies 764 zł when a child has a disability certificate, with kształcenie i rehabilitacja', () => {
    const members = [parent, { role: 'child', birthDate: shift(start, -4), disabilityCertificate: true }];
    const a = calc({
      periodStart: start,
      familyMonthlyIncome: 152_800,
      members,
      additions: [{ kind: 'ksztalcenieRehabilitacja', childIndex: 1 }],
    });
    expect(a).toMatchObject({ eligible: true, criterion: 76_400, monthlyAmount: 9_500 + 9_000 });
  });
});

describe('the birthday month at each age limit', () => {
  const child = (birthDate: string, inSchool = false, disabilityCertificate = false) => ({
    birthDate,
    inSchool,
    disabilityCertificate,
  });
  it('pays the month of the 18th birthday and not the month after it', () => {
    expect(withinAgeLimit(child('2007-11-30'), '2025-11-01')).toBe(true);
    expect(withinAgeLimit(child('2007-11-01'), '2025-11-01')).toBe(false);
    expect(withinAgeLimit(child('2007-11-30'), '2025-12-01')).toBe(false);
  });
  it('extends to 21 in school and to 24 in school with a certificate', () => {
    expect(ageLimit(child('2004-01-01', true))).toBe(21);
    expect(withinAgeLimit(child('2004-11-15', true), '2025-11-01')).toBe(true);
    expect(withinAgeLimit(child('2004-11-15', true), '2025-12-01')).toBe(false);
    expect(withinAgeLimit(child('2001-11-15', true, true), '2025-11-01')).toBe(true);
    expect(withinAgeLimit(child('2001-11-15', true, true), '2025-12-01')).toBe(false);
  });
  it('keeps 95 zł in the month of the 5th birthday, 124 zł from the month after', () => {
    const members = (d: string) => [parent, { role: 'child', birthDate: d }];
    expect(
      calc({ periodStart: '2025-11-01', familyMonthlyIncome: 0, members: members('2020-11-20') })
        .monthlyAmount,
    ).toBe(9_500);
    expect(
      calc({ periodStart: '2025-12-01', familyMonthlyIncome: 0, members: members('2020-11-20') })
        .monthlyAmount,
    ).toBe(12_400);
    expect(
      calc({ periodStart: '2025-12-01', familyMonthlyIncome: 0, members: members('2006-11-20') })
        .monthlyAmount,
    ).toBe(0);
  });
});

describe('the dodatki and their caps', () => {
  const kids = (n: number, extra: object = {}) =>
    Array.from({ length: n }, (_, i) => ({
      role: 'child',
      birthDate: `201${i}-05-05`,
      inSchool: true,
      ...extra,
    }));
  it('caps samotne wychowywanie at 386 zł and its raise at 160 zł (art. 11a)', () => {
    const p = familyBenefitParametersOn('2025-11-01')!;
    const c = { birthDate: '2015-01-01', inSchool: false, disabilityCertificate: true };
    expect(samotneWychowywanie(p, [c, c, c])).toEqual({ base: 38_600, raise: 16_000 });
    const a = calc({
      periodStart: '2025-11-01',
      familyMonthlyIncome: 0,
      singleParent: true,
      members: [parent, ...kids(3, { disabilityCertificate: true })],
      additions: [1, 2, 3].map((childIndex) => ({ kind: 'samotneWychowywanie', childIndex })),
    });
    expect(a.items.filter((x) => x.kind === 'samotneWychowywanie').map((x) => x.amount)).toEqual([
      27_300, 27_300,
    ]);
  });
  it('pays wielodzietność from the third child on (art. 12a)', () => {
    const a = calc({
      periodStart: '2025-11-01',
      familyMonthlyIncome: 0,
      members: [parent, ...kids(4)],
      additions: [{ kind: 'wielodzietnosc', childIndex: 1 }],
    });
    expect(a.items.filter((x) => x.kind === 'wielodzietnosc')).toEqual([
      { kind: 'wielodzietnosc', personIndex: 3, amount: 9_500, period: 'monthly' },
      { kind: 'wielodzietnosc', personIndex: 4, amount: 9_500, period: 'monthly' },
    ]);
    expect(a.monthlyAmount).toBe(4 * 12_400 + 2 * 9_500);
  });
  it('pays the one-off dodatki apart from the monthly ones', () => {
    const a = calc({
      periodStart: '2025-09-01',
      familyMonthlyIncome: 100_000,
      members: [
        parent,
        parent,
        { role: 'child', birthDate: '2025-06-10' },
        { role: 'child', birthDate: '2014-02-02', inSchool: true },
      ],
      additions: [
        { kind: 'urodzenie', childIndex: 2 },
        { kind: 'rozpoczecieRokuSzkolnego', childIndex: 3 },
        { kind: 'naukaPozaMiejscemDojazd', childIndex: 3 },
        { kind: 'urlopWychowawczy', childIndex: 2 },
      ],
    });
    expect(a).toMatchObject({
      eligible: true,
      monthlyAmount: 9_500 + 12_400 + 6_900 + 40_000,
      oneOffAmount: 110_000,
    });
  });
  it('reduces one-off dodatki too, counting them as a twelfth (art. 5 ust. 3b)', () => {
    // total = 95 zł + 1000 zł / 12 = 178,33 zł; income over 2 × 674 zł by 78,33 zł → 100,00 zł
    const a = calc({
      periodStart: '2025-11-01',
      familyMonthlyIncome: 134_800 + 7_833,
      members: [parent, { role: 'child', birthDate: '2025-10-01' }],
      additions: [{ kind: 'urodzenie', childIndex: 1 }],
    });
    expect(spreadReduction([9_500, 100_000], 10_000, 17_833)).toEqual([5_327, 56_076]);
    expect(a).toMatchObject({ eligible: true, monthlyAmount: 5_327, oneOffAmount: 56_076 });
  });
  it('refuses with the reason a dodatek the family does not meet', () => {
    const a = calc({
      periodStart: '2025-11-01',
      familyMonthlyIncome: 0,
      members: [parent, { role: 'child', birthDate: '2015-01-01' }],
      additions: [{ kind: 'samotneWychowywanie', childIndex: 1 }],
    });
    expect(a.monthlyAmount).toBe(12_400);
    expect(renderExplanation(a.steps, 'en').map((s) => s.text)).toContain(
      'supplement for single parenting for person no. 2 is not due: the applicant is not a single parent.',
    );
  });
});

describe('the request', () => {
  it('names the field that is wrong', () => {
    const r = FamilyBenefitsCalculatorRequest.safeParse({
      periodStart: '2025-11-05',
      familyMonthlyIncome: 1,
      members: [parent, { role: 'child', birthDate: '2030-01-01' }],
      additions: [{ kind: 'urodzenie', childIndex: 0 }],
    });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.'))).toEqual([
      'periodStart',
      'members.1.birthDate',
      'additions.0.childIndex',
    ]);
  });
});
