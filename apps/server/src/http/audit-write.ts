import { dataCategory } from '@ostoja/domain/audit/data-category';
import type { Queryable } from '../db/db.ts';
import type { Actor, AuditEntry, LoggedRead } from './context.ts';

/** Who asked and why: the request's part of every audit row it writes. */
export interface Asker {
  actor: Actor | null;
  requestId: string;
  ip: string;
  /** The route that asked (method and path pattern): the screen, report or export behind it. */
  purpose: string;
}

const COLUMNS =
  'actor_id, actor_login, action, entity, entity_id, request_id, ip, details, persons, purpose, category';
const TYPES = ['uuid', 'text', 'text', 'text', 'text', 'text', 'text', 'jsonb', 'uuid[]', 'text', 'text'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One audit row's values in COLUMNS order: who, what, the persons it touched, the purpose, the data's category. */
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
  const $ = (i: number) => `$${k + i + 1}::${TYPES[i] ?? 'int'}`;
  const shown = $(TYPES.length);
  const column = log.personsColumn;
  if (column && !COLUMN_NAME.test(column)) throw new Error(`Not a column name: ${column}`);
  const fromRows = column ? ` || ARRAY(SELECT r."${column}"::uuid FROM rows r LIMIT ${shown})` : '';
  // The entry's persons, then the shown rows', each once, in the order first met.
  const persons = `(SELECT array_agg(x ORDER BY n) FROM (
      SELECT x, min(n) AS n FROM unnest(coalesce(${$(8)}, '{}')${fromRows}) WITH ORDINALITY u(x, n)
       WHERE x IS NOT NULL GROUP BY x) d)`;
  const details = log.countAs
    ? `coalesce(${$(7)}, '{}') || jsonb_build_object('${log.countAs.replace(/\W/g, '')}', (SELECT count(*) FROM (SELECT 1 FROM rows LIMIT ${shown}) c))`
    : $(7);
  const select = TYPES.map((_, i) => (i === 8 ? persons : i === 7 ? details : $(i))).join(', ');
  const r = await q.query<T>(
    `WITH rows AS (${text}),
     logged AS (INSERT INTO audit_log (${COLUMNS}) SELECT ${select}${log.ifFound ? ' WHERE EXISTS (SELECT 1 FROM rows)' : ''})
     SELECT * FROM rows`,
    [...params, ...values(log.entry, w), ...(column || log.countAs ? [log.shown ?? null] : [])],
  );
  return r.rows;
}

/** The entry a logged read makes of its rows, for where the read cannot write (a read-only replica). */
export function entryOfRows(rows: readonly Record<string, unknown>[], log: LoggedRead): AuditEntry | null {
  if (log.ifFound && rows.length === 0) return null;
  const shown = rows.slice(0, log.shown ?? rows.length);
  const column = log.personsColumn;
  const persons = column ? shown.flatMap((r) => (typeof r[column] === 'string' ? [r[column]] : [])) : [];
  return {
    ...log.entry,
    ...(log.countAs ? { details: { ...log.entry.details, [log.countAs]: shown.length } } : {}),
    persons: [...(log.entry.persons ?? []), ...persons],
  };
}
