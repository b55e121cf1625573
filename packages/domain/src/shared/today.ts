/** Today's date in Poland (YYYY-MM-DD): deadlines are counted in the centre's calendar, not UTC. */
export function todayInPoland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(now);
}

/** "12.03.2026" as dates are written in Polish letters. */
export function polishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
