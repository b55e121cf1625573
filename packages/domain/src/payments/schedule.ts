// Months, payment days and suspensions of a payment schedule (harmonogram wypłat).

export const SCHEDULE_STATUSES = ['open', 'suspended', 'listed', 'paid', 'cancelled'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** "2026-11" → "2026-11-01". */
export const monthStart = (month: string) => `${month}-01`;

const daysIn = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/** "2026-11" → "2026-11-30". */
export const monthEnd = (month: string) => `${month}-${String(daysIn(month)).padStart(2, '0')}`;

/** "2026-12" + 1 → "2027-01". */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/**
 * When a month's benefit is paid: on the centre's payment day of that month, but never before
 * the decision that grants it (arrears for earlier months are paid from the decision on).
 * The payment day is the centre's practice, not law [M]; a day past the month's end means its last day.
 */
export function dueDate(month: string, decidedOn: string, paymentDay: number): string {
  const day = Math.min(Math.max(1, paymentDay), daysIn(month));
  const planned = `${month}-${String(day).padStart(2, '0')}`;
  return planned < decidedOn ? decidedOn : planned;
}

export interface Suspension {
  fromMonth: string;
  /** Last suspended month; null while the benefit is still suspended. */
  toMonth: string | null;
}

/** Whether a month falls in a suspension (wstrzymanie wypłaty, art. 106 ust. 5 ups [M]). */
export const isSuspended = (month: string, suspensions: readonly Suspension[]) =>
  suspensions.some((s) => month >= s.fromMonth && (s.toMonth === null || month <= s.toMonth));

/** A schedule item may still change (suspension, new payee) only while nothing was paid or listed. */
export const isChangeable = (status: ScheduleStatus) => status === 'open' || status === 'suspended';
