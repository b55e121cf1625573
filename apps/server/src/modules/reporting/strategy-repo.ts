import type { StrategyInput } from '@ostoja/domain/reporting/strategy';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';

// SQL of strategies: the tree in four tables, read back in one query; entries per indicator and year.

export interface StrategyRow {
  id: string;
  title: string;
  resolution: string;
  adoptedOn: string | null;
  yearFrom: number;
  yearTo: number;
  mainGoal: string | null;
}

const STRATEGY_COLUMNS = `s.id, s.title, s.resolution, s.adopted_on AS "adoptedOn", s.year_from AS "yearFrom",
  s.year_to AS "yearTo", s.main_goal AS "mainGoal"`;

export async function listStrategies(q: Queryable) {
  return rowsOf<StrategyRow>(
    q,
    `SELECT ${STRATEGY_COLUMNS} FROM strategy s ORDER BY s.year_from DESC, s.title`,
  );
}

export async function findStrategy(q: Queryable, id: string) {
  return rowOf<StrategyRow>(q, `SELECT ${STRATEGY_COLUMNS} FROM strategy s WHERE s.id = $1`, [id]);
}

/** Inserts a whole strategy, level by level (one INSERT … SELECT unnest per level). */
export async function insertStrategy(q: Queryable, s: z.output<typeof StrategyInput>, by: string | null) {
  const id = (
    await q.query<{ id: string }>(
      `INSERT INTO strategy (title, resolution, adopted_on, year_from, year_to, main_goal, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [s.title, s.resolution, s.adoptedOn ?? null, s.yearFrom, s.yearTo, s.mainGoal ?? null, by],
    )
  ).rows[0]!.id;
  const level = async (
    table: string,
    parentCol: string,
    rows: { parent: string; pos: number; title: string }[],
  ) => {
    const r = await q.query<{ id: string }>(
      `INSERT INTO ${table} (${parentCol}, position, title)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[]) RETURNING id`,
      [rows.map((x) => x.parent), rows.map((x) => x.pos), rows.map((x) => x.title)],
    );
    return r.rows.map((x) => x.id);
  };
  // INSERT … SELECT unnest returns ids in input order (one row each, no ORDER BY reshuffles).
  const goalIds = await level(
    'strategy_goal',
    'strategy_id',
    s.goals.map((g, i) => ({ parent: id, pos: i + 1, title: g.title })),
  );
  const ogs = s.goals.flatMap((g, gi) =>
    g.operationalGoals.map((o, i) => ({ o, parent: goalIds[gi]!, pos: i + 1 })),
  );
  const ogIds = await level(
    'strategy_operational_goal',
    'goal_id',
    ogs.map((x) => ({ parent: x.parent, pos: x.pos, title: x.o.title })),
  );
  const dirs = ogs.flatMap((x, oi) => x.o.directions.map((d, i) => ({ d, parent: ogIds[oi]!, pos: i + 1 })));
  const dirIds = await level(
    'strategy_direction',
    'operational_goal_id',
    dirs.map((x) => ({ parent: x.parent, pos: x.pos, title: x.d.title })),
  );
  const inds = dirs.flatMap((x, di) =>
    x.d.indicators.map((ind, i) => ({ ind, parent: dirIds[di]!, pos: i + 1 })),
  );
  const r = await q.query<{ id: string }>(
    `INSERT INTO strategy_indicator (direction_id, position, label, kind, query_key, unit, source)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) RETURNING id`,
    [
      inds.map((x) => x.parent),
      inds.map((x) => x.pos),
      inds.map((x) => x.ind.label),
      inds.map((x) => x.ind.kind),
      inds.map((x) => x.ind.queryKey ?? null),
      inds.map((x) => x.ind.unit),
      inds.map((x) => x.ind.source ?? null),
    ],
  );
  return { id, indicatorIds: r.rows.map((x) => x.id) };
}

export interface TreeRow {
  goalId: string;
  goalPos: number;
  goal: string;
  ogId: string;
  ogPos: number;
  og: string;
  dirId: string;
  dirPos: number;
  direction: string;
  indicatorId: string | null;
  label: string | null;
  kind: 'computed' | 'manual' | null;
  queryKey: string | null;
  unit: 'count' | 'grosze' | 'text' | null;
  source: string | null;
}

/** The tree as flat rows in report order (a direction without indicators still has its row). */
export async function tree(q: Queryable, strategyId: string) {
  return rowsOf<TreeRow>(
    q,
    `SELECT g.id AS "goalId", g.position AS "goalPos", g.title AS goal, o.id AS "ogId", o.position AS "ogPos",
            o.title AS og, d.id AS "dirId", d.position AS "dirPos", d.title AS direction, i.id AS "indicatorId",
            i.label, i.kind, i.query_key AS "queryKey", i.unit, i.source
       FROM strategy_goal g
       JOIN strategy_operational_goal o ON o.goal_id = g.id
       JOIN strategy_direction d ON d.operational_goal_id = o.id
       LEFT JOIN strategy_indicator i ON i.direction_id = d.id
      WHERE g.strategy_id = $1
      ORDER BY g.position, o.position, d.position, i.position`,
    [strategyId],
  );
}

export interface EntryRow {
  indicatorId: string;
  year: number;
  value: number | null;
  text: string | null;
  source: string | null;
  commentary: string | null;
  version: number;
  updatedAt: string;
}

export async function entries(q: Queryable, strategyId: string, years: number[]) {
  return rowsOf<EntryRow>(
    q,
    `SELECT e.indicator_id AS "indicatorId", e.year, e.value, e.text, e.source, e.commentary, e.version,
            e.updated_at AS "updatedAt"
       FROM strategy_indicator_entry e
       JOIN strategy_indicator i ON i.id = e.indicator_id
       JOIN strategy_direction d ON d.id = i.direction_id
       JOIN strategy_operational_goal o ON o.id = d.operational_goal_id
       JOIN strategy_goal g ON g.id = o.goal_id
      WHERE g.strategy_id = $1 AND e.year = ANY($2::int[])`,
    [strategyId, years],
  );
}

/** The indicator, if it belongs to the strategy. */
export async function findIndicator(q: Queryable, strategyId: string, indicatorId: string) {
  return rowOf<{ id: string; kind: 'computed' | 'manual'; unit: string }>(
    q,
    `SELECT i.id, i.kind, i.unit FROM strategy_indicator i
       JOIN strategy_direction d ON d.id = i.direction_id
       JOIN strategy_operational_goal o ON o.id = d.operational_goal_id
       JOIN strategy_goal g ON g.id = o.goal_id
      WHERE g.strategy_id = $1 AND i.id = $2`,
    [strategyId, indicatorId],
  );
}

/**
 * Writes an entry under optimistic locking: the first one of a year is inserted (version null
 * expected); later ones update only when the version read is still current. Null: conflict.
 */
export async function saveEntry(
  q: Queryable,
  e: { indicatorId: string; year: number; value: number | null; text: string | null; source: string | null },
  commentary: string | null,
  version: number | null,
  by: string,
) {
  const params = [e.indicatorId, e.year, e.value, e.text, e.source, commentary, by];
  const r =
    version === null
      ? await q.query<{ version: number }>(
          `INSERT INTO strategy_indicator_entry (indicator_id, year, value, text, source, commentary, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (indicator_id, year) DO NOTHING RETURNING version`,
          params,
        )
      : await q.query<{ version: number }>(
          `UPDATE strategy_indicator_entry SET value = $3, text = $4, source = $5, commentary = $6, updated_by = $7,
                  updated_at = now(), version = version + 1
            WHERE indicator_id = $1 AND year = $2 AND version = $8 RETURNING version`,
          [...params, version],
        );
  return r.rows[0]?.version ?? null;
}
