// What the payments API answers (apps/server/src/modules/payments): runs, lists, items, flags,
// schedules, the cash desk, receivables and the ledger. Amounts are integer grosze.
import type { FlagKind } from '@ostoja/domain/payments/flags';
import type { Instalment, ReceivableKind } from '@ostoja/domain/payments/receivable';
import type { PaymentMethod } from '@ostoja/domain/payments/schemas';

export type { FlagKind, Instalment, PaymentMethod, ReceivableKind };

export interface Progress {
  done: number;
  total: number;
  percent: number;
  finished: boolean;
}

export interface RunSummary {
  id: string;
  number: string;
  month: string;
  status: 'building' | 'draft' | 'approved';
  itemCount: number;
  grossAmount: number;
  deductionAmount: number;
  netAmount: number;
  openedAt: string;
  openedByName: string;
  builtAt: string | null;
  approvedAt: string | null;
  approvedByName: string | null;
  progress: Progress;
}

export interface PaymentList {
  id: string;
  runId: string;
  runNumber: string;
  seq: number | null;
  method: PaymentMethod;
  payOn: string;
  payUntil: string | null;
  status: 'draft' | 'approved' | 'exported' | 'paid' | 'closed';
  itemCount: number;
  totalAmount: number;
  exportedAt: string | null;
  paidOn: string | null;
  /** Transfer lists: the date the bank file carries (never before the next banking day). */
  executionDate?: string | null;
}

export interface Run extends RunSummary {
  lists: PaymentList[];
  flags: { kind: FlagKind; total: number; unresolved: number }[];
}

export interface PaymentItem {
  id: string;
  ref: number;
  runId: string;
  listId: string | null;
  decisionId: string;
  decisionNumber: string;
  personId: string;
  benefit: string;
  month: string;
  amount: number;
  deduction: number;
  reissue: boolean;
  method: PaymentMethod;
  iban: string | null;
  recipientName: string;
  recipientPesel: string | null;
  recipientAddress: string | null;
  title: string;
  payOn: string;
  status: string;
  /** Paid for an earlier month than the money goes out in (the list's items only). */
  arrears?: boolean;
  paidOn: string | null;
  paidByName: string | null;
  receiptNumber: string | null;
  documentType: string | null;
  documentNumber: string | null;
  returnedOn: string | null;
  returnReason: string | null;
  resolution: 'reissue' | 'cancel' | null;
}

export interface ListWithItems extends PaymentList {
  items: PaymentItem[];
  nextCursor: string | null;
}

export interface Flag {
  id: string;
  kind: FlagKind;
  details: Record<string, unknown>;
  resolution: 'accept' | 'exclude' | null;
  note: string | null;
  resolvedAt: string | null;
  itemId: string;
  recipientName: string;
  month: string;
  amount: number;
  iban: string | null;
  method: PaymentMethod;
  itemStatus: string;
}

export interface ScheduleItem {
  id: string;
  month: string;
  amount: number;
  days: number | null;
  kind: 'regular' | 'reissue';
  method: PaymentMethod;
  iban: string | null;
  recipientName: string | null;
  dueOn: string;
  status: 'open' | 'suspended' | 'listed' | 'paid' | 'cancelled';
}

export interface Suspension {
  id: string;
  fromMonth: string;
  toMonth: string | null;
  reason: string;
  decidedOn: string;
  resumedOn: string | null;
}

export interface Schedule {
  decision: { id: string; number: string; benefit: string; decidedOn: string; personId: string };
  items: ScheduleItem[];
  suspensions: Suspension[];
  /** After a suspension: months already approved or paid, for a receivable if they were not due. */
  alreadyPaid?: { id: string; month: string; amount: number; status: string }[];
  /** After a change of payee: how many months it changed. */
  changed?: number;
}

export interface CashReport {
  day: string;
  centre: string;
  closedBy: string;
  closedAt: string;
  payouts: { receiptNumber: string; recipientName: string; title: string; amount: number }[];
  count: number;
  total: number;
  expired: { count: number; total: number };
}

export interface ReceivableSummary {
  id: string;
  number: string;
  kind: ReceivableKind;
  personId: string;
  personName: string;
  sourceDecisionId: string | null;
  decidedOn: string;
  amount: number;
  dueOn: string;
  deductFromPayments: boolean;
  deductionCap: number | null;
  recovered: number;
  waived: number;
  outstanding: number;
  status: 'open' | 'settled' | 'waived';
  overdue: number;
}

export interface Receivable extends ReceivableSummary {
  months: string[];
  legalBasis: string;
  instalments: Instalment[];
  justification: string;
  reserved: number;
  available: number;
  history: {
    kind: string;
    onDate: string | null;
    document: string | null;
    memo: string | null;
    paymentItemId: string | null;
    reducedBy: number;
  }[];
}

export interface Ledger {
  personId: string;
  transactions: {
    txnId: string;
    kind: string;
    onDate: string;
    document: string | null;
    memo: string | null;
    paymentItemId: string | null;
    receivableId: string | null;
    entries: { account: string; amount: number }[];
  }[];
  summary: {
    owedByPerson: number;
    owedToPerson: number;
    paidOut: number;
    benefitsExpense: number;
    waived: number;
  };
  balanced: boolean;
  receivables: ReceivableSummary[];
  payments: {
    id: string;
    month: string;
    benefit: string;
    amount: number;
    deduction: number;
    method: PaymentMethod;
    status: string;
    paidOn: string | null;
    returnedOn: string | null;
    decisionNumber: string;
  }[];
}

export interface AccountingTotals {
  month: string;
  rows: {
    benefit: string;
    name: string;
    dzial: string;
    rozdzial: string;
    paragraf: string;
    payments: number;
    gross: number;
    deductions: number;
    net: number;
    transfer: number;
    cash: number;
    returned: number;
  }[];
  total: {
    payments: number;
    gross: number;
    deductions: number;
    net: number;
    transfer: number;
    cash: number;
    returned: number;
  };
}
