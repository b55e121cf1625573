import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explanation.ts';
import {
  DEFAULT_INCOME_EXCLUSIONS,
  householdIncome,
  IncomeSourceInput,
  type MemberIncomeInput,
  referenceMonth,
} from './income.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from './legal-parameters.ts';

const p2025 = parametersOn(LEGAL_PARAMETER_HISTORY, '2025-01-01')!;
const src = (kind: string, gross: number, tax = 0, contributions = 0, month = '2026-02') =>
  ({ kind, month, gross, tax, contributions }) as MemberIncomeInput['sources'][number];

describe('reference month (art. 8 ust. 3)', () => {
  it('is the month before the application', () => {
    expect(referenceMonth('2026-03-15', false)).toBe('2026-02');
    expect(referenceMonth('2026-01-02', false)).toBe('2025-12');
  });

  it('is the month of the application when an income was lost', () => {
    expect(referenceMonth('2026-03-15', true)).toBe('2026-03');
    expect(referenceMonth('2026-01-02', true)).toBe('2026-01');
  });
});

describe('household income (art. 8 ust. 3–4, 9)', () => {
  const members: MemberIncomeInput[] = [
    {
      name: 'Anna',
      // 4300 − 310 tax − 1075.86 contributions = 2914.14 zł
      sources: [src('employment', 430_000, 31_000, 107_586), src('swiadczenieWychowawcze', 80_000)],
      alimonyPaid: 0,
    },
    {
      name: 'Jan',
      sources: [
        src('pension', 190_000, 15_000, 17_100),
        src('thirteenthPension', 190_000),
        src('employment', 99_999, 0, 0, '2026-01'),
      ],
      alimonyPaid: 50_000,
    },
    { name: 'Zosia', sources: [src('schoolMaterialAid', 20_000)], alimonyPaid: 0 },
  ];

  it('nets each source, subtracts alimony paid, leaves out excluded kinds and other months', () => {
    const r = householdIncome(p2025, { referenceMonth: '2026-02', members, farmHectares: 0 });
    expect(r.members).toEqual([
      { name: 'Anna', income: 291_414 },
      { name: 'Jan', income: 107_900 }, // 1900 − 150 − 171 − 500 alimony
      { name: 'Zosia', income: 0 },
    ]);
    expect([r.income, r.size, r.incomePerPerson]).toEqual([399_314, 3, 133_105]); // 1331.0466… → 1331.05
  });

  it('adds the farm presumption: hectares przeliczeniowe × the 1 ha amount', () => {
    const r = householdIncome(p2025, { referenceMonth: '2026-02', members, farmHectares: 2.5 });
    expect([r.farmIncome, r.income]).toEqual([114_750, 514_064]);
  });

  it('the exclusion list is configurable', () => {
    const without800 = DEFAULT_INCOME_EXCLUSIONS.filter((e) => e.kind !== 'swiadczenieWychowawcze');
    const r = householdIncome(p2025, { referenceMonth: '2026-02', members, farmHectares: 0 }, without800);
    expect(r.members[0]!.income).toBe(371_414);
  });

  it('marks every exclusion as confirmed (S) or from memory (M)', () => {
    expect(DEFAULT_INCOME_EXCLUSIONS.filter((e) => e.tag === 'S').map((e) => e.kind)).toEqual([
      'oneOffSocialBenefit',
      'zasilekCelowy',
      'schoolMaterialAid',
      'benefitInKind',
      'sociallyUsefulWork',
      'thirteenthPension',
    ]);
  });

  it('never goes below zero when alimony paid exceeds the income', () => {
    const r = householdIncome(p2025, {
      referenceMonth: '2026-02',
      members: [{ name: 'Piotr', sources: [src('employment', 50_000)], alimonyPaid: 80_000 }],
      farmHectares: 0,
    });
    expect(r.income).toBe(0);
  });

  it('explains what was counted and what was not', () => {
    const r = householdIncome(p2025, {
      referenceMonth: '2026-02',
      members: members.slice(0, 1),
      farmHectares: 0,
    });
    const texts = renderExplanation(r.steps, 'pl').map((s) => s.text.replace(/\u00a0/g, ' '));
    expect(texts).toEqual([
      'Anna: wynagrodzenie ze stosunku pracy — przychód 4300,00 zł − podatek 310,00 zł − składki 1075,86 zł = 2914,14 zł.',
      'Anna: świadczenie wychowawcze (800+) (800,00 zł) nie wlicza się do dochodu (ustawa o pomocy państwa w wychowywaniu dzieci).',
      'Anna: dochód 2914,14 zł.',
      'Dochód rodziny: 2914,14 zł (1 os.).',
    ]);
  });

  it('refuses deductions above the gross amount', () => {
    const r = IncomeSourceInput.safeParse({
      kind: 'employment',
      month: '2026-02',
      gross: 100,
      tax: 60,
      contributions: 50,
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tax', 'validation.benefits.deductionsAboveGross'],
    ]);
  });
});
