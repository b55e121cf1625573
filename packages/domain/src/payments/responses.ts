import { z } from 'zod';
import { timestamp } from '../shared/response.ts';
import { FLAG_KINDS } from './flags.ts';
import { RECEIVABLE_KINDS } from './receivable.ts';
import { PAYMENT_METHODS } from './schemas.ts';

// What the payments API answers (apps/server/src/modules/payments): runs, lists, items, flags,
// schedules, the cash desk, receivables and the ledger. Amounts are integer grosze, months
// "YYYY-MM", dates "YYYY-MM-DD".

const method = z.enum(PAYMENT_METHODS);
const nullableText = z.string().nullable();
const nullableDate = z.string().nullable();

export const Progress = z.object({
  done: z.number(),
  total: z.number(),
  percent: z.number(),
  finished: z.boolean(),
});
export type Progress = z.input<typeof Progress>;

export const RunSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  month: z.string(),
  status: z.enum(['building', 'draft', 'approved']),
  itemCount: z.number(),
  grossAmount: z.number(),
  deductionAmount: z.number(),
  netAmount: z.number(),
  openedAt: timestamp,
  openedByName: z.string(),
  builtAt: timestamp.nullable(),
  approvedAt: timestamp.nullable(),
  approvedByName: nullableText,
  progress: Progress,
});
export type RunSummary = z.input<typeof RunSummary>;
export const RunPage = z.object({ items: z.array(RunSummary) });

export const PaymentList = z.object({
  id: z.uuid(),
  runId: z.uuid(),
  runNumber: z.string(),
  seq: z.number().nullable(),
  method,
  payOn: z.string(),
  payUntil: nullableDate,
  status: z.enum(['draft', 'approved', 'exported', 'paid', 'closed']),
  itemCount: z.number(),
  totalAmount: z.number(),
  exportedAt: timestamp.nullable(),
  paidOn: nullableDate,
  /** Transfer lists: the date the bank file carries (never before the next banking day). */
  executionDate: nullableDate,
});
export type PaymentList = z.input<typeof PaymentList>;

export const FlagCount = z.object({ kind: z.enum(FLAG_KINDS), total: z.number(), unresolved: z.number() });
export const Run = RunSummary.extend({ lists: z.array(PaymentList), flags: z.array(FlagCount) });
export type Run = z.input<typeof Run>;
/** Opening a run: the run, and whether it was opened now or was the month's open one. */
export const OpenedRun = Run.extend({ created: z.boolean() });
export const RunAdvance = z.object({
  step: z.enum(['more', 'done', 'busy']),
  progress: Progress,
  status: z.enum(['building', 'draft', 'approved']),
});

export const PaymentItem = z.object({
  id: z.uuid(),
  ref: z.number(),
  runId: z.uuid(),
  listId: z.uuid().nullable(),
  decisionId: z.uuid(),
  decisionNumber: z.string(),
  personId: z.uuid(),
  benefit: z.string(),
  month: z.string(),
  amount: z.number(),
  deduction: z.number(),
  reissue: z.boolean(),
  method,
  iban: nullableText,
  recipientName: z.string(),
  recipientPesel: nullableText,
  recipientAddress: nullableText,
  title: z.string(),
  payOn: z.string(),
  status: z.string(),
  /** Paid for an earlier month than the money goes out in (the list's items only). */
  arrears: z.boolean().optional(),
  paidOn: nullableDate,
  paidByName: nullableText,
  receiptNumber: nullableText,
  documentType: nullableText,
  documentNumber: nullableText,
  returnedOn: nullableDate,
  returnReason: nullableText,
  resolution: z.enum(['reissue', 'cancel']).nullable(),
});
export type PaymentItem = z.input<typeof PaymentItem>;
export const ListWithItems = PaymentList.extend({
  items: z.array(PaymentItem),
  nextCursor: z.string().nullable(),
});
export type ListWithItems = z.input<typeof ListWithItems>;

export const Flag = z.object({
  id: z.uuid(),
  kind: z.enum(FLAG_KINDS),
  details: z.record(z.string(), z.unknown()),
  resolution: z.enum(['accept', 'exclude']).nullable(),
  note: nullableText,
  resolvedAt: timestamp.nullable(),
  itemId: z.uuid(),
  recipientName: z.string(),
  month: z.string(),
  amount: z.number(),
  iban: nullableText,
  method,
  itemStatus: z.string(),
});
export type Flag = z.input<typeof Flag>;
export const FlagPage = z.object({ items: z.array(Flag) });

export const ScheduleItem = z.object({
  id: z.uuid(),
  month: z.string(),
  amount: z.number(),
  days: z.number().nullable(),
  kind: z.enum(['regular', 'reissue']),
  method,
  iban: nullableText,
  recipientName: nullableText,
  dueOn: z.string(),
  status: z.enum(['open', 'suspended', 'listed', 'paid', 'cancelled']),
});
export const Suspension = z.object({
  id: z.uuid(),
  fromMonth: z.string(),
  toMonth: z.string().nullable(),
  reason: z.string(),
  decidedOn: z.string(),
  resumedOn: nullableDate,
  /** The broken social contract it rests on (art. 11 ust. 2 ups), by number; null for another ground. */
  art11Contract: z.string().nullable(),
  /** The decision ordering the suspension (its letter at /decisions/:id/pdf); null before suspensions were decisions. */
  decisionId: z.uuid().nullable(),
  decisionNumber: z.string().nullable(),
});
export const Schedule = z.object({
  decision: z.object({
    id: z.uuid(),
    number: z.string(),
    benefit: z.string(),
    decidedOn: z.string(),
    personId: z.uuid(),
  }),
  items: z.array(ScheduleItem),
  suspensions: z.array(Suspension),
  /** After a suspension: months already approved or paid, for a receivable if they were not due. */
  alreadyPaid: z
    .array(z.object({ id: z.uuid(), month: z.string(), amount: z.number(), status: z.string() }))
    .optional(),
  /** After a change of payee: how many months it changed. */
  changed: z.number().optional(),
});
export type Schedule = z.input<typeof Schedule>;

/** The cash report of a day, as kept when the day was closed (its moment already a string). */
export const CashReport = z.object({
  day: z.string(),
  centre: z.string(),
  closedBy: z.string(),
  closedAt: z.string(),
  payouts: z.array(
    z.object({ receiptNumber: z.string(), recipientName: z.string(), title: z.string(), amount: z.number() }),
  ),
  count: z.number(),
  total: z.number(),
  expired: z.object({ count: z.number(), total: z.number() }),
});
export type CashReport = z.input<typeof CashReport>;

export const DeathImport = z.object({
  importId: z.uuid(),
  received: z.number(),
  imported: z.number(),
  matchedPersons: z.number(),
  flagged: z.number(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});
export type DeathImport = z.input<typeof DeathImport>;

const Instalment = z.object({ no: z.number(), dueOn: z.string(), amount: z.number() });

export const ReceivableSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  kind: z.enum(RECEIVABLE_KINDS),
  personId: z.uuid(),
  personName: z.string(),
  sourceDecisionId: z.uuid().nullable(),
  decidedOn: z.string(),
  amount: z.number(),
  dueOn: z.string(),
  deductFromPayments: z.boolean(),
  deductionCap: z.number().nullable(),
  recovered: z.number(),
  waived: z.number(),
  outstanding: z.number(),
  status: z.enum(['open', 'settled', 'waived']),
  overdue: z.number(),
});
export type ReceivableSummary = z.input<typeof ReceivableSummary>;
export const ReceivablePage = z.object({
  items: z.array(ReceivableSummary),
  nextCursor: z.string().nullable(),
});

export const Receivable = ReceivableSummary.extend({
  months: z.array(z.string()),
  legalBasis: z.string(),
  instalments: z.array(Instalment),
  justification: z.string(),
  reserved: z.number(),
  available: z.number(),
  history: z.array(
    z.object({
      kind: z.string(),
      onDate: nullableDate,
      document: nullableText,
      memo: nullableText,
      paymentItemId: z.uuid().nullable(),
      reducedBy: z.number(),
    }),
  ),
});
export type Receivable = z.input<typeof Receivable>;

export const Ledger = z.object({
  personId: z.uuid(),
  transactions: z.array(
    z.object({
      txnId: z.uuid(),
      kind: z.string(),
      onDate: z.string(),
      document: nullableText,
      memo: nullableText,
      paymentItemId: z.uuid().nullable(),
      receivableId: z.uuid().nullable(),
      entries: z.array(z.object({ account: z.string(), amount: z.number() })),
    }),
  ),
  balances: z.record(z.string(), z.number()),
  summary: z.object({
    owedByPerson: z.number(),
    owedToPerson: z.number(),
    paidOut: z.number(),
    benefitsExpense: z.number(),
    waived: z.number(),
  }),
  balanced: z.boolean(),
  receivables: z.array(ReceivableSummary),
  payments: z.array(
    z.object({
      id: z.uuid(),
      month: z.string(),
      benefit: z.string(),
      amount: z.number(),
      deduction: z.number(),
      method,
      status: z.string(),
      paidOn: nullableDate,
      returnedOn: nullableDate,
      decisionNumber: z.string(),
    }),
  ),
});
export type Ledger = z.input<typeof Ledger>;

const Totals = z.object({
  payments: z.number(),
  gross: z.number(),
  deductions: z.number(),
  net: z.number(),
  transfer: z.number(),
  cash: z.number(),
  returned: z.number(),
});
/** The month's accounting totals (format=json); the CSV and XLSX answers are files. */
export const AccountingTotals = z.object({
  month: z.string(),
  rows: z.array(
    Totals.extend({
      benefit: z.string(),
      name: z.string(),
      dzial: z.string(),
      rozdzial: z.string(),
      paragraf: z.string(),
    }),
  ),
  total: Totals,
});
export type AccountingTotals = z.input<typeof AccountingTotals>;
