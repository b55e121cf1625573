import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { addDays, isPublicHoliday, weekday } from '../calendar/working-days.ts';
import { centres } from '../i18n/centres.ts';
import { registerMessages } from '../i18n/index.ts';
import type { OpeningHours } from '../org/address.ts';
import { type FeeRuleTable, feeOfCost, type IncomeFacts, incomeBand } from '../services/fee.ts';
import { divideHalfUp } from '../shared/money.ts';

// Whoever renders a fee's steps needs their messages, whether or not it loaded the package index.
registerMessages(centres);

// Pure rules of the support centres: the fee for a day, the waiting list, the open days and the
// month's figures. No I/O.

const FEE_ART = 'art. 97 ust. 1 i 5 ustawy o pomocy społecznej';

/** Household income per art. 8 (grosze) and its persons (1 = osoba samotnie gospodarująca), the criteria. */
export type DayFeeFacts = IncomeFacts;

export interface DayFee {
  dayCostGrosze: number;
  feePct: number;
  dailyFeeGrosze: number;
  steps: ExplanationStep[];
}

// Art. 97 ust. 1 and 5 ups: a person in a support centre pays only when the income exceeds the
// criterion, then the share of the day's cost the council's resolution sets for the income band.
export function dayFee(table: FeeRuleTable, f: DayFeeFacts): DayFee | null {
  const cost = table.hourlyCosts.find((c) => c.serviceKind === 'dayCareHome');
  if (!cost) return null;
  const r = incomeBand(table.bands, f);
  const { single, criterion } = r;
  const ratio = r.incomeRatioPct;
  const overCriterion = f.income > r.householdCriterion;
  const band = overCriterion ? r.band : null;
  const feePct = band ? r.feePct : 0;
  const fee = feeOfCost(cost.costGrosze, feePct);
  const steps = [
    step(FEE_ART, 'centres.step.table', { number: table.number, validFrom: table.validFrom }),
    step(FEE_ART, 'centres.step.cost', { cost: money(cost.costGrosze) }),
    step(FEE_ART, single ? 'centres.step.ratioSingle' : 'centres.step.ratioFamily', {
      income: money(f.income),
      size: f.size,
      criterion: money(criterion),
      ratio,
    }),
    band
      ? step(FEE_ART, 'centres.step.band', {
          over: band.overPct,
          upTo: band.upToPct === null ? '∞' : band.upToPct,
          pct: String(feePct),
          fee: money(fee),
        })
      : step(FEE_ART, overCriterion ? 'centres.step.freeBand' : 'centres.step.free'),
  ];
  return { dayCostGrosze: cost.costGrosze, feePct, dailyFeeGrosze: fee, steps };
}

/** A month's fee: the day's fee for each day present (absence costs nothing). */
export const monthFee = (dailyFeeGrosze: number, daysPresent: number) => dailyFeeGrosze * daysPresent;

interface Queued {
  id: string;
  queuedAt: string;
}

/** First come, first served: the waiting list in the order the requests were recorded. */
export function waitingOrder<T extends Queued>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

/**
 * Who gets a free place: while the enrolled and those already offered a place leave one free, the
 * first on the list not yet offered one. Null when the place is full or nobody waits.
 */
export function nextOffer<T extends Queued>(
  capacity: number,
  taken: number,
  waiting: readonly T[],
): T | null {
  if (taken >= capacity) return null;
  return waitingOrder(waiting)[0] ?? null;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering of opening hours). */
export const isoWeekday = (day: string) => weekday(day) || 7;

/** Whether the place opens on a day: its hours name the weekday and the day is no public holiday. */
export const opensOn = (hours: OpeningHours, day: string) =>
  !isPublicHoliday(day) && hours.some((h) => h.day === isoWeekday(day));

/** The days of a month (YYYY-MM) the place opens. */
export function openDays(hours: OpeningHours, month: string): string[] {
  const out: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) if (opensOn(hours, d)) out.push(d);
  return out;
}

export interface MonthFigures {
  averageDaily: number;
  occupancyPct: number;
  costPerPlaceGrosze: number;
  costPerAttendanceDayGrosze: number | null;
}

/**
 * The month's figures of a place: the average present a day over its open days, that against its
 * places, and what it cost per place and per day of attendance (half up to the grosz).
 */
export function monthFigures(m: {
  capacity: number;
  openDays: number;
  attendanceDays: number;
  monthlyCostGrosze: number;
}): MonthFigures {
  const averageDaily = m.openDays ? divideHalfUp(m.attendanceDays * 100, m.openDays) / 100 : 0;
  return {
    averageDaily,
    occupancyPct: m.openDays ? divideHalfUp(m.attendanceDays * 10_000, m.openDays * m.capacity) / 100 : 0,
    costPerPlaceGrosze: divideHalfUp(m.monthlyCostGrosze, m.capacity),
    costPerAttendanceDayGrosze: m.attendanceDays ? divideHalfUp(m.monthlyCostGrosze, m.attendanceDays) : null,
  };
}
