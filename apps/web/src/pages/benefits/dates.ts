import type { ApplicationStatus } from '@ostoja/domain/applications/workflow';
import { addDays, isWorkingDay } from '@ostoja/domain/calendar/working-days';

/** Calendar days from `a` to `b` (YYYY-MM-DD), negative when `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Working days (Polish public holidays and weekends excluded) after `from` up to and including
 * `to`: the home visit's deadline is counted this way (rozp. RWS § 3), so is what is left of it.
 */
export function workingDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/** Last day of the month `months` after the month of `date`. */
export function endOfMonth(date: string, months = 0): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m + months, 0));
  return last.toISOString().slice(0, 10);
}
/** Statuses in which the decision is still to come, so its KPA deadline can be missed. */
export const DECISION_PENDING: readonly ApplicationStatus[] = [
  'awaitingWywiad',
  'awaitingProposal',
  'awaitingDecision',
  'awaitingApproval',
];
