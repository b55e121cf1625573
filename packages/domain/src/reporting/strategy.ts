import { z } from 'zod';
import { isoDate, optionalText, trimmed, version } from '../shared/validation.ts';
import { INDICATOR_QUERY_KEYS } from './indicators.ts';

// The municipal strategy for solving social problems (art. 17 ust. 1 pkt 1 ups) as data:
// strategic goals → operational goals → directions of action → indicators, as the yearly
// report to the city council lays them out (seed 002: Pruszków 2023–2029).

export const INDICATOR_KINDS = ['computed', 'manual'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const INDICATOR_UNITS = ['count', 'grosze', 'text'] as const;

export const IndicatorInput = z
  .object({
    label: trimmed(500),
    kind: z.enum(INDICATOR_KINDS),
    /** For `computed`: a key of the registry of indicator queries. */
    queryKey: z.enum(INDICATOR_QUERY_KEYS as [string, ...string[]]).nullish(),
    /** `text`: a narrative indicator without a number (only for `manual`). */
    unit: z.enum(INDICATOR_UNITS).default('count'),
    /** For `manual`: who supplies the figure (a partner, a section, a register kept on paper). */
    source: optionalText(500),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'computed' && !d.queryKey)
      ctx.addIssue({ code: 'custom', path: ['queryKey'], message: 'validation.required' });
    if (d.kind === 'manual' && d.queryKey)
      ctx.addIssue({ code: 'custom', path: ['queryKey'], message: 'validation.reporting.queryKeyManual' });
    if (d.kind === 'manual' && !d.source)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'validation.reporting.sourceRequired' });
    if (d.kind === 'computed' && d.unit === 'text')
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'validation.invalidOption' });
  });
export type IndicatorInput = z.input<typeof IndicatorInput>;

export const DirectionInput = z.object({
  title: trimmed(500),
  indicators: z.array(IndicatorInput).max(30).default([]),
});
export const OperationalGoalInput = z.object({
  title: trimmed(500),
  directions: z.array(DirectionInput).min(1).max(30),
});
export const StrategicGoalInput = z.object({
  title: trimmed(500),
  operationalGoals: z.array(OperationalGoalInput).min(1).max(30),
});

export const StrategyInput = z
  .object({
    title: trimmed(300),
    resolution: trimmed(300),
    adoptedOn: isoDate.nullish(),
    yearFrom: z.number().int().min(2000).max(2100),
    yearTo: z.number().int().min(2000).max(2100),
    mainGoal: optionalText(2000),
    goals: z.array(StrategicGoalInput).min(1).max(20),
  })
  .superRefine((d, ctx) => {
    if (d.yearTo < d.yearFrom)
      ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'validation.reporting.yearOrder' });
  });
export type StrategyInput = z.input<typeof StrategyInput>;

/** A row of the yearly report as the centre fills it in: a hand-entered value, its source, a comment. */
export const EntryInput = z.object({
  /** Hand-entered number (count, or grosze for money); ignored for computed indicators. */
  value: z.number().int().min(0).max(1e15).nullish(),
  text: optionalText(4000),
  source: optionalText(500),
  commentary: optionalText(4000),
  /** The version read; null for the first entry of the year. */
  version: version.nullish(),
});
export type EntryInput = z.input<typeof EntryInput>;

export interface Comparison {
  value: number | null;
  previous: number | null;
  change: number | null;
  /** Percent change, one decimal; null when there is no base to compare with. */
  changePercent: number | null;
}

/** This year against the previous one. */
export function compare(value: number | null, previous: number | null): Comparison {
  if (value === null || previous === null) return { value, previous, change: null, changePercent: null };
  const change = value - previous;
  const changePercent = previous === 0 ? null : Math.round((change / previous) * 1000) / 10;
  return { value, previous, change, changePercent };
}

/** The years a strategy report may be asked for: the strategy's years and one before (the base). */
export function reportableYear(year: number, s: { yearFrom: number; yearTo: number }): boolean {
  return year >= s.yearFrom && year <= s.yearTo;
}
