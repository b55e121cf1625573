import { addDays } from '../calendar/working-days.ts';

// The right to publicly funded health care of an uninsured resident confirmed by the wójt's
// decision (art. 54 ustawy o świadczeniach opieki zdrowotnej finansowanych ze środków publicznych).
// Pure rules; the decision flow is apps/server/src/modules/health-care.

/** On the person's own application, or on the hospital's after emergency care (stan nagły). */
export type HealthRightBasis = 'application' | 'emergencyCare';

export interface HealthRightFacts {
  basis: HealthRightBasis;
  /** The day the application (the person's or the hospital's) was filed. */
  appliedOn: string;
  /** Emergency care: the first day of the care given. */
  careStartedOn?: string | null;
  /** The first day the person is covered by health insurance, when known. */
  insuredFrom?: string | null;
}

export interface HealthRightPeriod {
  from: string;
  /** The last day of the right. */
  to: string;
  /** The right ended early because the person became insured. */
  endedByInsurance: boolean;
}

export const HEALTH_RIGHT_DAYS = 90;

// Art. 54 ust. 3 of that act: the right lasts 90 days from the day the decision names — the application's
// or, after emergency care, the care's first day — and ends when the person becomes insured (null: never began).
export function healthRightPeriod(f: HealthRightFacts): HealthRightPeriod | null {
  const from = f.basis === 'emergencyCare' ? (f.careStartedOn ?? f.appliedOn) : f.appliedOn;
  const full = addDays(from, HEALTH_RIGHT_DAYS - 1);
  if (f.insuredFrom && f.insuredFrom <= from) return null;
  if (f.insuredFrom && f.insuredFrom <= full)
    return { from, to: addDays(f.insuredFrom, -1), endedByInsurance: true };
  return { from, to: full, endedByInsurance: false };
}
