import { z } from 'zod';
import { month } from '../payments/schemas.ts';
import { isoDate, trimmed } from '../shared/validation.ts';
import { FamilyBenefitApplication } from './application.ts';
import { ADDITION_KINDS } from './calculator.ts';

// A granted family benefit changed or revoked from a month on, when the family's situation
// changed (a child left school or the family, a dodatek ended, income was gained), and what was
// paid for the months since then beyond the new right: the undue benefit the family repays.

const grosze = z.number().int().min(0).max(100_000_000_00);

/** The repayment terms of the undue benefit, required when months already paid exceed the new right. */
export const UndueTerms = z.object({
  dueOn: isoDate,
  instalments: z.number().int().min(1).max(60).default(1),
  /** Art. 30 ust. 8 usr: deducted from the family's current benefit payments. */
  deductFromPayments: z.boolean().default(true),
});

export const ChangeFamilyBenefit = z.object({
  decidedOn: isoDate,
  /** The first month of the changed right (it may lie in months already paid). */
  fromMonth: month,
  reason: trimmed(4000),
  /** Members whose situation changed; a member who left the family is no longer counted. */
  members: z
    .array(
      z.object({
        personId: z.uuid(),
        inSchool: z.boolean().optional(),
        disabilityCertificate: z.boolean().optional(),
        leftFamily: z.boolean().default(false),
      }),
    )
    .max(20)
    .default([]),
  /** The dodatki from that month on, when they changed (replacing the granted ones). */
  additions: z
    .array(z.object({ kind: z.enum(ADDITION_KINDS), personId: z.uuid() }))
    .max(50)
    .optional(),
  singleParent: z.boolean().optional(),
  /** The family's monthly income recomputed, e.g. with income gained after the base year (art. 5 ust. 4b). */
  familyMonthlyIncome: grosze.optional(),
  undue: UndueTerms.optional(),
});
export type ChangeFamilyBenefit = z.input<typeof ChangeFamilyBenefit>;

/** The application after the change, the new decision, and the undue benefit established (if any). */
export const FamilyBenefitChangeAnswer = z.object({
  application: FamilyBenefitApplication,
  decisionId: z.uuid(),
  receivable: z.object({ id: z.uuid(), number: z.string(), amount: z.number().int() }).nullable(),
});
export type FamilyBenefitChangeAnswer = z.input<typeof FamilyBenefitChangeAnswer>;

export interface MonthAmount {
  month: string;
  amount: number;
}

/**
 * Art. 30 ust. 2 usr with art. 32 ust. 1 [M: check the t.j.]: for each month of the change, what
 * was already paid (or listed for payment) is set against the new right. A month paid above it is
 * undue to that extent; a month paid below it gets the difference as arrears; a month not yet paid
 * gets the new right. The new schedule holds only positive amounts.
 */
export function settleChange(
  months: readonly string[],
  paid: readonly MonthAmount[],
  right: readonly MonthAmount[],
): { schedule: MonthAmount[]; undue: MonthAmount[]; undueTotal: number } {
  const sum = (xs: readonly MonthAmount[], m: string) =>
    xs.filter((x) => x.month === m).reduce((s, x) => s + x.amount, 0);
  const schedule: MonthAmount[] = [];
  const undue: MonthAmount[] = [];
  for (const m of months) {
    const was = sum(paid, m);
    const now = sum(right, m);
    if (was > now) undue.push({ month: m, amount: was - now });
    else if (now > was) schedule.push({ month: m, amount: now - was });
  }
  return { schedule, undue, undueTotal: undue.reduce((s, x) => s + x.amount, 0) };
}
