import { parametersOn } from '../benefits/legal-parameters.ts';
import { addDays } from '../calendar/working-days.ts';
import { addMonthsToDate } from '../family-benefits/dates.ts';

// The hostel stay within crisis intervention: how long it may last, as data by date.

/**
 * Art. 47 ust. 3 ups: "w sytuacjach uzasadnionych — schronienia do 3 miesięcy". [M] The domain
 * reference does not confirm the number; it is the act's wording as remembered, kept as dated data.
 */
export const STAY_LIMITS: readonly { validFrom: string; months: number }[] = [
  { validFrom: '2004-05-01', months: 3 },
];

/**
 * Art. 47 ust. 3 ups: the limit in force on the first day of the case's first stay, and the last
 * day its stays (all together) may reach — the day before the same day `months` later. Null when
 * no limit is in force on that day.
 */
export function stayLimit(firstDay: string, limits = STAY_LIMITS): { months: number; last: string } | null {
  const limit = parametersOn(limits, firstDay);
  return limit ? { months: limit.months, last: addDays(addMonthsToDate(firstDay, limit.months), -1) } : null;
}

/** Art. 47 ust. 3 ups: whether a stay to `to` keeps within the limit counted from `firstDay`. */
export function stayWithinLimit(firstDay: string, to: string, limits = STAY_LIMITS): boolean {
  const limit = stayLimit(firstDay, limits);
  return limit === null || to <= limit.last;
}
