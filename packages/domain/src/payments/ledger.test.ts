import { describe, expect, it } from 'vitest';
import {
  balances,
  bankReturnPostings,
  cancelReturnPostings,
  isBalanced,
  ledgerSummary,
  paymentPostings,
  receivablePostings,
  repaymentPostings,
  waiverPostings,
} from './ledger.ts';

describe('person ledger postings', () => {
  it('balance each transaction', () => {
    for (const t of [
      paymentPostings({ gross: 40000, deduction: 5000, channel: 'bank' }),
      paymentPostings({ gross: 40000, deduction: 40000, channel: 'cash' }),
      paymentPostings({ gross: 100, deduction: 0, channel: 'cash', reissue: true }),
      bankReturnPostings(35000),
      cancelReturnPostings(35000),
      receivablePostings(80000),
      repaymentPostings(1000, 'cash'),
      waiverPostings(100),
    ])
      expect(isBalanced(t)).toBe(true);
  });

  it('follow a person from payment through return and recovery to balances a clerk reads', () => {
    const entries = [
      ...paymentPostings({ gross: 40000, deduction: 0, channel: 'bank' }), // November paid
      ...bankReturnPostings(40000), // the bank returns it
      ...paymentPostings({ gross: 40000, deduction: 0, channel: 'cash', reissue: true }), // paid again at the desk
      ...receivablePostings(30000), // December found undue
      ...paymentPostings({ gross: 40000, deduction: 10000, channel: 'bank' }), // January, 100 zł deducted
      ...repaymentPostings(5000, 'cash'),
      ...waiverPostings(15000),
    ];
    const b = balances(entries);
    expect(isBalanced(entries)).toBe(true);
    expect(b).toEqual({
      expense: 80000,
      bank: -30000,
      cash: -35000,
      payable: 0,
      receivable: 0,
      undue: -30000,
      waived: 15000,
    });
    expect(ledgerSummary(b)).toEqual({
      owedByPerson: 0,
      owedToPerson: 0,
      paidOut: 65000,
      benefitsExpense: 80000,
      waived: 15000,
    });
  });

  it('refuse nonsense', () => {
    expect(() => paymentPostings({ gross: 100, deduction: 101, channel: 'bank' })).toThrow();
    expect(() => receivablePostings(-1)).toThrow();
    expect(() => repaymentPostings(1.5, 'bank')).toThrow();
  });
});
