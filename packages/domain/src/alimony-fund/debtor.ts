import { z } from 'zod';
import { pageQuery } from '../shared/list.ts';
import { checkPesel } from '../shared/pesel.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';

// The alimony debtor (dłużnik alimentacyjny) and the debt the fund's payments made (art. 27–28
// uFA): the register of debtors, the statement on a day, the repayments booked, and the notices
// the creditor's and the debtor's gmina exchange (art. 8 uFA).

const optionalPesel = z
  .string()
  .trim()
  .superRefine((pesel, ctx) => {
    const problem = checkPesel(pesel);
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.pesel.${problem}` });
  })
  .nullable()
  .default(null);

/** Registering the debtor of a granted application (z urzędu when the fund is granted). */
export const RegisterDebtor = z.object({
  applicationId: z.uuid(),
  pesel: optionalPesel,
  /** The gmina the debtor lives in: its organ acts towards the debtor (organ właściwy dłużnika). */
  gmina: trimmed(200),
  /** The debtor lives in this gmina: the centre is the debtor's organ too (item 3's proceedings). */
  resident: z.boolean(),
});
export type RegisterDebtor = z.input<typeof RegisterDebtor>;

export const REPAYMENT_SOURCES = ['bailiff', 'taxOffice', 'debtor'] as const;

/** A sum received towards the debt: from the bailiff (art. 28), the tax office's enforcement or the debtor. */
export const BookRepayment = z.object({
  receivedOn: isoDate,
  amount: z.number().int().min(1, 'validation.alimonyFund.amountPositive').max(100_000_000),
  source: z.enum(REPAYMENT_SOURCES),
  reference: trimmed(100),
});
export type BookRepayment = z.input<typeof BookRepayment>;

export const NOTICE_KINDS = ['actionRequest', 'actionsTaken', 'debtorMoved'] as const;

/** A notice between the creditor's and the debtor's gmina (art. 8 ust. 1–2 uFA [M: the units]). */
export const RecordNotice = z.object({
  kind: z.enum(NOTICE_KINDS),
  direction: z.enum(['incoming', 'outgoing']),
  gmina: trimmed(200),
  /** Incoming: the day it arrived. Outgoing notices are dated the day they are made. */
  receivedOn: isoDate.optional(),
  note: optionalText(2000),
});
export type RecordNotice = z.input<typeof RecordNotice>;

export const DebtorNotice = z.object({
  id: z.uuid(),
  number: z.string(),
  debtorId: z.uuid(),
  debtorName: z.string(),
  kind: z.enum(NOTICE_KINDS),
  direction: z.enum(['incoming', 'outgoing']),
  gmina: z.string(),
  on: isoDate,
  note: z.string().nullable(),
});
export type DebtorNotice = z.input<typeof DebtorNotice>;
export const DebtorNoticePage = cursorPage(DebtorNotice);
export type DebtorNoticePage = z.input<typeof DebtorNoticePage>;

const Split = z.object({
  state: z.number().int(),
  creditorGmina: z.number().int(),
  debtorGmina: z.number().int(),
});

export const DebtStatement = z.object({
  on: isoDate,
  principal: z.number().int(),
  principalRepaid: z.number().int(),
  principalOutstanding: z.number().int(),
  interestAccrued: z.number().int(),
  interestRepaid: z.number().int(),
  interestOutstanding: z.number().int(),
  totalOutstanding: z.number().int(),
  overpaid: z.number().int(),
  /** The benefits paid: each a claim with its interest to the day. */
  lines: z.array(
    z.object({
      id: z.uuid(),
      paidOn: isoDate,
      month: z.string(),
      decisionNumber: z.string(),
      amount: z.number().int(),
      repaid: z.number().int(),
      outstanding: z.number().int(),
      interest: z.number().int(),
    }),
  ),
  repayments: z.array(
    z.object({
      id: z.uuid(),
      receivedOn: isoDate,
      amount: z.number().int(),
      source: z.enum(REPAYMENT_SOURCES),
      reference: z.string(),
      interest: z.number().int(),
      principal: z.number().int(),
      overpayment: z.number().int(),
      split: Split,
    }),
  ),
});
export type DebtStatement = z.input<typeof DebtStatement>;

export const DebtorSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  name: z.string(),
  gmina: z.string(),
  resident: z.boolean(),
  registeredOn: isoDate,
  /** Grosze the fund has paid on this debtor's behalf (the principal). */
  paid: z.number().int(),
});
export type DebtorSummary = z.input<typeof DebtorSummary>;
export const DebtorPage = cursorPage(DebtorSummary);
export type DebtorPage = z.input<typeof DebtorPage>;
export const DebtorQuery = pageQuery(100, 50).extend({
  /** Only the debtor of this application (the application's page asks). */
  applicationId: z.uuid().optional(),
});
export const NoticeQuery = pageQuery(100, 50);
export const StatementQuery = z.object({ on: isoDate.optional() });

export const Debtor = DebtorSummary.extend({
  pesel: z.string().nullable(),
  address: z.string(),
  applications: z.array(z.object({ id: z.uuid(), number: z.string(), applicantName: z.string() })),
  statement: DebtStatement,
  notices: z.array(DebtorNotice),
});
export type Debtor = z.input<typeof Debtor>;
