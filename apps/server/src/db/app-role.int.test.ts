import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { createTestApp, createTestDatabase, serverUrl, type TestApp } from '../test/db.ts';
import { openAppDb } from './app-db.ts';
import type { Db } from './db.ts';
import { openPostgres } from './db.ts';

// Least privilege: the app reads and writes its tables as ostoja_app, which owns none of them, so
// even a hijacked app connection cannot touch the audit log's rows, its table or its triggers.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

/** What someone with the app's connection would try, each refused by PostgreSQL. */
async function expectPowerless(db: Db) {
  const attempts: [string, RegExp][] = [
    [
      `UPDATE audit_log SET actor_login = 'ktoś' WHERE id = (SELECT max(id) FROM audit_log)`,
      /permission denied/,
    ],
    ['DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log)', /permission denied/],
    ['TRUNCATE audit_log', /permission denied/],
    ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update', /must be owner/],
    ['ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain', /must be owner/],
    ['DROP TRIGGER audit_log_no_update ON audit_log', /must be owner/],
    ['DROP TABLE audit_log', /must be owner/],
    [
      `CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'`,
      /must be owner|permission denied for schema/,
    ],
    ['SELECT * FROM audit_chain_lane FOR UPDATE', /permission denied/],
    [`INSERT INTO schema_migration (name) VALUES ('9999_evil.sql')`, /permission denied/],
    ['CREATE TABLE shadow (x int)', /permission denied/],
  ];
  const wrong: string[] = [];
  for (const [sql, error] of attempts) {
    const r = await db.query(sql).then(
      () => 'succeeded',
      (e: Error) => e.message,
    );
    if (!error.test(r)) wrong.push(`${sql}: ${r}`);
  }
  expect(wrong).toEqual([]);
}

describe('the app’s connection', () => {
  it('is the role ostoja_app, which owns no table', async () => {
    const r = await t.db.query<{ role: string; owned: number }>(
      `SELECT current_user AS role,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user) AS owned`,
    );
    expect(r.rows[0]).toEqual({ role: 'ostoja_app', owned: 0 });
  });

  it('cannot change or delete audit rows, alter the audit table or its triggers, or run DDL', async () => {
    await expectPowerless(t.db);
  });

  it('still appends audit rows and works with every table (the rest of the suite runs as this role)', async () => {
    const cookie = await t.login('pracownik');
    const before = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/persons',
      headers: { cookie },
      payload: { person: { pesel: '44051401359', firstName: 'Najmniejsza', surname: 'Władza' } },
    });
    expect(created.statusCode).toBe(201);
    const after = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;
    expect(after).toBeGreaterThan(before);
  });
});

describe('with a login of its own (DATABASE_URL) and the owner for migrations (DATABASE_MIGRATE_URL)', () => {
  it('migrates as the owner, then runs powerless as the login, which cannot even switch back', async () => {
    const database = await createTestDatabase();
    const login = `ostoja_app_${randomBytes(4).toString('hex')}`;
    const admin = openPostgres(serverUrl(), 1);
    await admin.query(`CREATE ROLE ${login} LOGIN PASSWORD 'test-only'`);
    const appUrl = new URL(database.url);
    appUrl.username = login;
    appUrl.password = 'test-only';
    let db: Db | undefined;
    try {
      // The role is granted after the migration made it (it exists already on this shared server).
      await admin.query(`GRANT ostoja_app TO ${login}`);
      const config = loadConfig({ DATABASE_URL: appUrl.toString(), DATABASE_MIGRATE_URL: database.url });
      db = await openAppDb(config, async (owner) => {
        await seedDemo(owner);
      });
      const who = await db.query<{ cur: string; sess: string }>(
        'SELECT current_user AS cur, session_user AS sess',
      );
      expect(who.rows[0]).toEqual({ cur: 'ostoja_app', sess: login });
      await expectPowerless(db);
      await db.query('RESET ROLE');
      await expectPowerless(db);
      // And the app answers on it.
      const { app } = await buildApp(db, config);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: 'admin', password: DEMO_PASSWORD },
      });
      expect(r.statusCode).toBe(200);
      await app.close();
    } finally {
      await db?.close();
      await database.drop();
      await admin.query(`DROP OWNED BY ${login}`).catch(() => {});
      await admin.query(`DROP ROLE ${login}`);
      await admin.close();
    }
  });
});

describe('on the embedded database (npm start without DATABASE_URL)', () => {
  it('migrates and seeds as the owner, then serves as ostoja_app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ostoja-role-'));
    const config = loadConfig({ OSTOJA_DATA_DIR: dir });
    const db = await openAppDb(config, async (owner) => {
      await seedDemo(owner);
    });
    try {
      expect((await db.query<{ r: string }>('SELECT current_user AS r')).rows[0]!.r).toBe('ostoja_app');
      await expectPowerless(db);
      const { app } = await buildApp(db, config);
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: 'pracownik', password: DEMO_PASSWORD },
      });
      expect(r.statusCode).toBe(200);
      await app.close();
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
