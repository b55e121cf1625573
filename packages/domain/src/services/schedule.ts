import { z } from 'zod';
import { addDays, weekday } from '../calendar/working-days.ts';
import { Month } from '../records/records.ts';
import { cursorPage } from '../shared/response.ts';
import { isoDate, optionalText, text } from '../shared/validation.ts';
import { CARE_TASKS, PROVIDERS } from './care-service.ts';

// Carers' schedules (art. 50 ups, issue 16 item 3): carers, the weekly plan of visits, the hours
// delivered per visit and missed visits with a reason; conflicts and planned-against-delivered.

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.schedule.clock');
/** Hours of one visit, to the hundredth (a provider's CSV has 1.25 or 0.75). */
const visitHours = z
  .number()
  .min(0, 'validation.services.hoursPositive')
  .max(24, 'validation.services.hoursPerDayMax')
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, 'validation.schedule.hundredths');

export const CreateCarer = z
  .strictObject({
    fullName: text(200).pipe(z.string().min(1, 'validation.required')),
    /** own: the centre's carer; contracted: employed by the provider named. */
    employer: z.enum(PROVIDERS),
    providerName: optionalText(200),
    /** The carer's login, when they have one: it shows them their clients. */
    staffUserId: z.uuid().nullable().default(null),
  })
  .superRefine((d, ctx) => {
    if (d.employer === 'contracted' && !d.providerName)
      ctx.addIssue({ code: 'custom', path: ['providerName'], message: 'validation.required' });
  });
export type CreateCarer = z.input<typeof CreateCarer>;

export const Carer = z.object({
  id: z.uuid(),
  fullName: z.string(),
  employer: z.enum(PROVIDERS),
  providerName: z.string().nullable(),
  staffUserId: z.uuid().nullable(),
});
export type Carer = z.input<typeof Carer>;
export const CarerPage = cursorPage(Carer);

/** A staff account with the carer role, for the carer form's choice; `carerName` when already linked. */
export const CarerLogin = z.object({
  id: z.uuid(),
  fullName: z.string(),
  login: z.string(),
  carerName: z.string().nullable(),
});
export type CarerLogin = z.input<typeof CarerLogin>;
export const CarerLoginPage = cursorPage(CarerLogin);
export type CarerLoginPage = z.input<typeof CarerLoginPage>;

/** One weekly slot: the carer visits the client on a weekday (1 Monday … 7 Sunday) from–to. */
export const CreatePlanEntry = z
  .strictObject({
    careServiceId: z.uuid(),
    carerId: z.uuid(),
    weekday: z.number().int().min(1).max(7),
    startsAt: clock,
    endsAt: clock,
  })
  .superRefine((d, ctx) => {
    if (d.endsAt <= d.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.schedule.endBeforeStart' });
  });
export type CreatePlanEntry = z.input<typeof CreatePlanEntry>;

export const PlanEntry = z.object({
  id: z.uuid(),
  careServiceId: z.uuid(),
  carerId: z.uuid(),
  carerName: z.string(),
  weekday: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  hours: z.number(),
});
export type PlanEntry = z.input<typeof PlanEntry>;

export const MISSED_REASONS = [
  'clientAbsent',
  'clientInHospital',
  'clientRefused',
  'carerIll',
  'other',
] as const;

/** A visit: delivered with its hours, or missed with a reason (no hours). */
export const CreateVisit = z
  .strictObject({
    careServiceId: z.uuid(),
    carerId: z.uuid(),
    visitOn: isoDate,
    startsAt: clock,
    hours: visitHours,
    missedReason: z.enum(MISSED_REASONS).nullable().default(null),
    note: optionalText(500),
  })
  .superRefine((d, ctx) => {
    if (d.missedReason === null && d.hours === 0)
      ctx.addIssue({ code: 'custom', path: ['hours'], message: 'validation.services.hoursPositive' });
    if (d.missedReason !== null && d.hours !== 0)
      ctx.addIssue({ code: 'custom', path: ['hours'], message: 'validation.schedule.missedNoHours' });
  });
export type CreateVisit = z.input<typeof CreateVisit>;

export const Visit = z.object({
  id: z.uuid(),
  careServiceId: z.uuid(),
  carerId: z.uuid(),
  carerName: z.string(),
  visitOn: isoDate,
  startsAt: z.string(),
  hours: z.number(),
  missedReason: z.enum(MISSED_REASONS).nullable(),
  note: z.string().nullable(),
  source: z.enum(['coordinator', 'providerCsv']),
});
export type Visit = z.input<typeof Visit>;

/** The schedule of one decision: its weekly plan and the visits of a month. */
export const DecisionSchedule = z.object({
  careServiceId: z.uuid(),
  month: Month,
  plan: z.array(PlanEntry),
  visits: z.array(Visit),
});
export type DecisionSchedule = z.input<typeof DecisionSchedule>;
export const ScheduleQuery = z.object({ month: Month });

export const ImportVisits = z.strictObject({ csv: z.string().max(1_000_000) });
export const ImportResult = z.object({ imported: z.number().int() });

/** A carer in two places at once: two plan slots on one weekday, or two visits on one day, that overlap. */
export const Conflict = z.object({
  carerId: z.uuid(),
  carerName: z.string(),
  /** The weekday of the plan (1–7), or the date of the visits. */
  weekday: z.number().int().nullable(),
  date: isoDate.nullable(),
  first: z.object({ careServiceId: z.uuid(), client: z.string(), startsAt: z.string(), endsAt: z.string() }),
  second: z.object({ careServiceId: z.uuid(), client: z.string(), startsAt: z.string(), endsAt: z.string() }),
});
export const ConflictReport = z.object({ month: Month, items: z.array(Conflict) });
export type ConflictReport = z.input<typeof ConflictReport>;

/** Hours planned against delivered for a client in a month. */
export const HoursRow = z.object({
  careServiceId: z.uuid(),
  number: z.string(),
  personId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  plannedHours: z.number(),
  deliveredHours: z.number(),
  missedVisits: z.number().int(),
  differenceHours: z.number(),
});
export const HoursReport = z.object({ month: Month, items: z.array(HoursRow) });
export type HoursReport = z.input<typeof HoursReport>;

/** What a carer sees of a client: the address and the tasks, never income or the fee. */
export const CarerClient = z.object({
  careServiceId: z.uuid(),
  firstName: z.string(),
  surname: z.string(),
  address: z.string(),
  tasks: z.array(z.enum(CARE_TASKS)),
  periodFrom: isoDate,
  periodTo: isoDate,
  plan: z.array(z.object({ weekday: z.number().int(), startsAt: z.string(), endsAt: z.string() })),
});
export const CarerClients = z.object({ items: z.array(CarerClient) });
export type CarerClients = z.input<typeof CarerClients>;

// --- pure rules -------------------------------------------------------------------------------

/** "08:30" → 510 minutes after midnight. */
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const clockOf = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
/** The end of a visit of `hours` starting at `startsAt` (past midnight it wraps). */
export const endOf = (startsAt: string, hours: number) =>
  clockOf(minutesOf(startsAt) + Math.round(hours * 60));
/** Hours between two clock times of one day. */
export const hoursBetween = (from: string, to: string) => (minutesOf(to) - minutesOf(from)) / 60;
/** Hours as integer hundredths, so sums are exact: 1.25 → 125. */
export const centiHours = (h: number) => Math.round(h * 100);

export interface Slot {
  id: string;
  carerId: string;
  key: number | string;
  startsAt: string;
  endsAt: string;
}

/** Pairs of slots of one carer on one day (or weekday) that overlap; touching ends do not. */
export function overlaps<T extends Slot>(slots: readonly T[]): [T, T][] {
  const out: [T, T][] = [];
  const sorted = [...slots].sort(
    (a, b) =>
      a.carerId.localeCompare(b.carerId) ||
      String(a.key).localeCompare(String(b.key)) ||
      a.startsAt.localeCompare(b.startsAt),
  );
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.carerId !== b.carerId || a.key !== b.key) break;
      if (b.startsAt < a.endsAt) out.push([a, b]);
    }
  return out;
}

/** ISO weekday 1 (Monday) … 7 (Sunday). */
export const isoWeekday = (date: string) => weekday(date) || 7;

/**
 * Hours the weekly plan gives a client in a month: each slot once for every day of its weekday
 * that falls both in the month and in the decision's period.
 */
export function plannedHours(
  plan: readonly { weekday: number; startsAt: string; endsAt: string }[],
  month: string,
  period: { from: string; to: string },
): number {
  let centi = 0;
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) {
    if (day < period.from || day > period.to) continue;
    for (const s of plan)
      if (s.weekday === isoWeekday(day)) centi += centiHours(hoursBetween(s.startsAt, s.endsAt));
  }
  return centi / 100;
}
