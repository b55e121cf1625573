import { describe, expect, it } from 'vitest';
import { arrears, billAmount, invoiceCheck } from './bills.ts';

// Art. 50 ust. 6 ups: hours delivered × the decision's hourly fee, a month's sum rounded to the grosz.
describe('a month’s bill to the grosz', () => {
  it.each([
    // hours, fee per hour (grosze), amount (grosze), how
    [10, 700, 7_000, '10 h × 7,00 zł = 70,00 zł'],
    [4.35, 700, 3_045, '4,35 h × 7,00 zł = 30,45 zł'],
    [3.75, 525, 1_969, '3,75 h × 5,25 zł = 19,6875 zł → 19,69 zł (up)'],
    [1.5, 1_033, 1_550, '1,5 h × 10,33 zł = 15,495 zł → 15,50 zł (a half grosz up)'],
    [2.33, 1_001, 2_332, '2,33 h × 10,01 zł = 23,3233 zł → 23,32 zł (down)'],
    [0.1, 42, 4, '0,1 h × 0,42 zł = 0,042 zł → 0,04 zł'],
    [0.01, 50, 1, '0,01 h × 0,50 zł = 0,005 zł → 0,01 zł (a half grosz up)'],
    [12.5, 0, 0, 'free services: 0,00 zł'],
  ])('%d h × %d gr = %d gr (%s)', (hours, fee, amount) => {
    expect(billAmount(hours, fee)).toBe(amount);
  });

  it('takes decimal hours exactly: 0,1 + 0,2 hours billed as 0,3 (not 0,30000000000000004)', () => {
    expect(billAmount(0.1 + 0.2, 1_000)).toBe(300);
    expect(billAmount(1.15, 100)).toBe(115); // 1.15 × 100 is 114.99999999999999 in floating point
  });
});

describe('arrears', () => {
  const bills = [
    { dueOn: '2026-10-14', amountGrosze: 3_045, paidGrosze: 1_000 },
    { dueOn: '2026-11-14', amountGrosze: 2_100, paidGrosze: 2_100 },
    { dueOn: '2026-12-14', amountGrosze: 1_400, paidGrosze: 0 },
  ];
  it('counts only what is unpaid on bills past their payment date', () => {
    expect(arrears(bills, '2026-12-03')).toBe(2_045);
    expect(arrears(bills, '2026-12-14')).toBe(2_045); // the due day itself is not late
    expect(arrears(bills, '2026-12-15')).toBe(3_445);
    expect(arrears(bills, '2026-10-01')).toBe(0);
  });
});

describe('the provider’s invoice against the delivered hours', () => {
  it('shows more invoiced than delivered as a positive difference', () => {
    expect(invoiceCheck({ hours: 8, amountGrosze: 28_000 }, { hours: 6.75, amountGrosze: 23_625 })).toEqual({
      hoursDifference: 1.25,
      amountDifferenceGrosze: 4_375,
    });
    expect(
      invoiceCheck({ hours: 0.3, amountGrosze: 1_050 }, { hours: 0.1 + 0.2, amountGrosze: 1_050 }),
    ).toEqual({
      hoursDifference: 0,
      amountDifferenceGrosze: 0,
    });
  });
});
