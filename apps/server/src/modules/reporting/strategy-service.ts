import { t } from '@ostoja/domain/i18n/index';
import {
  type Comparison,
  compare,
  type EntryInput,
  type StrategyInput,
} from '@ostoja/domain/reporting/strategy';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { computeIndicators } from './indicator-repo.ts';
import * as repo from './strategy-repo.ts';

// Use cases of strategies: define one, read its tree, produce the yearly report with the
// previous year beside it, and keep the hand-entered figures and commentary per row.

export interface ReportRow extends Comparison {
  id: string;
  label: string;
  kind: 'computed' | 'manual';
  queryKey: string | null;
  unit: 'count' | 'grosze' | 'text';
  /** Narrative indicators (unit text), and any remark entered with a number. */
  text: string | null;
  source: string;
  commentary: string | null;
  /** Version of this year's entry, for the next save; null before the first. */
  version: number | null;
  /** The figure is not for this reader (Niebieska Karta counts without `blueCard.statistics`). */
  restricted: boolean;
}

/** A strategic goal with its operational goals, directions and the items of each direction. */
export interface GoalTree<T> {
  position: number;
  title: string;
  operationalGoals: {
    position: number;
    title: string;
    directions: { position: number; title: string; indicators: T[] }[];
  }[];
}

export interface StrategyReport {
  strategy: repo.StrategyRow;
  year: number;
  previousYear: number;
  goals: GoalTree<ReportRow>[];
}

export async function createStrategy(ctx: StaffContext, input: z.output<typeof StrategyInput>) {
  const { id } = await repo.insertStrategy(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'strategy', entityId: id, details: { title: input.title } });
  return getStrategy(ctx, id);
}

export async function listStrategies(ctx: StaffContext) {
  return { items: await repo.listStrategies(ctx.q) };
}

async function load(ctx: StaffContext, id: string) {
  const s = await repo.findStrategy(ctx.q, id);
  if (!s) throw notFound();
  return s;
}

/** Nests flat rows goal → operational goal → direction → item. */
function nest<T>(rows: repo.TreeRow[], item: (r: repo.TreeRow) => T | null) {
  const goals: GoalTree<T>[] = [];
  for (const r of rows) {
    if (goals.at(-1)?.position !== r.goalPos)
      goals.push({ position: r.goalPos, title: r.goal, operationalGoals: [] });
    const g = goals.at(-1)!;
    if (g.operationalGoals.at(-1)?.position !== r.ogPos)
      g.operationalGoals.push({ position: r.ogPos, title: r.og, directions: [] });
    const o = g.operationalGoals.at(-1)!;
    if (o.directions.at(-1)?.position !== r.dirPos)
      o.directions.push({ position: r.dirPos, title: r.direction, indicators: [] });
    const d = o.directions.at(-1)!;
    const x = item(r);
    if (x) d.indicators.push(x);
  }
  return goals;
}

export async function getStrategy(ctx: StaffContext, id: string) {
  const strategy = await load(ctx, id);
  const rows = await repo.tree(ctx.q, id);
  return {
    ...strategy,
    goals: nest(rows, (r) =>
      r.indicatorId
        ? {
            id: r.indicatorId,
            label: r.label!,
            kind: r.kind!,
            queryKey: r.queryKey,
            unit: r.unit!,
            source: r.source,
          }
        : null,
    ),
  };
}

/** The yearly report: computed values from the data, hand-entered ones from the entries, both years. */
export async function report(ctx: StaffContext, id: string, year: number): Promise<StrategyReport> {
  const strategy = await load(ctx, id);
  if (year < strategy.yearFrom || year > strategy.yearTo)
    throw new AppError(400, 'yearOutsideStrategy', 'error.reporting.yearOutsideStrategy', [
      { path: 'year', message: 'error.reporting.yearOutsideStrategy' },
    ]);
  const rows = await repo.tree(ctx.q, id);
  const keys = [...new Set(rows.filter((r) => r.queryKey).map((r) => r.queryKey!))];
  const [now, before] = [
    await computeIndicators(ctx, keys, year),
    await computeIndicators(ctx, keys, year - 1),
  ];
  const entries = await repo.entries(ctx.q, id, [year, year - 1]);
  const entry = (indicatorId: string, y: number) =>
    entries.find((e) => e.indicatorId === indicatorId && e.year === y);
  const computedSource = t(ctx.locale, 'reporting.source.computed');
  const goals = nest<ReportRow>(rows, (r) => {
    if (!r.indicatorId) return null;
    const e = entry(r.indicatorId, year);
    const prev = entry(r.indicatorId, year - 1);
    const computed = r.kind === 'computed';
    const v = computed ? now.get(r.queryKey!) : undefined;
    const p = computed ? before.get(r.queryKey!) : undefined;
    const value = computed ? (v?.value ?? null) : r.unit === 'text' ? null : (e?.value ?? null);
    const previous = computed ? (p?.value ?? null) : r.unit === 'text' ? null : (prev?.value ?? null);
    return {
      id: r.indicatorId,
      label: r.label!,
      kind: r.kind!,
      queryKey: r.queryKey,
      unit: r.unit!,
      ...compare(value, previous),
      text: e?.text ?? null,
      source: e?.source ?? r.source ?? computedSource,
      commentary: e?.commentary ?? null,
      version: e?.version ?? null,
      restricted: Boolean(v?.restricted),
    };
  });
  await ctx.audit({ action: 'read', entity: 'strategyReport', entityId: id, details: { year } });
  return { strategy, year, previousYear: year - 1, goals };
}

/** Saves this year's row: a hand-entered value (manual indicators only), text, source, commentary. */
export async function saveEntry(
  ctx: StaffContext,
  id: string,
  indicatorId: string,
  year: number,
  input: z.output<typeof EntryInput>,
) {
  const strategy = await load(ctx, id);
  if (year < strategy.yearFrom || year > strategy.yearTo)
    throw fieldError('year', 'error.reporting.yearOutsideStrategy');
  const ind = await repo.findIndicator(ctx.q, id, indicatorId);
  if (!ind) throw notFound();
  if (ind.kind === 'computed' && input.value != null)
    throw fieldError('value', 'validation.reporting.queryKeyManual');
  const version = await repo.saveEntry(
    ctx.q,
    {
      indicatorId,
      year,
      value: ind.kind === 'manual' && ind.unit !== 'text' ? (input.value ?? null) : null,
      text: input.text ?? null,
      source: input.source ?? null,
    },
    input.commentary ?? null,
    input.version ?? null,
    ctx.actor.id,
  );
  if (version === null) throw versionConflict();
  await ctx.audit({
    action: 'update',
    entity: 'strategyIndicatorEntry',
    entityId: indicatorId,
    details: { year, value: input.value ?? null, version },
  });
  return { indicatorId, year, version };
}
