import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { verifyAuditChain } from './chain-repo.ts';

// The audit log is a hash chain computed by the database: a row changed or removed afterwards,
// even by the tables' owner with the append-only trigger switched off, is found by `npm run audit:verify`.
let t: TestApp;
let worker: string;
const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('pracownik');
});
afterAll(() => t?.close());

/** `npm run audit:verify` against the test database: its exit code and what it printed. */
async function verifyCli(databaseUrl: string) {
  try {
    const r = await promisify(execFile)('npm', ['run', '--silent', 'audit:verify'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, out: r.stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

/** Runs SQL as the owner with the append-only trigger off, as someone covering their tracks would. */
async function asOwnerWithoutTrigger(sql: string, params?: unknown[]) {
  await t.owner.tx(async (q) => {
    await q.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await (params ? q.query(sql, params) : q.exec(sql));
    await q.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
  });
}

const dbUrl = () =>
  t.db.query<{ db: string }>('SELECT current_database() AS db').then((r) => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${r.rows[0]!.db}`;
    return url.toString();
  });

describe('the audit hash chain', () => {
  it('holds over the demo data, reads through the API and many concurrent writers', async () => {
    // Persons outside the sealed compartments (Niebieska Karta, alcohol commission): a worker sees them.
    const persons = (
      await t.db.query<{ id: string }>(
        `SELECT id FROM person p
          WHERE NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p.id AND s.sealed)
            AND NOT EXISTS (SELECT 1 FROM alcohol_proceeding a WHERE a.person_id = p.id AND a.sealed)
          ORDER BY id LIMIT 30`,
      )
    ).rows;
    const reads = await Promise.all(
      persons.map((p) =>
        t.app.inject({ method: 'GET', url: `/api/v1/persons/${p.id}`, headers: { cookie: worker } }),
      ),
    );
    expect(
      reads.map((r) => r.statusCode).every((s) => s === 200),
      JSON.stringify(
        reads.filter((r) => r.statusCode !== 200).map((r) => [r.statusCode, r.body.slice(0, 300)]),
      ),
    ).toBe(true);
    // Transactions that write several rows each and stay open a while: they take different lanes
    // instead of waiting for each other, and none forks a lane.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.db.tx(async (q) => {
          for (let k = 0; k < 3; k++) {
            await q.query(`INSERT INTO audit_log (action, entity, entity_id) VALUES ('read', 'test', $1)`, [
              `${i}-${k}`,
            ]);
            await q.query('SELECT pg_sleep(0.05)');
          }
        }),
      ),
    );
    const lanesOfTx = await t.db.query<{ n: number }>(
      `SELECT count(DISTINCT chain_lane)::int AS n FROM audit_log WHERE entity = 'test' GROUP BY split_part(entity_id, '-', 1)`,
    );
    expect(lanesOfTx.rows.every((r) => r.n === 1)).toBe(true); // a transaction stays in its lane
    // Written and verified in other time zones than the server's: the same hashes.
    await t.db.tx(async (q) => {
      await q.query(`SET LOCAL TimeZone = 'America/New_York'`);
      await q.query(`INSERT INTO audit_log (action, entity) VALUES ('read', 'test')`);
    });
    const elsewhere = await t.db.tx(async (q) => {
      await q.query(`SET LOCAL TimeZone = 'Pacific/Auckland'`);
      return verifyAuditChain(q);
    });
    expect(elsewhere.broken).toBeNull();
    const report = await verifyAuditChain(t.db);
    expect(report.broken).toBeNull();
    expect(report.lanes).toBeGreaterThan(1);
    expect(report.rows).toBeGreaterThanOrEqual(30 + 24);
    const cli = await verifyCli(await dbUrl());
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.out).toMatch(/Audit chain intact: \d+ rows/);
    expect(cli.out).toContain(report.digest);
  });

  it('the app cannot choose the hashes: the trigger sets them whatever the insert says', async () => {
    const r = await t.db.query<{ chain_hash: Buffer; chain_seq: number }>(
      `INSERT INTO audit_log (action, entity, chain_lane, chain_seq, chain_hash) VALUES ('read', 'test', 99, 1, '\\x00')
       RETURNING chain_hash, chain_seq, chain_lane`,
    );
    expect(r.rows[0]!.chain_hash.length).toBe(32);
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
  });

  it('finds a row the owner edited with the append-only trigger off, at that row', async () => {
    const victim = (
      await t.db.query<{ id: number; actor_login: string }>(
        `SELECT id, actor_login FROM audit_log WHERE action = 'read' AND entity = 'person' ORDER BY id LIMIT 1 OFFSET 5`,
      )
    ).rows[0]!;
    await asOwnerWithoutTrigger(`UPDATE audit_log SET actor_login = 'ktos-inny' WHERE id = $1`, [victim.id]);
    expect((await verifyAuditChain(t.db)).broken).toEqual({
      id: victim.id,
      lane: expect.any(Number),
      seq: expect.any(Number),
      reason: 'contentChanged',
    });
    const cli = await verifyCli(await dbUrl());
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`BROKEN at row id ${victim.id},`);
    expect(cli.out).toContain('the row was changed after it was written');

    // Put back exactly as it was, the chain verifies again.
    await asOwnerWithoutTrigger('UPDATE audit_log SET actor_login = $2 WHERE id = $1', [
      victim.id,
      victim.actor_login,
    ]);
    expect((await verifyAuditChain(t.db)).broken).toBeNull();
  });

  it('finds a row removed from the middle of a lane, or a forged one in its place', async () => {
    const [gone, next] = (
      await t.db.query<{ id: number; chain_lane: number; chain_seq: number }>(
        `SELECT id, chain_lane, chain_seq FROM audit_log WHERE chain_lane = 0 AND chain_seq IN (10, 11) ORDER BY chain_seq`,
      )
    ).rows;
    await asOwnerWithoutTrigger('DELETE FROM audit_log WHERE id = $1', [gone!.id]);
    expect((await verifyAuditChain(t.db)).broken).toEqual({
      id: next!.id,
      lane: 0,
      seq: 11,
      reason: 'rowMissing',
    });

    // A forged row put in its place, linked to its neighbours' hashes, does not verify either.
    await asOwnerWithoutTrigger(
      `ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain;
       INSERT INTO audit_log (id, action, entity, chain_lane, chain_seq, chain_prev, chain_hash)
       SELECT ${gone!.id}, 'read', 'other', 0, 10,
              (SELECT chain_hash FROM audit_log WHERE chain_lane = 0 AND chain_seq = 9), chain_prev
         FROM audit_log WHERE id = ${next!.id};
       ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain`,
    );
    expect((await verifyAuditChain(t.db)).broken).toMatchObject({ id: gone!.id, reason: 'contentChanged' });
  });
});

describe('on the embedded database (PGlite)', () => {
  it('chains, verifies and finds an edited row the same way', async () => {
    const db = await openPglite('memory://');
    try {
      await migrate(db);
      for (let i = 0; i < 5; i++)
        await db.query(`INSERT INTO audit_log (action, entity, entity_id) VALUES ('read', 'person', $1)`, [
          String(i),
        ]);
      expect(await verifyAuditChain(db)).toMatchObject({ rows: 5, lanes: 1, broken: null });
      const digest = (await verifyAuditChain(db)).digest;
      // The last row removed: nothing after it to notice, but the digest kept elsewhere changes.
      await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
        DELETE FROM audit_log WHERE entity_id = '4';
        UPDATE audit_log SET entity_id = 'x' WHERE entity_id = '3';
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;`);
      const id = (await db.query<{ id: number }>(`SELECT id FROM audit_log WHERE entity_id = 'x'`)).rows[0]!
        .id;
      expect((await verifyAuditChain(db)).broken).toMatchObject({ id, reason: 'contentChanged' });
      await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
        UPDATE audit_log SET entity_id = '3' WHERE entity_id = 'x';`);
      const cut = await verifyAuditChain(db);
      expect(cut).toMatchObject({ rows: 4, broken: null });
      expect(cut.digest).not.toBe(digest);
    } finally {
      await db.close();
    }
  }, 120_000);
});
