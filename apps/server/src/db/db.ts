import { mkdirSync } from 'node:fs';
import pg from 'pg';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** What a repository needs: one parameterised query at a time, inside the caller's transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements (migrations). */
  exec(script: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs fn in one transaction: committed when it returns, rolled back when it throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The embedded database only: its data directory as a tar archive (for backups). */
  dumpDataDir?(): Promise<Blob>;
}

// Dates come back as ISO strings and bigint sums as numbers (grosze fit in 2^53).
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

// Statements the server sends again and again are prepared once per connection, so PostgreSQL
// parses them once and, after five runs, may keep one generic plan (by-id lookups, audit inserts:
// planning was half their cost). Not prepared: statements embedding a literal id (a reader's row
// scope varies per user and would pile up), and optional parameters ("$2 IS NULL OR …", keysets
// and filters): a generic plan cannot seek on them, and a run's batches once read all its items
// that way; and statements marked `/* custom plan */`, whose best plan depends on the values (a
// PESEL search: one digit reads a tenth of the registry, eleven one row; a generic plan walked
// the sort index for "7" 6 × slower). At most MAX_PREPARED texts, so nothing grows without bound.
const MAX_PREPARED = 1000;
const prepared = new Map<string, string>();
const UNPREPARED = /'[0-9a-f]{8}-[0-9a-f]{4}-|\$\d+(::\w+)?\s+IS\s+NULL\s+OR|\/\* custom plan \*\//i;
/** Whether a statement's text may be prepared (see above). */
export const preparable = (text: string) => !UNPREPARED.test(text);
function preparedName(text: string): string | undefined {
  const known = prepared.get(text);
  if (known || prepared.size >= MAX_PREPARED || !preparable(text)) return known;
  const name = `ostoja_${prepared.size}`;
  prepared.set(text, name);
  return name;
}

/** A pool's or a checked-out client's queries, parameterised ones prepared by the rule above. */
function queryable(on: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(text: string, params?: readonly unknown[]) {
      const name = params ? preparedName(text) : undefined;
      const r = await on.query(
        name ? { name, text, values: params as unknown[] } : { text, values: params as unknown[] },
      );
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
    },
    async exec(script: string) {
      await on.query(script);
    },
  };
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `role`: every connection switches to that role as it opens (the app's least-privilege role). */
export function openPostgres(url: string, max = 10, role?: string, statementTimeoutMs = 0): Db {
  if (role && !ROLE_NAME.test(role)) throw new Error(`Not a role name: ${role}`);
  // JIT off: index walks under a LIMIT carry large cost estimates, which made PostgreSQL compile a
  // one-millisecond search for 25 ms (measured at national size).
  // A statement running longer than statementTimeoutMs (a lock held, a database stalled) is
  // cancelled, so the request answers 503 instead of hanging (0: no limit, for migrations and jobs' owner).
  const timeout = statementTimeoutMs > 0 ? ` -c statement_timeout=${Math.floor(statementTimeoutMs)}` : '';
  const options = `-c jit=off${role ? ` -c role=${role}` : ''}${timeout}`;
  // A connection attempt that hangs (a server half up) fails after 5 s instead of holding the request.
  const pool = new pg.Pool({ connectionString: url, max, options, connectionTimeoutMillis: 5_000 });
  // An idle connection dropped by the server (restart, failover, a dropped test database) must
  // not take the process down; the pool replaces it on the next query.
  pool.on('error', (e) => console.error(`PostgreSQL connection lost: ${e.message}`));
  return {
    kind: 'postgres',
    // Outside a transaction too (read routes with `transaction: false`): the same rule, so a
    // search or a person page is parsed once per connection, not on every request (issue 21 item 11).
    ...queryable(pool),
    async tx<T>(fn: (q: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // A checked-out client has no listener of the pool's: a connection dropped mid-transaction
      // would emit an unhandled 'error' and end the process. The query in flight fails instead.
      const onError = (e: Error) =>
        console.error(`PostgreSQL connection lost in a transaction: ${e.message}`);
      client.on('error', onError);
      let broken: Error | undefined;
      const q = queryable(client);
      try {
        await client.query('BEGIN');
        const result = await fn(q);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
          broken = rollbackFailed;
        });
        throw e;
      } finally {
        client.removeListener('error', onError);
        // A connection that could not even roll back is discarded, not handed to the next request.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed/i;

/**
 * Whether an error means the database cannot be reached right now (restarting, shutting down,
 * refusing connections, a connection dropped): the request may be retried, nothing about it was wrong.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    // Class 08: connection exceptions; 57P0x: the server is shutting down or starting; 53300: too many connections.
    if (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_ERRNOS.has(code)) return true;
  }
  return UNAVAILABLE_MESSAGE.test(err.message);
}

/** The embedded PostgreSQL (WASM), persisted in a directory; one connection, so work is serialised. */
export async function openPglite(dataDir: string, opts: { loadDataDir?: Blob } = {}): Promise<Db> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const { citext } = await import('@electric-sql/pglite/contrib/citext');
  const { pgcrypto } = await import('@electric-sql/pglite/contrib/pgcrypto');
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const parsers = {
    [types.DATE]: (v: string) => v,
    [types.INT8]: (v: string) => Number(v),
    [types.NUMERIC]: (v: string) => Number(v),
  };
  const db = await PGlite.create(dataDir, {
    extensions: { pg_trgm, unaccent, citext, pgcrypto },
    parsers,
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  const wrap = (runner: Pick<typeof db, 'query' | 'exec'>): Queryable => ({
    async query<T>(text: string, params?: readonly unknown[]) {
      const r = await runner.query<T>(text, params as unknown[]);
      // PGlite reports affectedRows 0 for a SELECT; count the rows returned instead.
      return { rows: r.rows, rowCount: r.rows.length || (r.affectedRows ?? 0) };
    },
    async exec(script: string) {
      await runner.exec(script);
    },
  });
  const top = wrap(db);
  return {
    kind: 'pglite',
    query: top.query,
    exec: top.exec,
    tx: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: () => db.close(),
    dumpDataDir: () => db.dumpDataDir('none'),
  };
}

export async function openDb(opts: {
  databaseUrl?: string | undefined;
  dataDir: string;
  dbPool?: number;
}): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.dbPool) : openPglite(opts.dataDir);
}
