/** Today's date in Poland (YYYY-MM-DD): deadlines are counted in the centre's calendar, not UTC. */
export function todayInPoland(now: Date = new Date()): string {
  return warsawDay.format(now);
}
// Made once: constructing a formatter costs far more than formatting with it.
const warsawDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' });

/** "12.03.2026" as dates are written in Polish letters. */
export function polishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
