import { describe, expect, it } from 'vitest';
import '../index.ts';
import { hasMessage } from '../i18n/index.ts';
import {
  columnUnit,
  drillKind,
  parseFigure,
  SECTION_COLUMNS,
  SECTION_ROWS,
  SERVICE_SECTIONS,
} from './mrpips.ts';
import { type CheckedReport, mrpipsChecks } from './mrpips-checks.ts';

// The cross-checks on figures made by hand: a consistent set passes, and each kind of
// inconsistency the ministry's validation rejects is named with its figure.

const section = (name: string, rows: Record<string, Record<string, number>>) => ({
  section: name,
  rows: Object.entries(rows).map(([row, values]) => ({ row, values })),
});

/** Two persons in care (one of them also in specialist care), a pupil and an adult fed, three families. */
function consistent(): CheckedReport {
  return {
    sections: [
      section('staffing', {
        director: { headcount: 1 },
        socialWorker: { headcount: 2 },
        familyAssistant: { headcount: 0 },
        carer: { headcount: 2 },
        specialist: { headcount: 0 },
        administration: { headcount: 3 },
        other: { headcount: 0 },
        total: { headcount: 8 },
      }),
      section('benefits', {
        zasilekStaly: { persons: 1, benefits: 6, amount: 600_000, families: 1, personsInFamilies: 1 },
        zasilekOkresowy: { persons: 2, benefits: 4, amount: 180_000, families: 2, personsInFamilies: 5 },
        zasilekCelowy: { persons: 1, benefits: 1, amount: 20_000, families: 1, personsInFamilies: 4 },
        specjalnyZasilekCelowy: { persons: 0, benefits: 0, amount: 0, families: 0, personsInFamilies: 0 },
        // The family with both the periodic and the purpose allowance counts once.
        total: { persons: 3, benefits: 11, amount: 800_000, families: 3, personsInFamilies: 6 },
      }),
      section('reasons', {
        '1': { families: 2, personsInFamilies: 5 },
        '4': { families: 2, personsInFamilies: 2 },
        total: { families: 3, personsInFamilies: 6 },
      }),
      section('familyTypes', {
        total: { families: 3, personsInFamilies: 6 },
        size1: { families: 2, personsInFamilies: 2 },
        size2: { families: 0, personsInFamilies: 0 },
        size3: { families: 0, personsInFamilies: 0 },
        size4: { families: 1, personsInFamilies: 4 },
        size5: { families: 0, personsInFamilies: 0 },
        size6plus: { families: 0, personsInFamilies: 0 },
        withChildren: { families: 1, personsInFamilies: 4 },
        children1: { families: 0, personsInFamilies: 0 },
        children2: { families: 1, personsInFamilies: 4 },
        children3: { families: 0, personsInFamilies: 0 },
        children4plus: { families: 0, personsInFamilies: 0 },
        incomplete: { families: 1, personsInFamilies: 4 },
        pensioners: { families: 1, personsInFamilies: 1 },
      }),
      section('socialWork', {
        total: { families: 4, personsInFamilies: 9 },
        withoutBenefit: { families: 1, personsInFamilies: 3 },
        withAssistant: { families: 1, personsInFamilies: 4 },
      }),
      section('careServices', {
        careService: { persons: 2, hours: 30.5, amount: 106_750, fees: 4_000 },
        specialistCareService: { persons: 1, hours: 4.25, amount: 21_250, fees: 0 },
        mentalDisorderCareService: { persons: 0, hours: 0, amount: 0, fees: 0 },
        neighbourService: { persons: 0, hours: 0, amount: 0, fees: 0 },
        total: { persons: 2, hours: 34.75, amount: 128_000, fees: 4_000 },
      }),
      section('meals', {
        meal: { persons: 2, meals: 40, amount: 40_000 },
        mealChildren: { persons: 1, meals: 20, amount: 20_000 },
        zasilekCelowy: { persons: 1, meals: 0, amount: 30_000 },
        foodInKind: { persons: 0, meals: 0, amount: 0 },
        total: { persons: 2, meals: 40, amount: 70_000 },
      }),
      section('dps', {
        referred: { persons: 1, amount: 0 },
        admitted: { persons: 1, amount: 0 },
        residing: { persons: 2, amount: 900_000 },
        waiting: { persons: 1, amount: 0 },
      }),
      section('foodAid', { total: { persons: 3, personsInFamilies: 7, parcels: 12, kilograms: 80.5 } }),
    ],
  };
}

/** The report with one figure changed. */
function altered(figure: string, value: number): CheckedReport {
  const [s, row, column] = figure.split('.') as [string, string, string];
  const r = consistent();
  r.sections.find((x) => x.section === s)!.rows.find((x) => x.row === row)!.values[column] = value;
  return r;
}

describe('MRPiPS-03 cross-checks', () => {
  it('pass on a consistent set of figures', () => {
    expect(mrpipsChecks(consistent())).toEqual([]);
  });

  it('a total that is not the sum of its rows (money, hours, headcount) fails, naming the rows', () => {
    expect(mrpipsChecks(altered('benefits.total.amount', 800_001))).toEqual([
      {
        rule: 'sumOfRows',
        figure: 'benefits.total.amount',
        actual: 800_001,
        against: [
          'benefits.zasilekStaly.amount',
          'benefits.zasilekOkresowy.amount',
          'benefits.zasilekCelowy.amount',
          'benefits.specjalnyZasilekCelowy.amount',
        ],
        expected: '= 800000',
      },
    ]);
    expect(mrpipsChecks(altered('careServices.total.hours', 34.5))[0]).toMatchObject({
      rule: 'sumOfRows',
      expected: '= 34.75',
    });
    expect(mrpipsChecks(altered('staffing.total.headcount', 7))[0]!.figure).toBe('staffing.total.headcount');
  });

  it('a person counted twice in a total, or a total below its largest row, fails', () => {
    // 2 + 1 persons in care rows are 2 distinct persons; 4 would count someone twice over the rows' sum.
    expect(mrpipsChecks(altered('careServices.total.persons', 4))).toEqual([
      {
        rule: 'distinctTotal',
        figure: 'careServices.total.persons',
        actual: 4,
        against: [
          'careServices.careService.persons',
          'careServices.specialistCareService.persons',
          'careServices.mentalDisorderCareService.persons',
          'careServices.neighbourService.persons',
        ],
        expected: '2–3',
      },
    ]);
    expect(mrpipsChecks(altered('meals.total.persons', 1))[0]).toMatchObject({
      rule: 'distinctTotal',
      expected: '2–3',
    });
  });

  it('a "w tym" row above its parent, and persons in families below the families, fail', () => {
    expect(mrpipsChecks(altered('meals.mealChildren.meals', 41))).toEqual([
      {
        rule: 'partOfRow',
        figure: 'meals.mealChildren.meals',
        actual: 41,
        against: ['meals.meal.meals'],
        expected: '≤ 40',
      },
    ]);
    expect(mrpipsChecks(altered('socialWork.withAssistant.personsInFamilies', 0))).toEqual([
      {
        rule: 'personsInFamilies',
        figure: 'socialWork.withAssistant.personsInFamilies',
        actual: 0,
        against: ['socialWork.withAssistant.families'],
        expected: '≥ 1',
      },
    ]);
    expect(mrpipsChecks(altered('foodAid.total.personsInFamilies', 2))[0]).toMatchObject({
      rule: 'personsInFamilies',
      against: ['foodAid.total.persons'],
    });
  });

  it('sections counting the same families disagree: each differing figure fails', () => {
    const failed = mrpipsChecks(altered('benefits.total.personsInFamilies', 7));
    expect(failed.map((f) => [f.rule, f.figure, f.expected])).toEqual([
      ['sameAcrossSections', 'familyTypes.total.personsInFamilies', '= 7'],
      ['sameAcrossSections', 'reasons.total.personsInFamilies', '= 7'],
    ]);
  });
});

describe('the non-cash sections', () => {
  it('name every row, column and check rule in the messages, and open every figure to persons', () => {
    for (const section of SERVICE_SECTIONS) {
      expect(hasMessage(`mrpips.section.${section}`)).toBe(true);
      for (const row of SECTION_ROWS[section]) {
        expect(hasMessage(`mrpips.${section}.${row}`)).toBe(true);
        for (const column of SECTION_COLUMNS[section])
          expect(drillKind(parseFigure(`${section}.${row}.${column}`)!)).toBe('persons');
      }
    }
    for (const rule of ['sumOfRows', 'distinctTotal', 'partOfRow', 'personsInFamilies', 'sameAcrossSections'])
      expect(hasMessage(`mrpips.check.${rule}`)).toBe(true);
    expect([columnUnit('fees'), columnUnit('hours'), columnUnit('kilograms'), columnUnit('meals')]).toEqual([
      'grosze',
      'hours',
      'kg',
      'count',
    ]);
  });
});
