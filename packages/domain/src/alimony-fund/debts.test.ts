import { describe, expect, it } from 'vitest';
import { debtStatement, splitRepayment } from './debts.ts';
import { statutoryInterest } from './interest.ts';

// Worked examples of the debtor's debt (art. 27–28 uFA): statutory interest to the day, the
// order repayments are booked in, and the shares of the State budget and the gminas.

describe('statutory interest for delay, to the day', () => {
  it('a whole leap year at 11.25 % is 365 days of 1/365: 1000 zł → 112.50 zł', () => {
    expect(statutoryInterest(100_000, '2024-01-01', '2024-12-31')).toBe(11_250);
  });

  it('1050 zł paid 26 January 2026, 30 days at 9.50 % → 8.20 zł', () => {
    // 105 000 × 950 × 30 / (10 000 × 365) = 819.86 gr
    expect(statutoryInterest(105_000, '2026-01-26', '2026-02-25')).toBe(820);
  });

  it('across a change of the rate: 5 days at 10 % and 5 at 9.75 % on 1000 zł → 2.71 zł', () => {
    // 100 000 × (1000 × 5 + 975 × 5) / 3 650 000 = 270.55 gr
    expect(statutoryInterest(100_000, '2025-10-31', '2025-11-10')).toBe(271);
  });

  it('nothing on the day of payment itself; one day the next', () => {
    expect(statutoryInterest(100_000, '2024-03-01', '2024-03-01')).toBe(0);
    // 100 000 × 1125 / 3 650 000 = 30.82 gr
    expect(statutoryInterest(100_000, '2024-03-01', '2024-03-02')).toBe(31);
  });
});

describe('splitting a repayment (art. 27 ust. 3)', () => {
  it('debtor in the gmina: 40 % the gmina, 60 % the State', () => {
    expect(splitRepayment(30_000, false, '2026-01-01')).toEqual({
      state: 18_000,
      creditorGmina: 12_000,
      debtorGmina: 0,
    });
  });

  it('debtor in another gmina: 20 % + 20 %; the grosze of rounding go to the State', () => {
    expect(splitRepayment(33_333, true, '2026-01-01')).toEqual({
      state: 19_999,
      creditorGmina: 6_667,
      debtorGmina: 6_667,
    });
    expect(splitRepayment(33_333, false, '2026-01-01')).toEqual({
      state: 20_000,
      creditorGmina: 13_333,
      debtorGmina: 0,
    });
  });
});

describe('the debt statement', () => {
  const paid = [
    { id: 'b', paidOn: '2024-02-29', amount: 50_000 },
    { id: 'a', paidOn: '2024-01-31', amount: 50_000 },
  ];

  it('a repayment covers the interest accrued on its day first, then the oldest benefit', () => {
    // Interest to 30 March: 500 zł × 11.25 % × 59 days = 9.09 zł; × 30 days = 4.62 zł.
    const s = debtStatement(
      paid,
      [{ id: 'r1', receivedOn: '2024-03-30', amount: 30_000 }],
      '2024-03-30',
      false,
    );
    expect(s.repayments).toEqual([
      {
        id: 'r1',
        receivedOn: '2024-03-30',
        amount: 30_000,
        interest: 1_371,
        principal: 28_629,
        overpayment: 0,
        split: { state: 18_000, creditorGmina: 12_000, debtorGmina: 0 },
      },
    ]);
    expect(s.lines.map((l) => [l.id, l.outstanding])).toEqual([
      ['a', 21_371],
      ['b', 50_000],
    ]);
    expect(s.totalOutstanding).toBe(71_371);
  });

  it('interest keeps running on what is left: 30 days later 6.61 zł more are due', () => {
    const s = debtStatement(
      paid,
      [{ id: 'r1', receivedOn: '2024-03-30', amount: 30_000 }],
      '2024-04-29',
      false,
    );
    // a: 909.25 gr + 213.71 zł × 11.25 % × 30 / 365 = 197.60 gr → 1106.85 → 11.07 zł; b: 60 days → 9.25 zł
    expect(s.lines.map((l) => l.interest)).toEqual([1_107, 925]);
    expect(s).toMatchObject({
      principal: 100_000,
      principalRepaid: 28_629,
      principalOutstanding: 71_371,
      interestAccrued: 2_032,
      interestRepaid: 1_371,
      interestOutstanding: 661,
      totalOutstanding: 72_032,
      overpaid: 0,
    });
  });

  it('more than the whole debt: the excess is an overpayment, not booked nor split', () => {
    const s = debtStatement(
      paid,
      [{ id: 'r1', receivedOn: '2024-03-30', amount: 200_000 }],
      '2024-03-30',
      true,
    );
    expect(s.repayments[0]).toMatchObject({ interest: 1_371, principal: 100_000, overpayment: 98_629 });
    expect(s.repayments[0]!.split).toEqual({ state: 60_823, creditorGmina: 20_274, debtorGmina: 20_274 });
    expect(s.totalOutstanding).toBe(0);
  });

  it('a benefit paid after a repayment is not touched by it', () => {
    const s = debtStatement(
      paid,
      [{ id: 'r1', receivedOn: '2024-02-10', amount: 60_000 }],
      '2024-02-29',
      false,
    );
    // 10 days on 500 zł = 1.54 zł interest; 500 zł principal; 43.46 zł too much on that day.
    expect(s.repayments[0]).toMatchObject({ interest: 154, principal: 50_000, overpayment: 9_846 });
    expect(s.principalOutstanding).toBe(50_000);
  });

  it('benefits paid on one day are repaid in the order given (the older month first)', () => {
    const sameDay = [
      { id: 'oct', paidOn: '2026-11-27', amount: 105_000 },
      { id: 'nov', paidOn: '2026-11-27', amount: 105_000 },
    ];
    const s = debtStatement(
      sameDay,
      [{ id: 'r', receivedOn: '2026-11-27', amount: 50_000 }],
      '2026-11-27',
      false,
    );
    expect(s.lines.map((l) => [l.id, l.outstanding])).toEqual([
      ['oct', 55_000],
      ['nov', 105_000],
    ]);
  });
});
