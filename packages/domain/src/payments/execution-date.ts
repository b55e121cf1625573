import { addDays, isWorkingDay, nextWorkingDay } from '../calendar/working-days.ts';

// When a bank file's transfers are to be executed, and which payments in it are arrears.

/**
 * The execution date of a bank file: the list's payment day, but never in the past nor today
 * (a file is sent to the bank first), so never earlier than the next banking day after `today`;
 * and a banking day itself (Elixir settles on working days: no weekends, no public holidays).
 */
export function executionDate(payOn: string, today: string): string {
  const earliest = nextWorkingDay(today);
  let d = payOn > earliest ? payOn : earliest;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** A benefit for a month before the month it is paid in is paid in arrears (zaległość). */
export const inArrears = (month: string, paidOn: string) => month.slice(0, 7) < paidOn.slice(0, 7);

/** The transfer title of a payment in arrears says so first, where no cut of the title loses it. */
export const arrearsTitle = (title: string) => `ZALEGŁOŚĆ: ${title}`;
