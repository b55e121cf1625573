import { describe, expect, it } from 'vitest';
import { CreateVisit, overlaps, plannedHours } from './schedule.ts';
import { parseHours, parseVisitsCsv } from './schedule-csv.ts';

const slot = (id: string, carerId: string, key: number | string, startsAt: string, endsAt: string) => ({
  id,
  carerId,
  key,
  startsAt,
  endsAt,
});

describe('a carer in two places at once', () => {
  it('finds overlapping slots of one carer on one day; touching ones, other days and other carers are fine', () => {
    const pairs = overlaps([
      slot('a', 'k1', 1, '08:00', '10:00'),
      slot('b', 'k1', 1, '09:30', '11:00'),
      slot('c', 'k1', 1, '11:00', '12:00'),
      slot('d', 'k1', 2, '09:00', '10:00'),
      slot('e', 'k2', 1, '08:00', '12:00'),
      slot('f', 'k1', 1, '07:00', '13:00'),
    ]);
    expect(pairs.map(([x, y]) => `${x.id}${y.id}`)).toEqual(['fa', 'fb', 'fc', 'ab']);
  });
});

describe('hours the weekly plan gives in a month', () => {
  // March 2026: 1st is a Sunday; Mondays 2, 9, 16, 23, 30; Thursdays 5, 12, 19, 26.
  const plan = [
    { weekday: 1, startsAt: '08:00', endsAt: '10:00' },
    { weekday: 4, startsAt: '14:00', endsAt: '15:15' },
  ];
  it('counts every planned weekday of the month: 5 × 2 h + 4 × 1,25 h = 15 h', () => {
    expect(plannedHours(plan, '2026-03', { from: '2026-01-01', to: '2026-12-31' })).toBe(15);
  });
  it('only within the decision’s period: from 16 March, 3 Mondays and 2 Thursdays = 8,5 h', () => {
    expect(plannedHours(plan, '2026-03', { from: '2026-03-16', to: '2026-12-31' })).toBe(8.5);
  });
  it('knows February 2028 has 29 days (a fifth Tuesday)', () => {
    expect(
      plannedHours([{ weekday: 2, startsAt: '10:00', endsAt: '10:45' }], '2028-02', {
        from: '2028-01-01',
        to: '2028-12-31',
      }),
    ).toBe(3.75);
  });
});

describe('a visit', () => {
  const base = {
    careServiceId: crypto.randomUUID(),
    carerId: crypto.randomUUID(),
    visitOn: '2026-03-02',
    startsAt: '08:00',
  };
  it('has hours when delivered, none when missed, and never more than 24', () => {
    expect(CreateVisit.safeParse({ ...base, hours: 1.25 }).success).toBe(true);
    expect(CreateVisit.safeParse({ ...base, hours: 0, missedReason: 'carerIll' }).success).toBe(true);
    const issue = (v: object) => CreateVisit.safeParse({ ...base, ...v }).error?.issues[0];
    expect(issue({ hours: 0 })).toMatchObject({
      path: ['hours'],
      message: 'validation.services.hoursPositive',
    });
    expect(issue({ hours: 2, missedReason: 'other' })).toMatchObject({
      message: 'validation.schedule.missedNoHours',
    });
    expect(issue({ hours: 24.25 })).toMatchObject({
      path: ['hours'],
      message: 'validation.services.hoursPerDayMax',
    });
    expect(issue({ hours: 1.333 })).toMatchObject({ message: 'validation.schedule.hundredths' });
    expect(issue({ hours: 1, startsAt: '24:00' })).toMatchObject({ path: ['startsAt'] });
  });
});

describe('the provider’s CSV', () => {
  it('reads hours with a comma or a dot, to the hundredth, at most 24', () => {
    expect([
      parseHours('1,25'),
      parseHours('2.5'),
      parseHours('24'),
      parseHours('24,01'),
      parseHours('1,255'),
    ]).toEqual([1.25, 2.5, 24, null, null]);
  });

  it('reports every bad line by number and column, and keeps the good ones', () => {
    const csv = [
      'decyzja;data;godzina;godziny;opiekun;powod',
      'OPS.1/2026;2026-03-02;08:00;1,5;Ewa Zlecona;',
      'OPS.1/2026;2026-03-31;8:00;2;Ewa Zlecona;',
      'OPS.1/2026;2026-02-30;08:00;0;Ewa Zlecona;clientAbsent',
      'OPS.1/2026;2026-03-04;08:00;1',
      '',
      'OPS.1/2026;2026-03-05;08:00;0;;vacation',
      'OPS.1/2026;2026-13-45;08:00;1;Ewa Zlecona;',
    ].join('\n');
    const { rows, errors } = parseVisitsCsv(`\uFEFF${csv}`);
    expect(rows).toEqual([
      {
        line: 2,
        decision: 'OPS.1/2026',
        visitOn: '2026-03-02',
        startsAt: '08:00',
        hours: 1.5,
        carer: 'Ewa Zlecona',
        missedReason: null,
      },
    ]);
    expect(errors).toEqual([
      { path: 'csv.3.start', message: 'validation.schedule.clock' },
      { path: 'csv.4.date', message: 'validation.schedule.csvDate' },
      { path: 'csv.5.columns', message: 'validation.schedule.csvColumns' },
      { path: 'csv.7.carer', message: 'validation.required' },
      { path: 'csv.7.missedReason', message: 'validation.schedule.csvReason' },
      { path: 'csv.8.date', message: 'validation.schedule.csvDate' },
    ]);
  });

  it('says so when a file has no visits', () => {
    expect(parseVisitsCsv('decyzja;data;godzina;godziny;opiekun;powod\n').errors).toEqual([
      { path: 'csv', message: 'validation.schedule.csvEmpty' },
    ]);
  });
});
