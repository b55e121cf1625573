import { describe, expect, it } from 'vitest';
import { receivableLegalBasis } from '../payments/receivable.ts';
import { ChangeFamilyBenefit, settleChange } from './change.ts';

const months = ['2027-02', '2027-03', '2027-04', '2027-05'];

describe('a change of a granted family benefit (art. 30, art. 32 usr)', () => {
  it('makes the months paid above the new right undue, to the grosz, and pays the rest anew', () => {
    // 248 zł a month paid for February and March; from February only one child has a right: 124 zł.
    const paid = [
      { month: '2027-02', amount: 24_800 },
      { month: '2027-03', amount: 24_800 },
    ];
    const right = months.map((month) => ({ month, amount: 12_400 }));
    expect(settleChange(months, paid, right)).toEqual({
      schedule: [
        { month: '2027-04', amount: 12_400 },
        { month: '2027-05', amount: 12_400 },
      ],
      undue: [
        { month: '2027-02', amount: 12_400 },
        { month: '2027-03', amount: 12_400 },
      ],
      undueTotal: 24_800,
    });
  });

  it('pays the difference as arrears where the new right is higher, and nothing where it is equal', () => {
    const paid = [
      { month: '2027-02', amount: 12_400 },
      { month: '2027-03', amount: 13_500 },
    ];
    const right = [
      { month: '2027-02', amount: 13_500 },
      { month: '2027-03', amount: 13_500 },
    ];
    expect(settleChange(months.slice(0, 2), paid, right)).toEqual({
      schedule: [{ month: '2027-02', amount: 1_100 }],
      undue: [],
      undueTotal: 0,
    });
  });

  it('makes everything paid undue when no month keeps a right (a revocation)', () => {
    const paid = [{ month: '2027-02', amount: 1_999 }];
    expect(settleChange(months, paid, []).undueTotal).toBe(1_999);
    expect(settleChange(months, paid, []).schedule).toEqual([]);
  });

  it('names the wrong month and a missing reason', () => {
    const r = ChangeFamilyBenefit.safeParse({ decidedOn: '2027-04-10', fromMonth: '2027-13', reason: '' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['fromMonth', 'reason']);
  });

  it('establishes the undue family benefit under art. 30 usr, a social assistance one under the ups', () => {
    expect(receivableLegalBasis('undueBenefit', 'zasilekRodzinny')).toMatch(
      /^art\. 30 ust\. 1, 2 i 8 .* o świadczeniach rodzinnych/,
    );
    expect(receivableLegalBasis('undueBenefit', 'zasilekOkresowy')).toContain('ustawy o pomocy społecznej');
    expect(receivableLegalBasis('undueBenefit', null)).toContain('ustawy o pomocy społecznej');
    expect(receivableLegalBasis('repayableBenefit', 'zasilekRodzinny')).toContain(
      'ustawy o pomocy społecznej',
    );
  });
});
