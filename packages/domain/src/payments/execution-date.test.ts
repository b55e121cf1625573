import { describe, expect, it } from 'vitest';
import { arrearsTitle, executionDate, inArrears } from './execution-date.ts';

describe('execution date of a bank file', () => {
  it('keeps a payment day still ahead', () => {
    expect(executionDate('2026-12-10', '2026-12-03')).toBe('2026-12-10');
  });
  it('moves a past payment day (arrears) to the next banking day, never today', () => {
    // Thursday 3 December 2026: the next banking day is Friday the 4th.
    expect(executionDate('2026-10-10', '2026-12-03')).toBe('2026-12-04');
    expect(executionDate('2026-12-03', '2026-12-03')).toBe('2026-12-04');
  });
  it('skips weekends and public holidays', () => {
    // Friday 4 December → Monday 7 December.
    expect(executionDate('2026-11-10', '2026-12-04')).toBe('2026-12-07');
    // 23 December 2026 (Wednesday): 24–26 December are holidays, 27th a Sunday → Monday 28th.
    expect(executionDate('2026-12-10', '2026-12-23')).toBe('2026-12-28');
    // A payment day on a Saturday goes to the Monday; 11 November (Independence Day) to the 12th.
    expect(executionDate('2027-01-09', '2026-12-03')).toBe('2027-01-11');
    expect(executionDate('2027-11-11', '2026-12-03')).toBe('2027-11-12');
  });
});

describe('arrears', () => {
  it('is a benefit for an earlier month than the one it is paid in', () => {
    expect(inArrears('2026-10', '2026-12-04')).toBe(true);
    expect(inArrears('2026-12', '2026-12-10')).toBe(false);
    expect(arrearsTitle('Zasiłek okresowy za 10/2026')).toBe('ZALEGŁOŚĆ: Zasiłek okresowy za 10/2026');
  });
});
