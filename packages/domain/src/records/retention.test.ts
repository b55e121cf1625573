import { describe, expect, it } from 'vitest';
import { dueBy, lastDayOfMonth, retentionAction, retentionDueOn } from './retention.ts';

describe('retention by JRWA category', () => {
  it('counts the period from 1 January of the year after closing', () => {
    expect(retentionDueOn('2015-12-31', 10)).toBe('2026-01-01');
    expect(retentionDueOn('2015-01-02', 10)).toBe('2026-01-01');
    expect(retentionDueOn('2016-01-01', 10)).toBe('2027-01-01');
    expect(retentionDueOn('2020-06-30', 5)).toBe('2026-01-01');
  });

  it('a file closed in 2015 with B-10 is due in 2026; one closed in 2016 is not', () => {
    expect(dueBy('2015-07-14', 10, '2026-01')).toBe(true);
    expect(dueBy('2015-07-14', 10, '2025-12')).toBe(false);
    expect(dueBy('2016-02-01', 10, '2026-12')).toBe(false);
  });

  it('destroys B and Bc, hands A to the archive, has BE reviewed', () => {
    expect(retentionAction('B')).toBe('destroy');
    expect(retentionAction('Bc')).toBe('destroy');
    expect(retentionAction('A')).toBe('archive');
    expect(retentionAction('BE')).toBe('review');
  });

  it('knows the last day of a month, February of a leap year too', () => {
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
  });
});
