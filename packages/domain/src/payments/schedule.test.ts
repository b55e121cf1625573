import { describe, expect, it } from 'vitest';
import { addMonths, dueDate, isSuspended, monthEnd } from './schedule.ts';

describe('schedule months', () => {
  it('counts months across years and knows month ends', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
  });

  it('pays on the payment day, never before the decision', () => {
    expect(dueDate('2026-12', '2026-11-10', 10)).toBe('2026-12-10');
    expect(dueDate('2026-11', '2026-11-20', 10)).toBe('2026-11-20');
    expect(dueDate('2026-10', '2026-11-20', 10)).toBe('2026-11-20'); // arrears
    expect(dueDate('2026-02', '2026-01-01', 31)).toBe('2026-02-28');
  });

  it('knows suspended months, open-ended or resumed', () => {
    const s = [
      { fromMonth: '2026-12', toMonth: '2027-01' },
      { fromMonth: '2027-04', toMonth: null },
    ];
    expect(
      ['2026-11', '2026-12', '2027-01', '2027-02', '2027-04', '2030-01'].map((m) => isSuspended(m, s)),
    ).toEqual([false, true, true, false, true, true]);
  });
});
