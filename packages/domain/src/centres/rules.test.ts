import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../benefits/explanation.ts';
import type { FeeRuleTable } from '../services/fee.ts';
import { dayFee, monthFee, monthFigures, nextOffer, openDays, opensOn, waitingOrder } from './rules.ts';

// Criteria from 1.01.2025 (domain reference §1.2): 1010 zł single, 823 zł per person.
const criteria = { criterionSingle: 101_000, criterionPerPerson: 82_300 };

/** A council resolution on fees at the day care home: a day costs 42,50 zł. */
const table: FeeRuleTable = {
  kind: 'supportCentreResolution',
  number: 'XV/180/2025',
  validFrom: '2025-07-01',
  hourlyCosts: [{ serviceKind: 'dayCareHome', costGrosze: 4_250 }],
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 5 },
    { overPct: 150, upToPct: 250, singlePct: 30, familyPct: 20 },
    { overPct: 250, upToPct: null, singlePct: 50, familyPct: 40 },
  ],
  exemptions: [],
};

describe('the fee for a day at the day care home (art. 97 ust. 1 and 5 ups)', () => {
  it('is nothing while the income is at most the criterion, even where a band would start lower', () => {
    const low = { ...table, bands: [{ overPct: 50, upToPct: null, singlePct: 10, familyPct: 10 }] };
    const r = dayFee(low, { income: 101_000, size: 1, ...criteria })!;
    expect(r.dailyFeeGrosze).toBe(0);
    expect(renderExplanation(r.steps, 'pl').at(-1)!.text).toBe(
      'Dochód nie przekracza kryterium dochodowego: pobyt nieodpłatny.',
    );
  });

  it('a senior living alone on 1 400,00 zł (138.61 %) pays 10 % of 42,50 zł: 4,25 zł a day', () => {
    const r = dayFee(table, { income: 140_000, size: 1, ...criteria })!;
    expect(r.feePct).toBe(10);
    expect(r.dailyFeeGrosze).toBe(425);
    const text = renderExplanation(r.steps, 'pl').map((s) => s.text.replace(/\s/g, ' '));
    expect(text[2]).toContain('138,61% kryterium');
    expect(text[3]).toBe(
      'Dochód powyżej 100% do 150% kryterium: odpłatność 10% kosztu, tj. 4,25 zł za dzień pobytu.',
    );
  });

  it('a couple with 3 000,00 zł (182.26 % of 823 zł per person) pays 20 %: 8,50 zł; at 2 × 2 057,50 zł (250 %) still 20 %', () => {
    expect(dayFee(table, { income: 300_000, size: 2, ...criteria })!.dailyFeeGrosze).toBe(850);
    expect(dayFee(table, { income: 411_500, size: 2, ...criteria })!.dailyFeeGrosze).toBe(850);
    // One grosz more is above 250 %: 40 % of 42,50 zł.
    expect(dayFee(table, { income: 411_501, size: 2, ...criteria })!.dailyFeeGrosze).toBe(1_700);
  });

  it('half of 42,45 zł is rounded half up to the grosz: 21,23 zł', () => {
    const odd = { ...table, hourlyCosts: [{ serviceKind: 'dayCareHome' as const, costGrosze: 4_245 }] };
    expect(dayFee(odd, { income: 400_000, size: 1, ...criteria })!.dailyFeeGrosze).toBe(2_123);
  });

  it('is none when the resolution does not price a day there', () => {
    expect(dayFee({ ...table, hourlyCosts: [] }, { income: 400_000, size: 1, ...criteria })).toBeNull();
  });

  it('a month is the day’s fee for each day present: 17 days at 4,25 zł = 72,25 zł', () => {
    expect(monthFee(425, 17)).toBe(7_225);
  });
});

describe('the waiting list (first come, first served)', () => {
  const waiting = [
    { id: 'b', queuedAt: '2026-11-03 10:00:00+01' },
    { id: 'a', queuedAt: '2026-11-02 15:30:00+01' },
    { id: 'c', queuedAt: '2026-11-03 10:00:00+01' },
  ];

  it('goes by the time the request was recorded', () => {
    expect(waitingOrder(waiting).map((w) => w.id)).toEqual(['a', 'b', 'c']);
  });

  it('offers a freed place to the first on the list, and nothing while every place is taken', () => {
    expect(nextOffer(15, 14, waiting)?.id).toBe('a');
    expect(nextOffer(15, 15, waiting)).toBeNull();
    expect(nextOffer(15, 3, [])).toBeNull();
  });
});

describe('open days and the month’s figures', () => {
  const weekdays = [1, 2, 3, 4, 5].map((day) => ({ day, open: '14:00', close: '18:00' }));

  it('the day room (Monday–Friday 14:00–18:00) opens 20 days in November 2026: not on 11 November (All Saints is a Sunday)', () => {
    const days = openDays(weekdays, '2026-11');
    expect(days).toHaveLength(20);
    expect(days[0]).toBe('2026-11-02');
    expect(opensOn(weekdays, '2026-11-11')).toBe(false);
    expect(opensOn(weekdays, '2026-11-14')).toBe(false); // a Saturday
  });

  it('15 places, 20 open days, 240 person-days, 9 500,00 zł: 12 a day, 80 %, 633,33 zł a place, 39,58 zł a day', () => {
    expect(
      monthFigures({ capacity: 15, openDays: 20, attendanceDays: 240, monthlyCostGrosze: 950_000 }),
    ).toEqual({
      averageDaily: 12,
      occupancyPct: 80,
      costPerPlaceGrosze: 63_333,
      costPerAttendanceDayGrosze: 3_958,
    });
  });

  it('a month nobody came has no cost per day of attendance', () => {
    expect(
      monthFigures({ capacity: 15, openDays: 0, attendanceDays: 0, monthlyCostGrosze: 950_000 }),
    ).toMatchObject({ averageDaily: 0, occupancyPct: 0, costPerAttendanceDayGrosze: null });
  });
});
