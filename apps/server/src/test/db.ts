import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Db, openPostgres, type Queryable } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { recoveryCodeHash } from '../modules/identity/totp.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';

/** The throwaway PostgreSQL server that scripts/test.sh started. */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('Integration tests need DATABASE_URL (a real PostgreSQL); run them through `npm test`.');
  return url;
}

async function admin<T>(server: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: server });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function sameDatabaseOn(server: string, name: string) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh database on the test server (or another); dropped by the returned function. */
export async function createTestDatabase(server = serverUrl()) {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: sameDatabaseOn(server, name),
    drop: () =>
      admin(server, async (c) => {
        // pool.end() returns before its sockets close: let them go before forcing the drop.
        for (let i = 0; i < 50; i++) {
          const r = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
          if (r.rows[0]?.n === 0) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Counts the statements run through a Db and its transactions (for the N+1 tests). */
function countQueries(db: Db): Db & { queries: number } {
  const counted = <Q extends Queryable>(q: Q): Q => ({
    ...q,
    query: (text: string, params?: readonly unknown[]) => {
      wrapped.queries++;
      return q.query(text, params);
    },
    exec: q.exec.bind(q),
  });
  const wrapped: Db & { queries: number } = {
    ...counted(db),
    kind: db.kind,
    queries: 0,
    tx: (fn) => db.tx((q) => fn(counted(q))),
    close: () => db.close(),
  } as Db & { queries: number };
  return wrapped;
}

/**
 * The real app on a fresh, migrated database with the demo centre seeded, connected as ostoja_app.
 * `login('pracownik')` returns the cookie header of a new session of that demo account.
 */
export async function createTestApp(
  opts: {
    seed?: boolean;
    caseload?: boolean;
    socialWork?: boolean;
    env?: Record<string, string>;
    /** A PostgreSQL server of the test's own instead of the shared one. */
    server?: string;
    /** A streaming replica of `server`: the app's DATABASE_READ_URL is the same database there. */
    replicaServer?: string;
  } = {},
) {
  const database = await createTestDatabase(opts.server);
  const readUrl = opts.replicaServer ? sameDatabaseOn(opts.replicaServer, database.name) : undefined;
  // As in production: migrated and seeded by the owner, the app (and `db`) as the role ostoja_app.
  const owner = openPostgres(database.url, 2);
  await migrate(owner);
  if (opts.seed !== false) await seedDemo(owner, { caseload: opts.caseload, socialWork: opts.socialWork });
  const config = loadConfig({
    ...process.env,
    ...opts.env,
    DATABASE_URL: database.url,
    ...(readUrl ? { DATABASE_READ_URL: readUrl } : {}),
  });
  const db = countQueries(
    openPostgres(database.url, 5, config.dbRole || undefined, config.statementTimeoutMs),
  );
  const { app, routes } = await buildApp(db, config);
  await app.ready();
  async function login(loginName: string, password = DEMO_PASSWORD) {
    const send = (code?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: loginName, password, code },
      });
    let res = await send();
    // An account a test gave a second factor signs in with a one-time recovery code made for it here.
    if (res.statusCode === 401 && res.json().error.code === 'totpRequired') {
      const code = randomBytes(5)
        .toString('hex')
        .toUpperCase()
        .replace(/[^A-Z2-7]/g, '7');
      await db.query(
        `INSERT INTO staff_recovery_code (user_id, code_hash) SELECT id, $2 FROM staff_user WHERE login = $1`,
        [loginName, recoveryCodeHash(code)],
      );
      res = await send(code);
    }
    if (res.statusCode !== 200) throw new Error(`login ${loginName} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ostoja_session');
    return `ostoja_session=${cookie!.value}`;
  }
  return {
    app,
    db,
    /** The tables' owner (a superuser here), for what the app may not do: DDL, tampering tests. */
    owner,
    routes,
    config,
    login,
    async close() {
      await app.close();
      await db.close();
      await owner.close();
      await database.drop();
    },
  };
}
