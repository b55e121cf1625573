import { isPublicHoliday } from '../calendar/working-days.ts';
import { isOpenAt, type OpeningHours } from '../org/address.ts';

/** The centre's local date, ISO weekday (Mon = 1) and time, whatever the server's time zone. */
export function warsawClock(now: Date): { date: string; day: number; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Warsaw',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, day, time: `${parts.hour}:${parts.minute}` };
}

/** Open at this moment: within the weekly hours and not on a public holiday (offices close then). */
export function isOpenNow(hours: OpeningHours, now: Date): boolean {
  const c = warsawClock(now);
  return !isPublicHoliday(c.date) && isOpenAt(hours, c.day, c.time);
}
