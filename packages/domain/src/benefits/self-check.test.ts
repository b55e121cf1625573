import { describe, expect, it } from 'vitest';
import { renderExplanation } from './explanation.ts';
import { LEGAL_PARAMETER_HISTORY, parametersOn } from './legal-parameters.ts';
import {
  type CalculatorRequest,
  calculateSocialAssistance,
  CalculatorRequest as Schema,
} from './self-check.ts';

const on = (date: string) => parametersOn(LEGAL_PARAMETER_HISTORY, date)!;
const ask = (body: unknown) => {
  const r = Schema.parse(body) as CalculatorRequest;
  return calculateSocialAssistance(on(r.date), r);
};

describe('public self-check', () => {
  it('2025: single person with no income → 1229 zł zasiłek stały', () => {
    const r = ask({
      benefit: 'zasilekStaly',
      date: '2025-06-01',
      household: [{ role: 'applicant', netIncome: 0, unableToWork: true }],
    });
    expect(r).toMatchObject({ eligible: true, amount: 122_900, criterion: 101_000, incomePerPerson: 0 });
  });

  it('counts the farm in a single person’s income', () => {
    // 1.5 ha × 459 = 688.50 zł; 1313 − 688.50 = 624.50 zł.
    const r = ask({
      benefit: 'zasilekStaly',
      date: '2025-06-01',
      household: [{ role: 'applicant', netIncome: 0, unableToWork: true }],
      farmHectares: 1.5,
    });
    expect([r.amount, r.incomePerPerson]).toEqual([62_450, 68_850]);
  });

  it('in a family the farm is the household’s, not the applicant’s own income', () => {
    // (0 + 600 + 2 ha × 459 = 918) / 3 = 1518 / 3 = 506 zł per person; 1069.90 − 506 = 563.90 zł.
    const r = ask({
      benefit: 'zasilekStaly',
      date: '2025-06-01',
      household: [
        { role: 'applicant', netIncome: 0, unableToWork: true },
        { role: 'member', netIncome: 60_000, unableToWork: false },
        { role: 'member', netIncome: 0 },
      ],
      farmHectares: 2,
    });
    expect([r.eligible, r.amount, r.incomePerPerson, r.criterion]).toEqual([true, 56_390, 50_600, 82_300]);
  });

  it('zasiłek okresowy: the statutory minimum and the maximum', () => {
    const r = ask({
      benefit: 'zasilekOkresowy',
      date: '2025-06-01',
      household: [
        { role: 'applicant', netIncome: 40_000 },
        { role: 'member', netIncome: 0 },
      ],
    });
    expect(r).toMatchObject({ eligible: true, amount: 62_300, maximumAmount: 124_600, criterion: 82_300 });
  });

  it("shows a single person's maximum zasiłek okresowy at the cap in force on the date", () => {
    const max = (date: string) =>
      ask({ benefit: 'zasilekOkresowy', date, household: [{ role: 'applicant', netIncome: 0 }] })
        .maximumAmount;
    // 418 zł in the text in force until 2023; the criterion per person since 2024 [M].
    expect([
      max('2016-03-01'),
      max('2020-03-01'),
      max('2023-12-31'),
      max('2024-01-01'),
      max('2026-06-01'),
    ]).toEqual([41_800, 41_800, 41_800, 60_000, 82_300]);
  });

  it('explains in Ukrainian and English as well', () => {
    const r = ask({
      benefit: 'zasilekOkresowy',
      date: '2025-06-01',
      household: [{ role: 'applicant', netIncome: 0 }],
    });
    expect(renderExplanation(r.steps, 'uk')[0]!.text).toBe(
      'На 01.06.2025 діють суми та критерії, встановлені з 01.01.2025.',
    );
    expect(
      renderExplanation(r.steps, 'en')
        .at(-1)!
        .text.replace(/\u00a0/g, ' '),
    ).toBe('Periodic allowance: from PLN 505.00 to PLN 823.00 a month.');
    expect(renderExplanation(r.steps, 'pl')[0]!.article).toContain('Dz.U. 2024 poz. 1044');
  });

  it('needs exactly one applicant', () => {
    const r = Schema.safeParse({
      benefit: 'zasilekStaly',
      date: '2025-06-01',
      household: [{ role: 'member', netIncome: 0 }],
    });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['household', 'validation.benefits.oneApplicant'],
    ]);
  });
});
