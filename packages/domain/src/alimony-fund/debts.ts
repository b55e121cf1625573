import { parametersOn } from '../benefits/legal-parameters.ts';
import { percentHalfUp } from '../shared/money.ts';
import { interestGrosze, interestNumerator, STATUTORY_INTEREST } from './interest.ts';

// The debtor's debt to the State (art. 27–28 uFA): every benefit the fund paid is a claim of its
// own, bearing statutory interest from its payment day; repayments are booked in date order.
// Pure: the server passes the paid payments and the repayments and gets the statement on a day.

export interface PaidBenefit {
  id: string;
  paidOn: string;
  amount: number;
}

export interface BookedRepayment {
  id: string;
  receivedOn: string;
  amount: number;
}

/** Percent of a repayment that is the own income of the gminas; the rest is the State budget's. */
interface Shares {
  validFrom: string;
  creditorGmina: number;
  /** When the debtor lives in another gmina, its organ gets this and the creditor's gmina the same. */
  eachGminaWhenTwo: number;
}

/**
 * Art. 27 ust. 3 uFA [M: the unit's number and the 20 % + 20 % case]: of what the debtor repays
 * 60 % goes to the State budget and 40 % is the creditor's gmina's own income; when the debtor's
 * gmina is another, 20 % each. Dated data: a change of the act is a new row.
 */
export const SHARES: readonly Shares[] = [
  { validFrom: '2008-10-01', creditorGmina: 40, eachGminaWhenTwo: 20 },
];

export interface Split {
  state: number;
  creditorGmina: number;
  debtorGmina: number;
}

// Art. 27 ust. 3 uFA [M]: the gminas' shares half up to the grosz, the State budget the rest, so the parts add up.
export function splitRepayment(amount: number, debtorGminaIsOther: boolean, on: string): Split {
  const s = parametersOn(SHARES, on) ?? SHARES[0]!;
  const creditorGmina = percentHalfUp(amount, debtorGminaIsOther ? s.eachGminaWhenTwo : s.creditorGmina);
  const debtorGmina = debtorGminaIsOther ? percentHalfUp(amount, s.eachGminaWhenTwo) : 0;
  return { state: amount - creditorGmina - debtorGmina, creditorGmina, debtorGmina };
}

export interface Allocation {
  id: string;
  receivedOn: string;
  amount: number;
  /** Interest accrued to the day and still unpaid, covered first [M: art. 451 § 1 kc by analogy]. */
  interest: number;
  /** Then the benefits, the oldest payment first. */
  principal: number;
  /** More than the whole debt on that day: to be returned, not booked. */
  overpayment: number;
  split: Split;
}

export interface DebtLine extends PaidBenefit {
  repaid: number;
  outstanding: number;
  /** Interest accrued on this benefit up to the statement's day (paid or not). */
  interest: number;
}

export interface DebtStatement {
  on: string;
  principal: number;
  principalRepaid: number;
  principalOutstanding: number;
  interestAccrued: number;
  interestRepaid: number;
  interestOutstanding: number;
  totalOutstanding: number;
  overpaid: number;
  lines: DebtLine[];
  repayments: Allocation[];
}

interface Claim extends PaidBenefit {
  outstanding: number;
  numerator: number;
  accruedTo: string;
}

const accrue = (claims: Claim[], to: string) => {
  for (const c of claims) {
    if (c.accruedTo >= to) continue;
    c.numerator += interestNumerator(c.outstanding, c.accruedTo, to, STATUTORY_INTEREST);
    c.accruedTo = to;
  }
};
const byDay = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);
const accrued = (claims: Claim[]) => claims.reduce((s, c) => s + interestGrosze(c.numerator), 0);

/**
 * Art. 27 ust. 1 and art. 28 ust. 1 pkt 1 uFA: the debt on day `on` — the benefits paid by
 * then, the interest on each to that day, and each repayment received by then booked against
 * the interest accrued on its day and then against the oldest benefits.
 */
export function debtStatement(
  paid: readonly PaidBenefit[],
  repayments: readonly BookedRepayment[],
  on: string,
  debtorGminaIsOther: boolean,
): DebtStatement {
  // Stable sorts: on one day, the order given (the older month first) is kept.
  const claims: Claim[] = paid
    .filter((p) => p.paidOn <= on)
    .sort((a, b) => byDay(a.paidOn, b.paidOn))
    .map((p) => ({ ...p, outstanding: p.amount, numerator: 0, accruedTo: p.paidOn }));
  const booked: Allocation[] = [];
  let interestRepaid = 0;
  const sorted = repayments
    .filter((r) => r.receivedOn <= on)
    .sort((a, b) => byDay(a.receivedOn, b.receivedOn));
  for (const r of sorted) {
    // Benefits paid after the repayment's day were not yet owed on it.
    const owed = claims.filter((c) => c.paidOn <= r.receivedOn);
    accrue(owed, r.receivedOn);
    const interest = Math.min(r.amount, accrued(claims) - interestRepaid);
    interestRepaid += interest;
    let left = r.amount - interest;
    let principal = 0;
    for (const c of owed) {
      const take = Math.min(left, c.outstanding);
      c.outstanding -= take;
      principal += take;
      left -= take;
    }
    booked.push({
      id: r.id,
      receivedOn: r.receivedOn,
      amount: r.amount,
      interest,
      principal,
      overpayment: left,
      split: splitRepayment(interest + principal, debtorGminaIsOther, r.receivedOn),
    });
  }
  accrue(claims, on);
  const lines = claims.map((c) => ({
    id: c.id,
    paidOn: c.paidOn,
    amount: c.amount,
    repaid: c.amount - c.outstanding,
    outstanding: c.outstanding,
    interest: interestGrosze(c.numerator),
  }));
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const principal = sum(lines.map((l) => l.amount));
  const principalOutstanding = sum(lines.map((l) => l.outstanding));
  const interestAccrued = accrued(claims);
  return {
    on,
    principal,
    principalRepaid: principal - principalOutstanding,
    principalOutstanding,
    interestAccrued,
    interestRepaid,
    interestOutstanding: interestAccrued - interestRepaid,
    totalOutstanding: principalOutstanding + interestAccrued - interestRepaid,
    overpaid: sum(booked.map((b) => b.overpayment)),
    lines,
    repayments: booked,
  };
}
