import { describe, expect, it } from 'vitest';
import { LEGAL_PARAMETER_HISTORY, LegalParameterPeriodInput, parametersOn } from './legal-parameters.ts';
import { type LocalResolution, LocalResolutionInput, okresowyRaiseOn } from './local-resolutions.ts';

const on = (date: string) => parametersOn(LEGAL_PARAMETER_HISTORY, date);

describe('legal parameter history', () => {
  it('starts on 1 October 2015 and is in date order', () => {
    const dates = LEGAL_PARAMETER_HISTORY.map((p) => p.validFrom);
    expect(dates).toEqual(['2015-10-01', '2018-10-01', '2022-01-01', '2024-01-01', '2025-01-01']);
  });

  it('has nothing before 1 October 2015', () => {
    expect(on('2015-09-30')).toBeNull();
  });

  it.each([
    ['2015-10-01', 63_400, 51_400, 60_400, 28_800],
    ['2018-09-30', 63_400, 51_400, 60_400, 28_800],
    ['2018-10-01', 70_100, 52_800, 64_500, 30_800],
    ['2021-12-31', 70_100, 52_800, 64_500, 30_800],
    ['2022-01-01', 77_600, 60_000, 71_900, 34_500],
    ['2023-12-31', 77_600, 60_000, 71_900, 34_500],
    ['2024-01-01', 77_600, 60_000, 100_000, 34_500],
    ['2025-01-01', 101_000, 82_300, 122_900, 45_900],
    ['2026-11-20', 101_000, 82_300, 122_900, 45_900],
  ])('on %s: criteria %i / %i, zasiłek stały max %i, 1 ha %i', (date, single, perPerson, max, ha) => {
    const p = on(date)!;
    expect([p.criterionSingle, p.criterionPerPerson, p.zasilekStalyMax, p.farmHectareIncome]).toEqual([
      single,
      perPerson,
      max,
      ha,
    ]);
  });

  it('zasiłek stały: 100% rule and 30 zł minimum before 2024, 130% and 100 zł from 2024', () => {
    expect(on('2023-12-31')).toMatchObject({ zasilekStalyPercent: 100, zasilekStalyMin: 3_000 });
    expect(on('2024-01-01')).toMatchObject({ zasilekStalyPercent: 130, zasilekStalyMin: 10_000 });
  });

  it('zasiłek okresowy: 50% and 20 zł in every period', () => {
    for (const p of LEGAL_PARAMETER_HISTORY)
      expect(p).toMatchObject({ zasilekOkresowyMinPercent: 50, zasilekOkresowyMinAmount: 2_000 });
  });

  it('picks the latest period regardless of list order', () => {
    const shuffled = [...LEGAL_PARAMETER_HISTORY].reverse();
    expect(parametersOn(shuffled, '2019-05-05')?.validFrom).toBe('2018-10-01');
  });

  it('validates a new period', () => {
    const ok = LegalParameterPeriodInput.safeParse({
      ...LEGAL_PARAMETER_HISTORY[4],
      validFrom: '2028-01-01',
    });
    expect(ok.success).toBe(true);
    const bad = LegalParameterPeriodInput.safeParse({
      ...LEGAL_PARAMETER_HISTORY[4],
      zasilekStalyMin: 200_000,
    });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['zasilekStalyMin', 'validation.benefits.minAboveMax'],
    ]);
  });
});

describe('local resolutions', () => {
  const rudnik: LocalResolution = {
    number: 'XXXVI/285/2013',
    adoptedOn: '2013-11-28',
    validFrom: '2014-01-01',
    validTo: '2024-12-31',
    kind: 'zasilekOkresowyMinPercent',
    percent: 70,
    programme: null,
    title: 'w sprawie podwyższenia minimalnej kwoty zasiłku okresowego',
  };
  const newer: LocalResolution = {
    ...rudnik,
    number: 'XII/90/2025',
    validFrom: '2025-03-01',
    validTo: null,
    percent: 80,
  };

  it('finds the raise in force on a date, the newest first', () => {
    expect(okresowyRaiseOn([rudnik, newer], '2024-12-31')?.number).toBe('XXXVI/285/2013');
    expect(okresowyRaiseOn([rudnik, newer], '2025-01-15')).toBeNull();
    expect(okresowyRaiseOn([rudnik, newer], '2026-01-15')?.percent).toBe(80);
  });

  it('refuses a raise above 100% or an end before the start', () => {
    const r = LocalResolutionInput.safeParse({ ...rudnik, percent: 120, validTo: '2013-01-01' });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['percent', 'validTo']);
  });

  it('a programme criterion needs the programme name', () => {
    const r = LocalResolutionInput.safeParse({ ...rudnik, kind: 'programmeCriterionPercent', percent: 200 });
    expect(r.error?.issues.map((i) => i.message)).toEqual(['validation.benefits.programmeRequired']);
  });
});
