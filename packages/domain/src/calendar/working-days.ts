// Working days and KPA time limits. Dates are ISO strings (YYYY-MM-DD) handled as UTC calendar
// days, so the server's time zone never shifts a deadline.

const DAY_MS = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number) => fromTime(Date.UTC(y, m - 1, d));

export function addDays(date: string, n: number): string {
  return fromTime(toTime(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string) => new Date(toTime(date)).getUTCDay();

/** Easter Sunday (Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

export interface PublicHoliday {
  date: string;
  name: string;
}

/**
 * Days free from work under the ustawa z 18.01.1951 o dniach wolnych od pracy (art. 1 pkt 1),
 * as amended: Trzech Króli since 2011, Wigilia since 2025 (ustawa z 6.12.2024).
 * Pentecost and Easter fall on Sundays but are listed because the act lists them.
 */
export function polishHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: ymd(year, 1, 1), name: 'Nowy Rok' },
    { date: easter, name: 'Wielkanoc' },
    { date: addDays(easter, 1), name: 'Poniedziałek Wielkanocny' },
    { date: ymd(year, 5, 1), name: 'Święto Pracy' },
    { date: ymd(year, 5, 3), name: 'Święto Narodowe Trzeciego Maja' },
    { date: addDays(easter, 49), name: 'Zielone Świątki' },
    { date: addDays(easter, 60), name: 'Boże Ciało' },
    { date: ymd(year, 8, 15), name: 'Wniebowzięcie Najświętszej Maryi Panny' },
    { date: ymd(year, 11, 1), name: 'Wszystkich Świętych' },
    { date: ymd(year, 11, 11), name: 'Narodowe Święto Niepodległości' },
    { date: ymd(year, 12, 25), name: 'Boże Narodzenie (pierwszy dzień)' },
    { date: ymd(year, 12, 26), name: 'Boże Narodzenie (drugi dzień)' },
  ];
  if (year >= 2011) list.push({ date: ymd(year, 1, 6), name: 'Święto Trzech Króli' });
  if (year >= 2025) list.push({ date: ymd(year, 12, 24), name: 'Wigilia Bożego Narodzenia' });
  return list.sort((x, y) => x.date.localeCompare(y.date));
}

const holidayCache = new Map<number, Set<string>>();
function holidaySet(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(polishHolidays(year).map((h) => h.date));
    holidayCache.set(year, set);
  }
  return set;
}

export const isPublicHoliday = (date: string) => holidaySet(Number(date.slice(0, 4))).has(date);

/** Monday to Friday and not a public holiday. */
export function isWorkingDay(date: string): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isPublicHoliday(date);
}

/** The first working day after `date` (never `date` itself). */
export function nextWorkingDay(date: string): string {
  let d = addDays(date, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * `n` working days after `date`, the day itself not counted (RWS: 14 working days, urgent: 2).
 * Negative `n` counts back.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0; ) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * KPA art. 57 § 4: a time limit whose end falls on a day free from work by statute or on a
 * Saturday ends on the next day that is neither. (The Saturday rule holds since 1.06.2017;
 * deadlines before that are not computed here.)
 */
export function kpaEndOfTerm(date: string): string {
  return isWorkingDay(date) ? date : nextWorkingDay(date);
}

/** KPA art. 57 § 1–2 and § 4: a term in days (e.g. 14 days to appeal), the starting day not counted. */
export function addDaysKpa(date: string, n: number): string {
  return kpaEndOfTerm(addDays(date, n));
}

/**
 * KPA art. 57 § 3 and § 4: a term in months ends on the day of the last month that matches the
 * starting day, or on that month's last day when there is no such day (31 Jan + 1 month =
 * 28/29 Feb); then moved off a Saturday or holiday.
 */
export function addMonthsKpa(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return kpaEndOfTerm(ymd(year, month, Math.min(d, lastDay)));
}
