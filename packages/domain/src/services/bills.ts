import { z } from 'zod';
import { Month } from '../records/records.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, text } from '../shared/validation.ts';
import { centiHours } from './schedule.ts';

// Monthly bills for care services (art. 50 ust. 6 ups, issue 16 item 4): the hours delivered ×
// the decision's hourly fee, the register of what is due and paid, and the provider's invoice.

// --- pure rules -------------------------------------------------------------------------------

// Art. 50 ust. 6 ups: the fee is the hours delivered × the hourly fee of the decision; the sum of
// a month is rounded to the grosz, a half grosz up (the resolution's rule of collection [M]).
export function billAmount(hours: number, hourlyFeeGrosze: number): number {
  const centi = centiHours(hours);
  return Math.floor((centi * hourlyFeeGrosze + 50) / 100);
}

/** Days a client has to pay a bill from its issue, per the resolution's rule of collection [M]. */
export const BILL_PAYMENT_DAYS = 14;

/** Arrears: what is still unpaid on bills whose payment date has passed. */
export function arrears(
  bills: readonly { dueOn: string; amountGrosze: number; paidGrosze: number }[],
  today: string,
): number {
  return bills
    .filter((b) => b.dueOn < today)
    .reduce((sum, b) => sum + Math.max(0, b.amountGrosze - b.paidGrosze), 0);
}

/** The provider's invoice against the hours its carers delivered: what differs, in hours and grosze. */
export function invoiceCheck(
  invoice: { hours: number; amountGrosze: number },
  delivered: { hours: number; amountGrosze: number },
) {
  return {
    hoursDifference: (centiHours(invoice.hours) - centiHours(delivered.hours)) / 100,
    amountDifferenceGrosze: invoice.amountGrosze - delivered.amountGrosze,
  };
}

// --- requests and answers ---------------------------------------------------------------------

export const IssueBills = z.strictObject({ month: Month });
export const BillQuery = z.object({
  month: Month,
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const PAYMENT_METHODS = ['cash', 'transfer'] as const;

export const RecordBillPayment = z.strictObject({
  paidOn: isoDate,
  amountGrosze: z.number().int().positive('validation.alimonyFund.amountPositive').max(100_000_000),
  method: z.enum(PAYMENT_METHODS),
});
export type RecordBillPayment = z.input<typeof RecordBillPayment>;

export const Bill = z.object({
  id: z.uuid(),
  number: z.string(),
  careServiceId: z.uuid(),
  decisionNumber: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  month: Month,
  hours: z.number(),
  hourlyFeeGrosze: z.number().int(),
  amountGrosze: z.number().int(),
  issuedOn: isoDate,
  dueOn: isoDate,
  paidGrosze: z.number().int(),
  /** What is left to pay on this bill. */
  balanceGrosze: z.number().int(),
  /** The client's arrears on all their bills past their payment date. */
  arrearsGrosze: z.number().int(),
  payments: z.array(
    z.object({ paidOn: isoDate, amountGrosze: z.number().int(), method: z.enum(PAYMENT_METHODS) }),
  ),
});
export type Bill = z.input<typeof Bill>;
export const BillPage = cursorPage(Bill);
export type BillPage = z.input<typeof BillPage>;
export const IssuedBills = z.object({ month: Month, items: z.array(Bill) });
export type IssuedBills = z.input<typeof IssuedBills>;

export const CreateProviderInvoice = z.strictObject({
  providerName: text(200).pipe(z.string().min(1, 'validation.required')),
  month: Month,
  number: text(60).pipe(z.string().min(1, 'validation.required')),
  issuedOn: isoDate,
  hours: z.number().min(0).max(100_000),
  amountGrosze: z.number().int().min(0).max(1_000_000_000),
  note: optionalText(500),
});
export type CreateProviderInvoice = z.input<typeof CreateProviderInvoice>;

export const ProviderInvoice = z.object({
  id: z.uuid(),
  providerName: z.string(),
  month: Month,
  number: z.string(),
  issuedOn: isoDate,
  hours: z.number(),
  amountGrosze: z.number().int(),
  /** The hours the provider's carers recorded for the centre's clients that month. */
  deliveredHours: z.number(),
  /** Those hours at each decision's hourly cost. */
  deliveredGrosze: z.number().int(),
  hoursDifference: z.number(),
  amountDifferenceGrosze: z.number().int(),
});
export type ProviderInvoice = z.input<typeof ProviderInvoice>;
