// The per-person ledger of benefits paid and amounts owed: double entry in grosze, debit
// positive, credit negative. Every transaction sums to zero, so a person's ledger balances
// by construction; the database refuses any transaction that does not (constraint trigger).
//
// Accounts:
//   expense    benefits paid out (świadczenia wypłacone), gross
//   bank/cash  money leaving (credit) or coming back (debit) through the bank or the cash desk
//   payable    money the centre still owes the person (a returned transfer not yet reissued)
//   receivable what the person owes the centre (należność, art. 104 ups)
//   undue      benefits found undue or repayable (the other side of a receivable)
//   waived     receivables waived (umorzone, art. 104 ust. 4)

export const LEDGER_ACCOUNTS = [
  'expense',
  'bank',
  'cash',
  'payable',
  'receivable',
  'undue',
  'waived',
] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number];

export interface Posting {
  account: LedgerAccount;
  amount: number; // grosze; debit > 0, credit < 0
}

export type Channel = 'bank' | 'cash';

const nonZero = (ps: Posting[]) => ps.filter((p) => p.amount !== 0);

function positive(n: number, what: string) {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${what} must be non-negative grosze: ${n}`);
}

/**
 * A benefit paid: the gross amount is the expense; the net leaves through the bank or the
 * cash desk, and what was deducted (art. 104 ust. 2) pays off the person's receivables.
 * A reissue of a returned transfer pays off the payable instead of a new expense.
 */
export function paymentPostings(p: {
  gross: number;
  deduction: number;
  channel: Channel;
  reissue?: boolean;
}): Posting[] {
  positive(p.gross, 'gross');
  positive(p.deduction, 'deduction');
  if (p.deduction > p.gross) throw new Error('deduction exceeds the payment');
  return nonZero([
    { account: p.reissue ? 'payable' : 'expense', amount: p.gross },
    { account: p.channel, amount: -(p.gross - p.deduction) },
    { account: 'receivable', amount: -p.deduction },
  ]);
}

/** Debit one account, credit the other, by the same amount. */
function pair(amount: number, debit: LedgerAccount, credit: LedgerAccount): Posting[] {
  positive(amount, 'amount');
  return [
    { account: debit, amount },
    { account: credit, amount: -amount },
  ];
}

/** The bank sent a transfer back: the money is here again and owed to the person. */
export const bankReturnPostings = (amount: number) => pair(amount, 'bank', 'payable');

/** A returned payment that was not due after all: the expense is reversed. */
export const cancelReturnPostings = (amount: number) => pair(amount, 'payable', 'expense');

/** A receivable established by decision (art. 104 ust. 3). */
export const receivablePostings = (amount: number) => pair(amount, 'receivable', 'undue');

/** The person repays into the centre's account or at its cash desk. */
export const repaymentPostings = (amount: number, channel: Channel) => pair(amount, channel, 'receivable');

/** A waiver in part or in whole (art. 104 ust. 4). */
export const waiverPostings = (amount: number) => pair(amount, 'waived', 'receivable');

export type Balances = Record<LedgerAccount, number>;

export function balances(entries: readonly Posting[]): Balances {
  const b = Object.fromEntries(LEDGER_ACCOUNTS.map((a) => [a, 0])) as Balances;
  for (const e of entries) b[e.account] += e.amount;
  return b;
}

export const isBalanced = (entries: readonly Posting[]) => entries.reduce((s, e) => s + e.amount, 0) === 0;

/** What the balances mean to a clerk: owed by the person, owed to the person, paid out. */
export function ledgerSummary(b: Balances) {
  return {
    owedByPerson: b.receivable,
    // 0 - x, not -x: a zero balance is 0, never -0.
    owedToPerson: 0 - b.payable,
    paidOut: 0 - (b.bank + b.cash),
    benefitsExpense: b.expense,
    waived: b.waived,
  };
}
