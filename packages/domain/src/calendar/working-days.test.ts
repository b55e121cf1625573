import { describe, expect, it } from 'vitest';
import {
  addDaysKpa,
  addMonthsKpa,
  addWorkingDays,
  easterSunday,
  isPublicHoliday,
  isWorkingDay,
  kpaEndOfTerm,
  nextWorkingDay,
  polishHolidays,
  weekday,
} from './working-days.ts';

describe('Easter and the holidays that follow it', () => {
  it.each([
    [2000, '2000-04-23'],
    [2015, '2015-04-05'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });

  it('lists the 2026 holidays', () => {
    expect(polishHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-03',
      '2026-05-24',
      '2026-06-04',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('counts Wigilia from 2025 and Trzech Króli from 2011 only', () => {
    expect(isPublicHoliday('2024-12-24')).toBe(false);
    expect(isPublicHoliday('2025-12-24')).toBe(true);
    expect(isPublicHoliday('2010-01-06')).toBe(false);
    expect(isPublicHoliday('2011-01-06')).toBe(true);
  });
});

describe('working days', () => {
  it('11 November 2026 is a Wednesday holiday', () => {
    expect(weekday('2026-11-11')).toBe(3);
    expect(isWorkingDay('2026-11-11')).toBe(false);
    expect(isWorkingDay('2026-11-10')).toBe(true);
  });

  it('weekends are not working days', () => {
    expect(isWorkingDay('2026-02-28')).toBe(false);
    expect(isWorkingDay('2026-03-01')).toBe(false);
    expect(isWorkingDay('2026-03-02')).toBe(true);
  });

  it('nextWorkingDay skips the Easter weekend and Easter Monday', () => {
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-04-06')).toBe('2026-04-07');
    expect(nextWorkingDay('2026-11-10')).toBe('2026-11-12');
  });

  it('urgent RWS: 2 working days over Easter', () => {
    expect(addWorkingDays('2026-04-02', 2)).toBe('2026-04-07');
  });

  it('urgent RWS: 2 working days over 11 November', () => {
    expect(addWorkingDays('2026-11-09', 2)).toBe('2026-11-12');
  });

  it('RWS: 14 working days over Christmas, New Year and Epiphany', () => {
    expect(addWorkingDays('2026-12-14', 14)).toBe('2027-01-07');
  });

  it('0 working days is the day itself; negative counts back', () => {
    expect(addWorkingDays('2026-11-11', 0)).toBe('2026-11-11');
    expect(addWorkingDays('2026-11-12', -1)).toBe('2026-11-10');
  });
});

describe('KPA art. 57', () => {
  it('§ 4: a term ending on Saturday moves to Monday', () => {
    expect(kpaEndOfTerm('2026-02-28')).toBe('2026-03-02');
  });

  it('§ 4: a term ending on a holiday moves to the next working day', () => {
    expect(kpaEndOfTerm('2026-11-11')).toBe('2026-11-12');
    expect(kpaEndOfTerm('2026-12-24')).toBe('2026-12-28');
  });

  it('§ 4: a working day stays', () => {
    expect(kpaEndOfTerm('2026-11-10')).toBe('2026-11-10');
  });

  it('14 days to appeal from a delivery on 28 October 2026 end on 12 November (11th is a holiday)', () => {
    expect(addDaysKpa('2026-10-28', 14)).toBe('2026-11-12');
  });

  it('§ 3: one month from 31 January ends on the last day of February, moved off Saturday', () => {
    expect(addMonthsKpa('2026-01-31', 1)).toBe('2026-03-02');
    expect(addMonthsKpa('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('§ 3: one month from 15 March 2026 ends on 15 April; two months from 15 June on 17 August', () => {
    expect(addMonthsKpa('2026-03-15', 1)).toBe('2026-04-15');
    // 15 August 2026 is a Saturday and a holiday, 16th a Sunday.
    expect(addMonthsKpa('2026-06-15', 2)).toBe('2026-08-17');
  });

  it('§ 3: months across the year end', () => {
    // 30 January 2027 is a Saturday; 6 January is Epiphany.
    expect(addMonthsKpa('2026-11-30', 2)).toBe('2027-02-01');
    expect(addMonthsKpa('2026-12-06', 1)).toBe('2027-01-07');
  });
});
