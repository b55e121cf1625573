import { CalculatorBenefit } from '@ostoja/domain/benefits/self-check';
import { z } from 'zod';
import { todayIso } from '../../lib/format.ts';
import { parseZloty } from './money.ts';

// The self-check's steps: what each checks before the next, and the calculator's request at the end.

const MAX_PERSONS = 15;
export const isKind = (v: string | null): v is CalculatorBenefit => CalculatorBenefit.safeParse(v).success;

/** What one step checks before the next (messages are translation keys, in the resident's words). */
export function stepSchema(step: number) {
  const later = z.unknown();
  return z.object({
    benefit: z.string().refine(isKind, 'selfCheck.err.benefit'),
    persons:
      step === 1
        ? z.string().refine((v) => /^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= MAX_PERSONS, {
            message: `selfCheck.err.persons?max=${MAX_PERSONS}`,
          })
        : later,
    household:
      step === 2
        ? z.array(
            z.object({ netIncome: z.string().refine((v) => parseZloty(v) !== null, 'selfCheck.err.income') }),
          )
        : later,
    unable: step === 3 ? z.enum(['yes', 'no'], 'selfCheck.err.unable') : later,
  });
}
export type Values = { benefit: string; persons: string; household: { netIncome: string }[]; unable: string };
export const stepsOf = (benefit: string) => (benefit === 'zasilekStaly' ? 3 : 2);
export const EMPTY: Values = { benefit: '', persons: '1', household: [{ netIncome: '' }], unable: '' };

/** The calculator's request from the answers: the applicant first, then the others, incomes in grosze. */
export function calculatorRequest(v: Values) {
  const benefit = CalculatorBenefit.parse(v.benefit);
  return {
    benefit,
    date: todayIso(),
    household: v.household.map((h, i) => ({
      role: i === 0 ? ('applicant' as const) : ('member' as const),
      netIncome: parseZloty(h.netIncome) ?? 0,
      unableToWork: i === 0 && benefit === 'zasilekStaly' && v.unable === 'yes',
    })),
  };
}
