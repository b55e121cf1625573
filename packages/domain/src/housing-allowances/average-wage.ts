import { z } from 'zod';
import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { pageQuery } from '../shared/list.ts';
import { cursorPage, timestamp } from '../shared/response.ts';
import { isoDate, optionalText } from '../shared/validation.ts';

// The przeciętne miesięczne wynagrodzenie of the dodatek mieszkaniowy as data: the notices of the
// Prezes GUS the administrator enters (table average_wage_notice), the one in force on a day, and
// whether a newer one should have been published by then. Pure: the server reads the rows.

export interface Quarter {
  year: number;
  quarter: number;
}

/** The first day after the quarter: a notice about it cannot apply earlier. */
export function dayAfterQuarter(q: Quarter): string {
  const year = q.year + (q.quarter === 4 ? 1 : 0);
  const month = (q.quarter * 3) % 12;
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const index = (q: Quarter) => q.year * 4 + q.quarter - 1;
const ofIndex = (i: number): Quarter => ({ year: Math.floor(i / 4), quarter: (i % 4) + 1 });

/**
 * [M] The Prezes GUS publishes a quarter's notice in the second month after it (about the 10th; the
 * IV kw. one in February): we expect it from the 1st of the third month, so the clerk is warned only
 * when it is surely late. On 2026-12-04 the newest expected is III kw. 2026.
 */
export function expectedNoticeQuarter(date: string): Quarter {
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  // The quarter whose third month after it has begun: the last one ending at least 2 months ago.
  return ofIndex(Math.floor((months - 2) / 3) - 1);
}

/** The quarters after the notice used up to the one expected on `date`: none when it is up to date. */
export function missingQuarters(used: Quarter, date: string): Quarter[] {
  const out: Quarter[] = [];
  for (let i = index(used) + 1; i <= index(expectedNoticeQuarter(date)); i++) out.push(ofIndex(i));
  return out;
}

/** A notice as the rules need it. */
export interface WageNotice extends Quarter {
  amountGrosze: number;
  appliesFrom: string;
}

// Art. 3 ust. 3 udm [M: the paragraph]: the latest notice of the Prezes GUS in force on the day of the application.
export function noticeInForce<N extends WageNotice>(live: readonly N[], date: string): N | null {
  let best: N | null = null;
  for (const n of live)
    if (
      n.appliesFrom <= date &&
      (!best ||
        n.appliesFrom > best.appliesFrom ||
        (n.appliesFrom === best.appliesFrom && index(n) > index(best)))
    )
      best = n;
  return best;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

// Art. 3 ust. 3 udm: the explanation names the notice whose wage it used (printed on the decision).
export function wageNoticeStep(n: WageNotice): ExplanationStep {
  const [y, m, d] = n.appliesFrom.split('-');
  return step('art. 3 ust. 3 ustawy o dodatkach mieszkaniowych', 'housing.step.wageNotice', {
    q: ROMAN[n.quarter - 1] ?? String(n.quarter),
    year: n.year,
    from: `${d}.${m}.${y}`,
    wage: money(n.amountGrosze),
  });
}

/** A notice the administrator enters: a first one for its quarter, or a correction of the live one. */
export const AverageWageNoticeInput = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1, 'validation.wageNotice.quarter').max(4, 'validation.wageNotice.quarter'),
    amountGrosze: z.number().int().min(1, 'validation.wageNotice.amountPositive').max(100_000_000),
    /** The Monitor Polski reference, e.g. "M.P. 2026 poz. 150"; optional. */
    monitorPolski: optionalText(120),
    /** The publication day: the notice applies from it. */
    appliesFrom: isoDate,
    /** The live notice of the same quarter this one corrects. */
    supersedesId: z.uuid().nullish(),
  })
  .superRefine((n, ctx) => {
    if (n.quarter < 1 || n.quarter > 4 || !Number.isInteger(n.quarter)) return;
    const first = dayAfterQuarter(n);
    if (n.appliesFrom < first)
      ctx.addIssue({
        code: 'custom',
        path: ['appliesFrom'],
        message: `validation.wageNotice.beforeQuarterEnd?from=${first}`,
      });
  });
export type AverageWageNoticeInput = z.input<typeof AverageWageNoticeInput>;

export const AverageWageNotice = z.object({
  id: z.uuid(),
  year: z.number().int(),
  quarter: z.number().int(),
  amountGrosze: z.number().int(),
  monitorPolski: z.string().nullable(),
  appliesFrom: isoDate,
  supersedesId: z.uuid().nullable(),
  /** The correction that replaced it; null while it is live. */
  supersededById: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  createdAt: timestamp,
});
export type AverageWageNotice = z.input<typeof AverageWageNotice>;
export const AverageWageNoticePage = cursorPage(AverageWageNotice);
export type AverageWageNoticePage = z.input<typeof AverageWageNoticePage>;
export const AverageWageNoticeQuery = pageQuery(100, 50);

/** The notice a calculation used, and the quarters whose notices are missing on its day. */
export const WageNoticeUsed = z.object({
  id: z.uuid(),
  year: z.number().int(),
  quarter: z.number().int(),
  amountGrosze: z.number().int(),
  appliesFrom: isoDate,
  monitorPolski: z.string().nullable(),
  /** Quarters after it whose notices should have been published by the day (empty: up to date). */
  missing: z.array(z.object({ year: z.number().int(), quarter: z.number().int() })),
});
export type WageNoticeUsed = z.input<typeof WageNoticeUsed>;

/** The public question: the notice in force on a day (no login). */
export const AverageWageOnQuery = z.object({ date: isoDate });
