import { describe, expect, it } from 'vitest';
import {
  allocateDeduction,
  instalmentPlan,
  outstanding,
  overdueAmount,
  receivableStatus,
} from './receivable.ts';

describe('receivables', () => {
  it('splits into monthly instalments that sum to the amount, the remainder on the last', () => {
    const plan = instalmentPlan(100001, 3, '2026-11-30');
    expect(plan).toEqual([
      { no: 1, dueOn: '2026-11-30', amount: 33333 },
      { no: 2, dueOn: '2026-12-30', amount: 33333 },
      { no: 3, dueOn: '2027-01-30', amount: 33335 },
    ]);
    expect(instalmentPlan(6000, 4, '2027-01-31').map((i) => i.dueOn)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
    expect(() => instalmentPlan(2, 3, '2026-11-01')).toThrow();
  });

  it('knows what is outstanding, overdue and settled', () => {
    const plan = instalmentPlan(30000, 3, '2026-11-15');
    const r = { amount: 30000, recovered: 5000, waived: 0 };
    expect(outstanding(r)).toBe(25000);
    expect(overdueAmount(plan, r, '2026-12-16')).toBe(15000);
    expect(overdueAmount(plan, r, '2026-11-15')).toBe(0);
    expect(receivableStatus(r)).toBe('open');
    expect(receivableStatus({ amount: 100, recovered: 40, waived: 60 })).toBe('settled');
    expect(receivableStatus({ amount: 100, recovered: 0, waived: 100 })).toBe('waived');
  });

  it('deducts oldest first, within caps and never more than the payment', () => {
    expect(
      allocateDeduction(40000, [
        { id: 'a', available: 10000, cap: null },
        { id: 'b', available: 50000, cap: 20000 },
        { id: 'c', available: 50000, cap: null },
      ]),
    ).toEqual([
      { receivableId: 'a', amount: 10000 },
      { receivableId: 'b', amount: 20000 },
      { receivableId: 'c', amount: 10000 },
    ]);
    expect(allocateDeduction(500, [{ id: 'a', available: 0, cap: null }])).toEqual([]);
  });
});
