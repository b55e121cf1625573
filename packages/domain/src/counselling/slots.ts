import { addDays, isPublicHoliday, weekday } from '../calendar/working-days.ts';
import { fromMinutes, type Mode, toMinutes } from './specialist.ts';

// Free slots are computed, never stored: weekly duty hours, minus public holidays, minus
// absences, plus extra sessions. Only a booking is a row, so a change of duty hours shows at
// once and a slot cannot drift from the schedule it came from.

export interface SessionPlace {
  mode: Mode;
  officeId: string | null;
  room: string | null;
  phone: string | null;
}

export interface Duty extends SessionPlace {
  specialistId: string;
  weekday: number; // ISO: Monday = 1 … Sunday = 7
  start: string;
  end: string;
  slotMinutes: number;
  validFrom: string;
  validTo: string | null;
  months: number[] | null;
}

export interface DutyException {
  specialistId: string | null;
  date: string;
  kind: 'absence' | 'extra';
  start: string | null;
  end: string | null;
  /** For an extra session only. */
  slotMinutes?: number | null;
  mode?: Mode | null;
  officeId?: string | null;
  room?: string | null;
  phone?: string | null;
}

export interface Slot extends SessionPlace {
  specialistId: string;
  date: string;
  start: string;
  end: string;
}

export const isoWeekday = (date: string) => weekday(date) || 7;

/** The days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

function cut(
  specialistId: string,
  date: string,
  s: Omit<Duty, 'specialistId' | 'weekday' | 'validFrom' | 'validTo' | 'months'>,
): Slot[] {
  const out: Slot[] = [];
  const end = toMinutes(s.end);
  for (let m = toMinutes(s.start); m + s.slotMinutes <= end; m += s.slotMinutes)
    out.push({
      specialistId,
      date,
      start: fromMinutes(m),
      end: fromMinutes(m + s.slotMinutes),
      mode: s.mode,
      officeId: s.officeId ?? null,
      room: s.room ?? null,
      phone: s.phone ?? null,
    });
  return out;
}

const appliesOn = (d: Duty, date: string) =>
  d.weekday === isoWeekday(date) &&
  d.validFrom <= date &&
  (d.validTo === null || date <= d.validTo) &&
  (!d.months || d.months.includes(Number(date.slice(5, 7))));

const blocks = (a: DutyException, s: Slot) =>
  a.kind === 'absence' &&
  a.date === s.date &&
  (a.specialistId === null || a.specialistId === s.specialistId) &&
  (a.start === null ||
    a.end === null ||
    (toMinutes(a.start) < toMinutes(s.end) && toMinutes(s.start) < toMinutes(a.end)));

/**
 * Every slot from `from` to `to` (inclusive), ordered by date, time and specialist. No slot on a
 * public holiday (ustawa o dniach wolnych od pracy, see working-days.ts), none that overlaps an
 * absence; when two duty rows overlap, a start time is offered once.
 */
export function generateSlots(duties: Duty[], exceptions: DutyException[], from: string, to: string): Slot[] {
  const slots: Slot[] = [];
  const seen = new Set<string>();
  for (const date of daysBetween(from, to)) {
    if (isPublicHoliday(date)) continue;
    const today: Slot[] = [];
    for (const d of duties) if (appliesOn(d, date)) today.push(...cut(d.specialistId, date, d));
    for (const e of exceptions)
      if (
        e.kind === 'extra' &&
        e.date === date &&
        e.specialistId &&
        e.start &&
        e.end &&
        e.slotMinutes &&
        e.mode
      )
        today.push(
          ...cut(e.specialistId, date, {
            start: e.start,
            end: e.end,
            slotMinutes: e.slotMinutes,
            mode: e.mode,
            officeId: e.officeId ?? null,
            room: e.room ?? null,
            phone: e.phone ?? null,
          }),
        );
    for (const s of today) {
      const key = `${s.specialistId}|${s.start}`;
      if (seen.has(`${date}|${key}`) || exceptions.some((a) => blocks(a, s))) continue;
      seen.add(`${date}|${key}`);
      slots.push(s);
    }
  }
  return slots.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.start.localeCompare(b.start) ||
      a.specialistId.localeCompare(b.specialistId),
  );
}

/** Whether a slot has not begun at this local moment (date and "HH:MM" in Europe/Warsaw). */
export const isAhead = (s: Pick<Slot, 'date' | 'start'>, now: { date: string; time: string }) =>
  s.date > now.date || (s.date === now.date && s.start > now.time);
