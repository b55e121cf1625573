import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { verifyAuditChain } from '../modules/audit/chain-repo.ts';
import { seedDemo } from '../seed/demo.ts';
import { createTestApp, createTestDatabase, type TestApp } from '../test/db.ts';
import { tableChecksums } from './backup.ts';

// `npm run backup` and `npm run restore` as an administrator runs them: the demo centre backed up,
// restored into a new empty database, and every table compared in rows and checksum.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const KEY = 'test-backup-key-not-for-production';
const dir = mkdtempSync(join(tmpdir(), 'ostoja-backup-'));
let t: TestApp;
let sourceUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${(await t.owner.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db}`;
  sourceUrl = url.toString();
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function npm(script: string, args: string[], env: Record<string, string>) {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  try {
    const r = await promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...clean, OSTOJA_BACKUP_KEY: KEY, ...env },
    });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

const checksumsOf = (db: { tx: typeof t.owner.tx }) => db.tx((q) => tableChecksums(q));

describe('backup and restore on PostgreSQL', () => {
  const file = join(dir, 'demo.backup');

  it('backs up the demo centre encrypted, and restores it into a new database table for table', async () => {
    const backup = await npm('backup', [file], { DATABASE_URL: sourceUrl });
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.out).toMatch(/Backup written to .*demo\.backup: \d+ tables, \d+ rows, encrypted/);
    // Nothing readable inside: no login, no surname of the demo data.
    const bytes = readFileSync(file);
    for (const word of ['pracownik', 'Pruszków', 'audit_log', 'CREATE TABLE'])
      expect(bytes.includes(Buffer.from(word)), word).toBe(false);

    const target = await createTestDatabase();
    try {
      const restored = await npm('restore', [file], { DATABASE_URL: target.url });
      expect(restored.out).toMatch(/all \d+ tables match in rows and checksum/);
      expect(restored.code).toBe(0);
      const copy = openPostgres(target.url, 1);
      try {
        const [before, after] = [await checksumsOf(t.owner), await checksumsOf(copy)];
        expect(Object.keys(before).length).toBeGreaterThan(50);
        expect(before.person!.rows).toBeGreaterThan(100);
        expect(before.audit_log!.rows).toBeGreaterThan(0);
        expect(after).toEqual(before);
        // The copy is a working Ostoja: its audit chain verifies and the app's role has its rights.
        expect((await verifyAuditChain(copy)).broken).toBeNull();
        const rights = await copy.query<{ person: boolean; audit: boolean }>(
          `SELECT has_table_privilege('ostoja_app', 'person', 'UPDATE') AS person,
                  has_table_privilege('ostoja_app', 'audit_log', 'UPDATE') AS audit`,
        );
        expect(rights.rows[0]).toEqual({ person: true, audit: false });
      } finally {
        await copy.close();
      }
      // Never over existing data.
      const again = await npm('restore', [file], { DATABASE_URL: target.url });
      expect(again.code).toBe(1);
      expect(again.out).toContain('The target database is not empty');
    } finally {
      await target.drop();
    }
  });

  it('refuses a wrong key or a changed byte, and restores nothing', async () => {
    const target = await createTestDatabase();
    try {
      const wrongKey = await npm('restore', [file], {
        DATABASE_URL: target.url,
        OSTOJA_BACKUP_KEY: 'another-key-0123456789',
      });
      expect(wrongKey.code).toBe(1);
      expect(wrongKey.out).toContain(
        'The backup key is wrong or the file was changed: nothing was restored.',
      );
      const bytes = readFileSync(file);
      bytes[Math.floor(bytes.length / 2)]! ^= 1;
      const changed = join(dir, 'changed.backup');
      writeFileSync(changed, bytes);
      const r = await npm('restore', [changed], { DATABASE_URL: target.url });
      expect(r.code).toBe(1);
      expect(r.out).toContain('nothing was restored');
      const copy = openPostgres(target.url, 1);
      const tables = await copy.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`);
      await copy.close();
      expect(tables.rowCount).toBe(0);
    } finally {
      await target.drop();
    }
  });

  it('needs a key of at least 16 characters', async () => {
    const r = await npm('backup', [join(dir, 'nokey.backup')], {
      DATABASE_URL: sourceUrl,
      OSTOJA_BACKUP_KEY: 'short',
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain('Set OSTOJA_BACKUP_KEY');
  });
});

describe('backup and restore of the embedded database', () => {
  it('archives the stopped data directory and restores it into an empty one, table for table', async () => {
    const source = join(dir, 'pglite-source');
    const db = await openPglite(source);
    await migrate(db);
    await seedDemo(db);
    const before = await checksumsOf(db);
    await db.close();
    const file = join(dir, 'pglite.backup');
    expect(await npm('backup', [file], { OSTOJA_DATA_DIR: source })).toMatchObject({ code: 0 });
    const target = join(dir, 'pglite-target');
    const r = await npm('restore', [file], { OSTOJA_DATA_DIR: target });
    expect(r.out).toMatch(/all \d+ tables match/);
    const copy = await openPglite(target);
    try {
      expect(await checksumsOf(copy)).toEqual(before);
      expect(before.person!.rows).toBeGreaterThan(100);
    } finally {
      await copy.close();
    }
  }, 300_000);
});
