import { describe, expect, it } from 'vitest';
import { exceptionCap, programmeOn, withinProgrammeCriterion } from './meals-rules.ts';

const criteria2025 = { criterionSingle: 101_000, criterionPerPerson: 82_300 };

describe('the programme criterion (200 % of the art. 8 criterion)', () => {
  it('a family of four at 1646 zł a person is within; one grosz a person more is above', () => {
    const at = withinProgrammeCriterion({ ...criteria2025, income: 658_400, size: 4, percent: 200 });
    expect(at.criterion).toBe(164_600);
    expect(at.within).toBe(true);
    expect(withinProgrammeCriterion({ ...criteria2025, income: 658_401, size: 4, percent: 200 }).within).toBe(
      false,
    );
  });

  it('a single person is measured against 2020 zł', () => {
    const r = withinProgrammeCriterion({ ...criteria2025, income: 202_000, size: 1, percent: 200 });
    expect(r).toMatchObject({ criterion: 202_000, within: true });
    expect(r.steps[0]!.key).toBe('meals.step.criterionSingle');
    expect(withinProgrammeCriterion({ ...criteria2025, income: 202_001, size: 1, percent: 200 }).within).toBe(
      false,
    );
  });

  it('the old 150 % (before 2023) with the 2022 criteria: 900 zł a person in a family', () => {
    const r = withinProgrammeCriterion({
      criterionSingle: 77_600,
      criterionPerPerson: 60_000,
      income: 180_001,
      size: 2,
      percent: 150,
    });
    expect(r).toMatchObject({ criterion: 90_000, within: false });
  });
});

describe('the headteacher’s exception: at most 20 % of the children fed the month before', () => {
  it('50 children fed → 10 pupils', () => expect(exceptionCap(50, 20)).toBe(10));
  it('7 children fed → 1 pupil (1.4 rounded down)', () => expect(exceptionCap(7, 20)).toBe(1));
  it('4 children fed → none (0.8 rounded down)', () => expect(exceptionCap(4, 20)).toBe(0));
  it('nobody fed the month before → none', () => expect(exceptionCap(0, 20)).toBe(0));
});

describe('the programme row in force', () => {
  const periods = [
    { validFrom: '2019-01-01', criterionPercent: 150, exceptionCapPercent: 20, legalBasis: 'a' },
    { validFrom: '2023-01-01', criterionPercent: 200, exceptionCapPercent: 20, legalBasis: 'b' },
  ];
  it('picks the latest valid from on or before the day', () => {
    expect(programmeOn(periods, '2022-12-31')?.criterionPercent).toBe(150);
    expect(programmeOn(periods, '2023-01-01')?.criterionPercent).toBe(200);
    expect(programmeOn(periods, '2018-12-31')).toBeNull();
  });
});
