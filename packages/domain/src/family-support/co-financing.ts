// The gmina's share of the cost of foster care (art. 191 ust. 9 uwr): pure rules, no I/O.

/**
 * The shares by year of care and how a month split by an anniversary is prorated. The percentages
 * are in the act (domain-reference §3); the proration is not settled there [M], so both are data
 * (table foster_cofinancing_rate, valid from a date).
 */
export interface CoFinancingRates {
  validFrom: string;
  firstYearPct: number;
  secondYearPct: number;
  laterYearsPct: number;
  /** `daily`: each day in care in the month weighs its own year's percentage; `monthStart`: the
   * whole month takes the year the first day in care of that month falls in. [M] */
  proration: 'daily' | 'monthStart';
}

export const STATUTORY_RATES: CoFinancingRates = {
  validFrom: '2012-01-01',
  firstYearPct: 10,
  secondYearPct: 30,
  laterYearsPct: 50,
  proration: 'daily',
};

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/**
 * Art. 191 ust. 9 uwr: the year of care a day falls in, counted from the placement (1 = first).
 * A year ends the day before the anniversary; a 29 February placement has its anniversary on 1 March.
 */
export function yearOfCare(placedOn: string, day: string): number {
  const [py, pm, pd] = parts(placedOn);
  const [y, m, d] = parts(day);
  let full = y - py;
  if (m < pm || (m === pm && d < pd)) full -= 1;
  return full + 1;
}

/** Art. 191 ust. 9 uwr: 10 % in the first year, 30 % in the second, 50 % in the third and later. */
export function sharePct(rates: CoFinancingRates, year: number): number {
  if (year <= 1) return rates.firstYearPct;
  if (year === 2) return rates.secondYearPct;
  return rates.laterYearsPct;
}

const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Days of `month` (YYYY-MM) the child was in care, between the placement and its end (inclusive). */
export function daysInCare(month: string, placedOn: string, endedOn: string | null): string[] {
  const [y, m] = parts(`${month}-01`);
  const first = Date.UTC(y, m - 1, 1);
  const last = Date.UTC(y, m, 0);
  const from = Math.max(first, Date.parse(placedOn));
  const to = endedOn ? Math.min(last, Date.parse(endedOn)) : last;
  const days: string[] = [];
  for (let t = from; t <= to; t += DAY) days.push(isoOf(t));
  return days;
}

/** Integer division rounded half up (amounts are non-negative grosze). */
const divRound = (num: number, den: number) => Math.floor((2 * num + den) / (2 * den));

export interface MonthShare {
  /** The gmina's share of the month's cost, grosze. */
  shareGrosze: number;
  /** Days in care at each percentage, e.g. {30: 14, 50: 17}. */
  daysByPct: Record<number, number>;
}

/**
 * Art. 191 ust. 9 uwr: the gmina's share of one month's cost of a child's care. With `daily`
 * proration [M] the month's cost is spread evenly over the days in care that month, each day takes
 * the percentage of its year of care, and the sum is rounded once, half up, to the grosz:
 * share = cost × Σ pct(day) / (100 × days in care).
 */
export function monthlyShare(
  costGrosze: number,
  month: string,
  placedOn: string,
  endedOn: string | null,
  rates: CoFinancingRates,
): MonthShare {
  const days = daysInCare(month, placedOn, endedOn);
  if (days.length === 0) return { shareGrosze: 0, daysByPct: {} };
  const pctOf = (d: string) => sharePct(rates, yearOfCare(placedOn, d));
  const weights = rates.proration === 'daily' ? days.map(pctOf) : days.map(() => pctOf(days[0]!));
  const daysByPct: Record<number, number> = {};
  for (const w of weights) daysByPct[w] = (daysByPct[w] ?? 0) + 1;
  const sum = weights.reduce((a, b) => a + b, 0);
  return { shareGrosze: divRound(costGrosze * sum, 100 * days.length), daysByPct };
}

/** The rates valid on a day: the latest period that started on or before it. */
export function ratesOn(periods: readonly CoFinancingRates[], day: string): CoFinancingRates {
  const valid = periods
    .filter((p) => p.validFrom <= day)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1));
  return valid[0] ?? STATUTORY_RATES;
}

/** A note checked against the rule: the difference the powiat charged over (+) or under (−) it. */
export function checkNote(chargedGrosze: number, expectedGrosze: number) {
  const differenceGrosze = chargedGrosze - expectedGrosze;
  return { differenceGrosze, discrepancy: differenceGrosze !== 0 };
}
