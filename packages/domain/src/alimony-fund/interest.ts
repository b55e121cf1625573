import { addDays } from '../calendar/working-days.ts';
import { divideHalfUp } from '../shared/money.ts';

// Odsetki ustawowe za opóźnienie (art. 481 § 2 Kodeksu cywilnego): the NBP reference rate plus
// 5.5 percentage points, changing whenever the Rada Polityki Pieniężnej changes the reference
// rate. Dated data in basis points a year; every row is [M] — check the obwieszczenie of the
// Minister of Justice and add a row for each later change.

interface Rate {
  validFrom: string;
  /** Basis points a year: 1125 = 11.25 %. */
  bp: number;
}

/** [M] Statutory interest for delay by date (reference rate + 5.5 pp). */
export const STATUTORY_INTEREST: readonly Rate[] = [
  { validFrom: '2016-01-01', bp: 700 },
  { validFrom: '2020-03-18', bp: 650 },
  { validFrom: '2020-04-09', bp: 600 },
  { validFrom: '2020-05-29', bp: 560 },
  { validFrom: '2021-10-07', bp: 600 },
  { validFrom: '2021-11-04', bp: 675 },
  { validFrom: '2021-12-09', bp: 725 },
  { validFrom: '2022-01-05', bp: 775 },
  { validFrom: '2022-02-09', bp: 825 },
  { validFrom: '2022-03-09', bp: 900 },
  { validFrom: '2022-04-07', bp: 1000 },
  { validFrom: '2022-05-06', bp: 1075 },
  { validFrom: '2022-06-09', bp: 1150 },
  { validFrom: '2022-07-08', bp: 1200 },
  { validFrom: '2022-09-08', bp: 1225 },
  { validFrom: '2023-09-07', bp: 1150 },
  { validFrom: '2023-10-05', bp: 1125 },
  { validFrom: '2025-05-08', bp: 1075 },
  { validFrom: '2025-07-03', bp: 1050 },
  { validFrom: '2025-09-04', bp: 1025 },
  { validFrom: '2025-10-09', bp: 1000 },
  { validFrom: '2025-11-06', bp: 975 },
  { validFrom: '2025-12-04', bp: 950 },
];

/** [M] Interest for a day is the yearly rate / 365, in leap years too (the common court practice). */
export const DAYS_IN_YEAR = 365;

const DAY_MS = 86_400_000;
/** The later of two ISO dates. */
function later(a: string, b: string) {
  if (a > b) return a;
  return b;
}
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY_MS;

/**
 * The numerator of the interest on `amount` for the days after `from` up to and including `to`:
 * Σ amount × bp × days over the rate periods. Kept unrounded so several stretches of one
 * claim round once.
 */
export function interestNumerator(amount: number, from: string, to: string, rates = STATUTORY_INTEREST) {
  if (amount <= 0 || to <= from) return 0;
  let total = 0;
  const first = addDays(from, 1);
  for (let i = 0; i < rates.length; i++) {
    const start = later(rates[i]!.validFrom, first);
    const next = rates[i + 1]?.validFrom;
    const end = next && next <= to ? addDays(next, -1) : to;
    if (start > end) continue;
    total += amount * rates[i]!.bp * (dayNumber(end) - dayNumber(start) + 1);
  }
  return total;
}

/** Grosze of interest for a numerator of interestNumerator, half up. */
export const interestGrosze = (numerator: number) => divideHalfUp(numerator, 10_000 * DAYS_IN_YEAR);

/**
 * Art. 27 ust. 1 uFA: the debtor owes what the fund paid with statutory interest for delay; it
 * runs from the day after the benefit was paid to the day of repayment, that day counted
 * [M: the first day — art. 23 ust. 7 counts undue benefits from the next month instead].
 */
export function statutoryInterest(amount: number, paidOn: string, until: string, rates = STATUTORY_INTEREST) {
  return interestGrosze(interestNumerator(amount, paidOn, until, rates));
}
