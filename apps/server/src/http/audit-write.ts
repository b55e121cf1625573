import { dataCategory } from '@ostoja/domain/audit/data-category';
import type { Queryable } from '../db/db.ts';
import { rowsOf } from '../db/rows.ts';
import type { Actor, AuditEntry, LoggedRead } from './context.ts';

/** Who asked and why: the request's part of every audit row it writes. */
export interface Asker {
  actor: Actor | null;
  requestId: string;
  ip: string;
  /** The route that asked (method and path pattern): the screen, report or export behind it. */
  purpose: string;
  /** The web app's screen that asked (the X-Ostoja-Purpose header), when a screen did. */
  screen: string | null;
}

const COLUMNS =
  'actor_id, actor_login, action, entity, entity_id, request_id, ip, details, persons, purpose, category, screen';
const TYPES = [
  'uuid',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'jsonb',
  'uuid[]',
  'text',
  'text',
  'text',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One audit row's values in COLUMNS order: who, what, the persons it touched, the purpose, the data's category, the screen. */
function values(e: AuditEntry, w: Asker): unknown[] {
  const who = e.actor ?? w.actor;
  const one = e.entity === 'person' && e.entityId && UUID.test(e.entityId) ? [e.entityId] : [];
  const persons = [...new Set([...one, ...(e.persons ?? [])])];
  return [
    who?.id ?? null,
    who?.login ?? null,
    e.action,
    e.entity,
    e.entityId ?? null,
    w.requestId,
    w.ip,
    e.details ?? null,
    persons.length ? persons : null,
    w.purpose,
    dataCategory(e.entity),
    w.screen,
  ];
}

/** The entries of one request in one statement (one round trip however many). */
export async function insertAudit(q: Queryable, entries: readonly AuditEntry[], w: Asker) {
  if (entries.length === 0) return;
  const rows = entries.map(
    (_, i) => `(${TYPES.map((t, j) => `$${i * TYPES.length + j + 1}::${t}`).join(', ')})`,
  );
  await q.query(
    `INSERT INTO audit_log (${COLUMNS}) VALUES ${rows.join(', ')}`,
    entries.flatMap((e) => values(e, w)),
  );
}

const COLUMN_NAME = /^\w+$/;

/**
 * One read and its audit row in one statement (a data-modifying CTE): the row is written if and
 * only if the read ran, in the same round trip, so logging adds no wait of its own (issue 21
 * item 11). The rows come back in the order the read gives them: the CTE is scanned as produced.
 */
export async function readLogged<T>(
  q: Queryable,
  text: string,
  params: readonly unknown[],
  log: LoggedRead,
  w: Asker,
): Promise<T[]> {
  const k = params.length;
  const column = log.personsColumn;
  const array = log.personsArrayColumn;
  const each = log.each;
  // The parameters: the read's, the entry's values, the `each` entry's values, the number shown.
  const $ = (i: number) => `$${k + i + 1}::${TYPES[i]}`;
  const $e = (i: number) => `$${k + TYPES.length + i + 1}::${TYPES[i]}`;
  const shown = `$${k + TYPES.length * (each ? 2 : 1) + 1}::int`;
  for (const c of [column, array, each?.column])
    if (c !== undefined && !COLUMN_NAME.test(c)) throw new Error(`Not a column name: ${c}`);
  const fromRows =
    (column ? ` || ARRAY(SELECT r."${column}"::uuid FROM rows r LIMIT ${shown})` : '') +
    (array ? ` || ARRAY(SELECT x FROM rows r, unnest(r."${array}"::uuid[]) x)` : '');
  // The entry's persons, then the shown rows', each once, in the order first met.
  const persons = `(SELECT array_agg(x ORDER BY n) FROM (
      SELECT x, min(n) AS n FROM unnest(coalesce(${$(8)}, '{}')${fromRows}) WITH ORDINALITY u(x, n)
       WHERE x IS NOT NULL GROUP BY x) d)`;
  const details = log.countAs
    ? `coalesce(${$(7)}, '{}') || jsonb_build_object('${log.countAs.replace(/\W/g, '')}', (SELECT count(*) FROM (SELECT 1 FROM rows LIMIT ${shown}) c))`
    : $(7);
  const select = TYPES.map((_, i) => (i === 8 ? persons : i === 7 ? details : $(i))).join(', ');
  // One more entry for each id of the `each` column: that person read.
  const eachSelect = each
    ? ` UNION ALL SELECT ${TYPES.map((_, i) => (i === 4 ? `coalesce(${$e(4)}, x::text)` : i === 8 ? `coalesce(${$e(8)}, '{}') || x` : $e(i))).join(', ')}
          FROM rows r, unnest(r."${each.column}"::uuid[]) x`
    : '';
  return rowsOf<T>(
    q,
    `WITH rows AS (${text}),
     logged AS (INSERT INTO audit_log (${COLUMNS}) SELECT ${select}${log.ifFound ? ' WHERE EXISTS (SELECT 1 FROM rows)' : ''}${eachSelect})
     SELECT * FROM rows`,
    [
      ...params,
      ...values(log.entry, w),
      ...(each ? values({ ...each.entry, entityId: null }, w) : []),
      ...(column || log.countAs ? [log.shown ?? null] : []),
    ],
  );
}

/** The entry a logged read makes of its rows, for where the read cannot write (a read-only replica). */
export function entryOfRows(rows: readonly Record<string, unknown>[], log: LoggedRead): AuditEntry[] {
  if (log.ifFound && rows.length === 0) return [];
  const shown = rows.slice(0, log.shown ?? rows.length);
  const ids = (key: string | undefined, v: (r: Record<string, unknown>) => unknown[]) =>
    key ? shown.flatMap(v).filter((x): x is string => typeof x === 'string') : [];
  const persons = [
    ...ids(log.personsColumn, (r) => [r[log.personsColumn!]]),
    ...ids(log.personsArrayColumn, (r) => (r[log.personsArrayColumn!] as unknown[] | null) ?? []),
  ];
  const each = log.each;
  return [
    {
      ...log.entry,
      ...(log.countAs ? { details: { ...log.entry.details, [log.countAs]: shown.length } } : {}),
      persons: [...(log.entry.persons ?? []), ...persons],
    },
    ...(each
      ? ids(each.column, (r) => (r[each.column] as unknown[] | null) ?? []).map((id) => ({
          ...each.entry,
          entityId: id,
          persons: [id],
        }))
      : []),
  ];
}
