/** The same day `n` months later (YYYY-MM-DD); the month's last day where it has no such day. */
export function addMonthsToDate(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const i = y * 12 + (m - 1) + n;
  const year = Math.floor(i / 12);
  const month = (i % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
