import { z } from 'zod';
import { art11Ground, PAYMENT_METHODS } from '../applications/decision.ts';
import { isoDate, optionalText, trimmed } from '../shared/validation.ts';
import { FLAG_KINDS } from './flags.ts';
import { checkIban, normalizeIban } from './iban.ts';
import { RECEIVABLE_KINDS } from './receivable.ts';

// Inputs of the payments API; messages are translation keys (packages/domain/src/i18n/payments.ts).

export { PAYMENT_METHODS };
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.payments.month');

/** A Polish account (IBAN or bare NRB), normalised to "PL" + 26 digits; the check digits verified. */
export const polishIban = z
  .string()
  .trim()
  .max(42)
  .transform(normalizeIban)
  .superRefine((v, ctx) => {
    const problem = checkIban(v, { polishOnly: true });
    if (problem) ctx.addIssue({ code: 'custom', message: `validation.payments.iban.${problem}` });
  });

const payee = {
  method: z.enum(PAYMENT_METHODS),
  iban: polishIban.nullish(),
  /** Someone other than the beneficiary receives the money (a guardian, say); null: the beneficiary. */
  recipientName: optionalText(140),
};
const ibanForTransfer = (
  d: { method: PaymentMethod; iban?: string | null | undefined },
  ctx: z.RefinementCtx,
) => {
  if (d.method === 'transfer' && !d.iban)
    ctx.addIssue({ code: 'custom', path: ['iban'], message: 'validation.payments.iban.required' });
};

export const ChangePayee = z.object({ fromMonth: month, ...payee }).superRefine(ibanForTransfer);

export const Suspend = z.object({
  fromMonth: month,
  decidedOn: isoDate,
  reason: trimmed(2000),
  /** A suspension on art. 11 ust. 2 ups: the broken social contract it rests on. */
  art11ContractId: art11Ground,
});
export const Resume = z.object({ fromMonth: month, decidedOn: isoDate });

export const OpenRun = z.object({ month });
export const ResolveFlag = z.object({
  resolution: z.enum(['accept', 'exclude']),
  note: optionalText(2000),
});
export const ListFlags = z.object({
  kind: z.enum(FLAG_KINDS).optional(),
  unresolved: z.enum(['true', 'false']).optional(),
});

export const ExportList = z.object({ format: z.enum(['elixir', 'pain001']) });
export const MarkPaid = z.object({ paidOn: isoDate });
export const BankReturn = z.object({ returnedOn: isoDate, reason: trimmed(500) });
export const ResolveReturn = z
  .object({
    action: z.enum(['reissue', 'cancel']),
    note: optionalText(2000),
    ...payee,
    method: payee.method.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.action === 'reissue' && !d.method)
      ctx.addIssue({ code: 'custom', path: ['method'], message: 'validation.required' });
    if (d.action === 'reissue' && d.method) ibanForTransfer({ method: d.method, iban: d.iban }, ctx);
  });

export const DOCUMENT_TYPES = ['idCard', 'passport', 'residenceCard', 'other'] as const;
export const CashPayout = z.object({
  paidOn: isoDate,
  documentType: z.enum(DOCUMENT_TYPES),
  documentNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9 -]{5,20}$/, 'validation.payments.documentNumber'),
});
export const CloseCashDay = z.object({ date: isoDate });

export const ImportDeaths = z.object({
  /** Lines "PESEL;YYYY-MM-DD" (comma, tab or space also separate), as the register supplies them. */
  lines: z.string().min(1).max(1_000_000),
});

const grosze = z.number().int().positive().max(100_000_000);

export const CreateReceivable = z.object({
  personId: z.uuid(),
  kind: z.enum(RECEIVABLE_KINDS),
  sourceDecisionId: z.uuid().nullish(),
  /** The months the undue benefit was paid for, for the letter and the reports. */
  months: z.array(month).max(120).default([]),
  decidedOn: isoDate,
  amount: grosze,
  dueOn: isoDate,
  instalments: z.number().int().min(1).max(60).default(1),
  deductFromPayments: z.boolean().default(false),
  /** At most this much deducted from one payment; null: as much as the payment allows. */
  deductionCap: grosze.nullish(),
  justification: trimmed(4000),
});
export const Repayment = z.object({ paidOn: isoDate, amount: grosze, channel: z.enum(['bank', 'cash']) });
export const Waiver = z
  .object({
    decidedOn: isoDate,
    /** Waive this much; omitted with whole: true, the whole outstanding amount. */
    amount: grosze.optional(),
    whole: z.boolean().default(false),
    reason: trimmed(2000),
  })
  .superRefine((d, ctx) => {
    if (!d.whole && d.amount === undefined)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'validation.required' });
  });

export const AccountingQuery = z.object({ month, format: z.enum(['json', 'csv', 'xlsx']).default('json') });
