import { describe, expect, it } from 'vitest';
import { parseDistributionCsv, referralErrors, thresholdOn } from '../food-aid/rules.ts';
import { ageOn, incomeLimit, unmetCriteria } from './eligibility.ts';

// Worked examples of recruitment criteria and of the FEPŻ referral rule.
const C2026 = { criterionSingle: 101_000, criterionPerPerson: 82_300 };
const C2023 = { criterionSingle: 77_600, criterionPerPerson: 60_000 };

describe('project recruitment criteria', () => {
  it('counts full years of age, the birthday itself included', () => {
    expect(ageOn('2008-12-03', '2026-12-03')).toBe(18);
    expect(ageOn('2008-12-04', '2026-12-03')).toBe(17);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
  });

  it('takes a percentage of the single or the per-person criterion, half up to the grosz', () => {
    expect(incomeLimit(150, 3, C2026)).toBe(123_450);
    expect(incomeLimit(265, 1, C2026)).toBe(267_650);
    expect(incomeLimit(265, 4, C2026)).toBe(218_095);
    expect(incomeLimit(133, 2, C2026)).toBe(109_459); // 823 × 1,33 = 1094,59
  });

  it('names the field of every criterion not met', () => {
    const criteria = [
      { kind: 'ageMin', years: 60 },
      { kind: 'incomeMax', percent: 150 },
      { kind: 'reason', reasons: ['5', '6'] },
    ] as const;
    const senior = { birthDate: '1950-01-01', on: '2026-12-03', householdSize: 1, reasons: ['6'] };
    expect(unmetCriteria(criteria, { ...senior, incomePerPersonGrosze: 151_500 }, C2026)).toEqual([]);
    expect(
      unmetCriteria(
        criteria,
        { ...senior, birthDate: '1970-01-01', incomePerPersonGrosze: 151_501, reasons: [] },
        C2026,
      ),
    ).toEqual([
      { path: 'personId', message: 'validation.programs.ageMin?years=60' },
      {
        path: 'incomePerPersonGrosze',
        message: 'validation.programs.incomeOver?percent=150&limit=1515,00 zł',
      },
      { path: 'reasons', message: 'validation.programs.reason?reasons=5, 6' },
    ]);
    expect(unmetCriteria(criteria, { ...senior, incomePerPersonGrosze: null }, C2026)[0]).toEqual({
      path: 'incomePerPersonGrosze',
      message: 'validation.programs.incomeRequired',
    });
  });
});

describe('FEPŻ referral', () => {
  const periods = [
    { validFrom: '2020-11-26', percent: 220 },
    { validFrom: '2023-05-15', percent: 235 },
    { validFrom: '2024-02-12', percent: 265 },
  ];
  it('takes the threshold in force on the day of issue', () => {
    expect(thresholdOn(periods, '2024-02-11')?.percent).toBe(235);
    expect(thresholdOn(periods, '2024-02-12')?.percent).toBe(265);
    expect(thresholdOn(periods, '2020-01-01')).toBeNull();
  });
  it('asks an art. 7 reason and income within the threshold (235 % in 2023: 1823,60 zł single)', () => {
    expect(
      referralErrors(235, { reasons: ['1'], incomePerPersonGrosze: 182_360, householdSize: 1 }, C2023),
    ).toEqual([]);
    expect(
      referralErrors(235, { reasons: [], incomePerPersonGrosze: 182_361, householdSize: 1 }, C2023),
    ).toEqual([
      { path: 'reasons', message: 'validation.foodAid.reasonRequired' },
      {
        path: 'incomePerPersonGrosze',
        message: 'validation.programs.incomeOver?percent=235&limit=1823,60 zł',
      },
    ]);
  });
  it('reads the partner’s CSV, blank cells as nothing handed out, bad cells by line and column', () => {
    const id = '0b9c2f3e-1111-4222-8333-444455556666';
    const csv = `\uFEFFNr;Nazwisko;kg;paczki\r\n${id};Kowal;12,5;2\r\n${id};Nowak;;\r\nzły;Nowak;1.5;x\r\n`;
    expect(parseDistributionCsv(csv)).toEqual({
      rows: [
        { line: 2, referralId: id, kilograms: 12.5, parcels: 2 },
        { line: 3, referralId: id, kilograms: 0, parcels: 0 },
      ],
      errors: [
        { path: 'csv.4.referral', message: 'validation.foodAid.csvReferral' },
        { path: 'csv.4.parcels', message: 'validation.foodAid.csvParcels' },
      ],
    });
    expect(parseDistributionCsv('Nr;kg;paczki\n').errors).toEqual([
      { path: 'csv', message: 'validation.foodAid.csvEmpty' },
    ]);
  });
});
