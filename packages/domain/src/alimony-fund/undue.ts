import { z } from 'zod';
import { addDays } from '../calendar/working-days.ts';
import { addMonths } from '../payments/schedule.ts';
import { month } from '../payments/schemas.ts';
import { isoDate, trimmed } from '../shared/validation.ts';
import { interestGrosze, interestNumerator } from './interest.ts';

// Undue alimony-fund benefits (nienależnie pobrane świadczenia, art. 2 pkt 7 and art. 23 uFA):
// the decision states the benefits paid that were undue and the statutory interest on them; the
// amount is then a receivable of the payments module (repayment, deduction, waiver).

/** The letters of art. 2 pkt 7 uFA: the kinds of undue benefit. */
export const UNDUE_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type UndueGround = (typeof UNDUE_GROUNDS)[number];

// Art. 23 ust. 1a uFA: statutory interest for delay only on the benefits of art. 2 pkt 7 lit. a, b, d, f and g.
export const bearsInterest = (ground: UndueGround) => ground !== 'c' && ground !== 'e';

// Art. 23 ust. 7 uFA: interest from the first day of the month after the payment day [M: counted up to and including `on`].
export const interestFrom = (paidOn: string) => `${addMonths(paidOn.slice(0, 7), 1)}-01`;

// Art. 23 ust. 4 uFA: no decision once more than 10 years have passed since the benefit was taken.
export const tooOldToClaim = (paidOn: string, decidedOn: string) =>
  Number(paidOn.slice(0, 4)) + 10 + paidOn.slice(4) < decidedOn;

export interface UnduePayment {
  paidOn: string;
  amount: number;
}

/**
 * The undue amount and its interest on the day `on` (the decision's): every payment bears
 * interest from the first day of the month after it was paid, summed unrounded and rounded
 * once, half up to the grosz.
 */
export function undueWithInterest(payments: readonly UnduePayment[], ground: UndueGround, on: string) {
  const principal = payments.reduce((s, p) => s + p.amount, 0);
  const numerator = bearsInterest(ground)
    ? payments.reduce((s, p) => s + interestNumerator(p.amount, addDays(interestFrom(p.paidOn), -1), on), 0)
    : 0;
  const interest = interestGrosze(numerator);
  return { principal, interest, total: principal + interest };
}

const grosze = z.number().int().positive().max(100_000_000);

/** The decision on undue benefits: which months' payments were undue (all, or this much of them), and how they are repaid. */
export const EstablishUndueAlimonyFund = z
  .object({
    decidedOn: isoDate,
    ground: z.enum(UNDUE_GROUNDS),
    months: z
      .array(z.object({ month, amount: grosze.optional() }))
      .min(1)
      .max(120),
    dueOn: isoDate,
    instalments: z.number().int().min(1).max(60).default(1),
    // Art. 23 ust. 5 uFA: deducted from the fund's current benefits once final.
    deductFromPayments: z.boolean().default(true),
    justification: trimmed(4000),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.months.forEach((m, i) => {
      if (seen.has(m.month))
        ctx.addIssue({
          code: 'custom',
          path: ['months', i, 'month'],
          message: 'validation.alimonyFund.monthTwice',
        });
      seen.add(m.month);
    });
    if (d.dueOn < d.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'validation.payments.dueBeforeDecision' });
  });
export type EstablishUndueAlimonyFund = z.input<typeof EstablishUndueAlimonyFund>;

export const UndueAlimonyFund = z.object({
  receivableId: z.uuid(),
  number: z.string(),
  applicationId: z.uuid(),
  decidedOn: isoDate,
  ground: z.enum(UNDUE_GROUNDS),
  principal: z.number().int(),
  interest: z.number().int(),
  amount: z.number().int(),
  payments: z.array(z.object({ month: z.string(), paidOn: isoDate, amount: z.number().int() })),
  legalBasis: z.string(),
  justification: z.string(),
  recovered: z.number().int(),
  waived: z.number().int(),
  outstanding: z.number().int(),
});
export type UndueAlimonyFund = z.input<typeof UndueAlimonyFund>;
export const UndueAlimonyFundList = z.object({ items: z.array(UndueAlimonyFund) });
export type UndueAlimonyFundList = z.output<typeof UndueAlimonyFundList>;
