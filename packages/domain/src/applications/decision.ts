import { z } from 'zod';
import { divideHalfUp } from '../shared/money.ts';
import { isoDate, optionalText } from '../shared/validation.ts';
import { CELOWY_PURPOSES, celowyParts, DecisionItem, HELP_FORMS, itemProblems } from './celowy-purpose.ts';

/** Art. 11 ust. 2 ups: the broken social contract a refusal, revocation or suspension may rest on. */
export const art11Ground = z.uuid().nullable().optional();

export const DECISION_OUTCOMES = ['grant', 'refuse'] as const;
export const PAYMENT_METHODS = ['transfer', 'cashDesk'] as const;

export const IssueDecision = z
  .object({
    outcome: z.enum(DECISION_OUTCOMES),
    decidedOn: isoDate,
    paymentMethod: z.enum(PAYMENT_METHODS).default('cashDesk'),
    iban: optionalText(34),
    /** Refusal: the reasons, in the justification's words. */
    refusalReason: optionalText(4000),
    /** A refusal on art. 11 ust. 2 ups: the broken social contract it rests on. */
    art11ContractId: art11Ground,
    /** A zasiłek celowy's purpose (art. 39 ust. 2 ups); none for other benefits. */
    purpose: z.enum(CELOWY_PURPOSES).nullish(),
    /** Clothing (art. 48 ups) in cash or in kind from the centre's store. */
    helpForm: z.enum(HELP_FORMS).optional(),
    /** Clothing: the items granted; in cash with the amount per item, adding up to the decision's amount. */
    items: z.array(DecisionItem).max(50).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.outcome === 'grant')
      for (const p of itemProblems(celowyParts(d), null))
        ctx.addIssue({
          code: 'custom',
          path: p.path.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
          message: p.message,
        });
    if (d.outcome === 'refuse' && !d.refusalReason)
      ctx.addIssue({ code: 'custom', path: ['refusalReason'], message: 'validation.required' });
    if (d.outcome === 'grant' && d.art11ContractId)
      ctx.addIssue({ code: 'custom', path: ['art11ContractId'], message: 'validation.invalidOption' });
  });
export type IssueDecision = z.input<typeof IssueDecision>;

/** The person's receipt of clothing handed out in kind from the centre's store (art. 48 ups). */
export const HandOutItems = z.strictObject({
  handedOutOn: isoDate,
  /** Who took the items: the person, or whom they authorised. */
  receivedBy: z.string().trim().min(1).max(200),
  /** The person signed the receipt (pokwitowanie) on the hand-out list. */
  receiptSigned: z.literal(true, { error: 'validation.decisionItems.receipt' }),
});
export type HandOutItems = z.input<typeof HandOutItems>;

/** Four-eyes approval: the date of signing may differ from the draft's. */
export const ApproveDecision = z.object({ decidedOn: isoDate.optional() });
export const RejectDecision = z.object({ reason: z.string().trim().min(1).max(2000) });

/** The clerk returns the proposal to the social worker, saying why. */
export const ReturnProposal = z.object({ reason: z.string().trim().min(1).max(2000) });
/** The applicant withdraws the application: the day, and the reason when one was given. */
export const WithdrawApplication = z.object({ on: isoDate, reason: optionalText(2000) });
/** The home visit is given to a social worker (today when no day is named). */
export const AssignWorker = z.object({ workerId: z.uuid(), on: isoDate.optional() });

export const RecordDelivery = z.object({ deliveredOn: isoDate });
export const RegisterAppeal = z.object({
  receivedOn: isoDate,
  by: optionalText(200),
  summary: optionalText(2000),
});
export const ForwardAppeal = z.object({ forwardedOn: isoDate });
export const RecordAppealOutcome = z.object({
  outcome: z.enum(['upheld', 'reversed', 'remanded']),
  decidedOn: isoDate,
  note: optionalText(2000),
});

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export interface MonthlyPayment {
  month: string; // YYYY-MM
  amount: number; // grosze
  days: number | null; // days paid when the month is partial
}

/**
 * Art. 106 ust. 3 ups: a cash benefit is due from the month in which the complete application
 * was filed; a partial month is paid in proportion to its days (amount × days / days in month,
 * rounded half up to the grosz).
 */
export function paymentSchedule(monthly: number, from: string, to: string): MonthlyPayment[] {
  const out: MonthlyPayment[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    const dim = daysInMonth(y, m);
    const first = month === from.slice(0, 7) ? Number(from.slice(8, 10)) : 1;
    const last = month === end ? Number(to.slice(8, 10)) : dim;
    const days = last - first + 1;
    out.push({
      month,
      amount: days === dim ? monthly : divideHalfUp(monthly * days, dim),
      days: days === dim ? null : days,
    });
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Decision register number, one sequence per year: e.g. "OPS.8111.42.2026" (prefix is configuration). */
export function decisionNumber(prefix: string, seq: number, year: number): string {
  return `${prefix}.${seq}.${year}`;
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month');

/** A change of a granted benefit from a month on (new monthly amount), by a new decision. */
export const ChangeDecision = z.object({
  decisionId: z.uuid(),
  fromMonth: month,
  amount: z.number().int().min(1).max(100_000_000),
  decidedOn: isoDate,
  reason: z.string().trim().min(1).max(4000),
});
export type ChangeDecision = z.input<typeof ChangeDecision>;

/** Revocation (uchylenie) of a granted benefit from a month on; on art. 11 ust. 2, the broken contract. */
export const RevokeDecision = z.object({
  decisionId: z.uuid(),
  fromMonth: month,
  decidedOn: isoDate,
  reason: z.string().trim().min(1).max(4000),
  art11ContractId: art11Ground,
});
export type RevokeDecision = z.input<typeof RevokeDecision>;
