import { describe, expect, it } from 'vitest';
import { stayLimit, stayWithinLimit } from './stay.ts';

const lastStayDay = (first: string, limits?: Parameters<typeof stayLimit>[1]) =>
  stayLimit(first, limits)?.last ?? null;

describe('the hostel stay within crisis intervention lasts at most 3 months (art. 47 ust. 3 ups)', () => {
  it('lets a stay from 15 January 2026 run to 14 April 2026, not to 15 April', () => {
    expect(stayLimit('2026-01-15')).toEqual({ months: 3, last: '2026-04-14' });
    expect(stayWithinLimit('2026-01-15', '2026-04-14')).toBe(true);
    expect(stayWithinLimit('2026-01-15', '2026-04-15')).toBe(false);
  });

  it('counts from the case’s first stay: a second stay from 1 March after one from 15 January still ends by 14 April', () => {
    expect(stayWithinLimit('2026-01-15', '2026-05-31')).toBe(false);
    expect(stayWithinLimit('2026-01-15', '2026-03-31')).toBe(true);
  });

  it('ends on 27 February 2027 for a stay from 30 November 2026 (February has no 30th)', () => {
    expect(lastStayDay('2026-11-30')).toBe('2027-02-27');
  });

  it('crosses the year: a stay from 1 December 2026 runs to 28 February 2027', () => {
    expect(lastStayDay('2026-12-01')).toBe('2027-02-28');
  });

  it('takes the limit in force on the first day: a later, longer limit does not stretch an earlier stay', () => {
    const limits = [
      { validFrom: '2004-05-01', months: 3 },
      { validFrom: '2027-01-01', months: 6 },
    ];
    expect(lastStayDay('2026-12-01', limits)).toBe('2027-02-28');
    expect(lastStayDay('2027-01-01', limits)).toBe('2027-06-30');
    expect(lastStayDay('2000-01-01', limits)).toBeNull();
  });
});
