import { describe, expect, it } from 'vitest';
import { EstablishUndueAlimonyFund, interestFrom, tooOldToClaim, undueWithInterest } from './undue.ts';

// Worked examples of undue alimony-fund benefits (art. 23 uFA): interest from the first day of
// the month after each payment, none for the grounds of art. 2 pkt 7 lit. c and e, the 10 years.

describe('the undue amount with statutory interest', () => {
  const paid = [
    { paidOn: '2026-01-26', amount: 100_000 },
    { paidOn: '2026-02-25', amount: 100_000 },
  ];

  it('interest runs from the first of the next month: 1000 zł paid 26 January, decided 2 March → 30 days', () => {
    expect(interestFrom('2026-01-26')).toBe('2026-02-01');
    // 100 000 × 950 × 30 / 3 650 000 = 780.82 gr
    expect(undueWithInterest(paid.slice(0, 1), 'a', '2026-03-02')).toEqual({
      principal: 100_000,
      interest: 781,
      total: 100_781,
    });
  });

  it('two payments: 30 + 2 days at 9.50 %, rounded once → 8.33 zł', () => {
    // 100 000 × 950 × 32 / 3 650 000 = 832.88 gr
    expect(undueWithInterest(paid, 'b', '2026-03-02')).toEqual({
      principal: 200_000,
      interest: 833,
      total: 200_833,
    });
  });

  it('decided within the month after the payment: no interest yet', () => {
    expect(undueWithInterest(paid.slice(0, 1), 'a', '2026-01-31').interest).toBe(0);
    // 1 February itself is the first day: 100 000 × 950 / 3 650 000 = 26.03 gr
    expect(undueWithInterest(paid.slice(0, 1), 'a', '2026-02-01').interest).toBe(26);
  });

  it('lit. c and e bear no interest (art. 23 ust. 1a)', () => {
    expect(undueWithInterest(paid, 'c', '2026-03-02')).toEqual({
      principal: 200_000,
      interest: 0,
      total: 200_000,
    });
    expect(undueWithInterest(paid, 'e', '2026-03-02').interest).toBe(0);
  });

  it('ten years after the payment no decision is issued (art. 23 ust. 4)', () => {
    expect(tooOldToClaim('2016-03-05', '2026-03-05')).toBe(false);
    expect(tooOldToClaim('2016-03-05', '2026-03-06')).toBe(true);
  });
});

describe('the decision’s input', () => {
  const ok = {
    decidedOn: '2026-03-02',
    ground: 'a',
    months: [{ month: '2026-01' }],
    dueOn: '2026-03-31',
    justification: 'Alimenty wpłacone przez dłużnika.',
  };

  it('a month twice and a due date before the decision are named', () => {
    const r = EstablishUndueAlimonyFund.safeParse({
      ...ok,
      months: [{ month: '2026-01' }, { month: '2026-01', amount: 100 }],
      dueOn: '2026-03-01',
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['dueOn', 'months.1.month']);
  });

  it('deduction from the fund’s benefits is the default (art. 23 ust. 5)', () => {
    expect(EstablishUndueAlimonyFund.parse(ok)).toMatchObject({ deductFromPayments: true, instalments: 1 });
  });
});
