import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { openPglite, type Queryable } from '../db/db.ts';
import { decryptToFile, type Manifest, writeEncrypted } from './crypto.ts';

type Checksums = Manifest['tables'];

/**
 * Rows and an order-independent checksum of every table of the schema, in one snapshot. Rows are
 * read as text in UTC with ISO dates, so the same data gives the same sum in any session.
 */
export async function tableChecksums(q: Pick<Queryable, 'query'>): Promise<Checksums> {
  await q.query(`SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO', true),
                        set_config('extra_float_digits', '3', true)`);
  const tables = await q.query<{ name: string }>(
    'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1',
  );
  const sums: Checksums = {};
  for (const { name } of tables.rows) {
    const r = await q.query<{ rows: number; checksum: string }>(
      `SELECT count(*)::int AS rows, coalesce(md5(string_agg(h, '' ORDER BY h)), '') AS checksum
         FROM (SELECT md5(t::text) AS h FROM "${name.replace(/"/g, '""')}" t) x`,
    );
    sums[name] = r.rows[0]!;
  }
  return sums;
}

/** The tables whose rows or checksum differ between two sets of checksums. */
export function differences(expected: Checksums, actual: Checksums): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.filter(
    (n) => expected[n]?.rows !== actual[n]?.rows || expected[n]?.checksum !== actual[n]?.checksum,
  );
}

const queryable = (client: pg.Client): Pick<Queryable, 'query'> => ({
  async query<T>(text: string, params?: readonly unknown[]) {
    const r = await client.query(text, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  },
});

function run(cmd: string, args: string[], stdin?: Readable) {
  const child = spawn(cmd, args, { stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  if (stdin) stdin.pipe(child.stdin!);
  const exit = new Promise<void>((resolve, reject) => {
    child.on('error', (e) =>
      reject(new Error(`${cmd} could not be started (${e.message}); install Debian's postgresql-client.`)),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} failed: ${stderr.trim()}`)),
    );
  });
  return { stdout: child.stdout!, exit };
}

/**
 * PostgreSQL: pg_dump (custom format) of the snapshot in which the checksums were taken, so the
 * dump and its manifest describe the same instant while the app keeps running. Uploaded files
 * live in the database (bytea), so they are in the dump.
 */
export async function backupPostgres(url: string, file: string, key: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ s: string }>('SELECT pg_export_snapshot() AS s')).rows[0]!.s;
    const tables = await tableChecksums(queryable(client));
    const dump = run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--snapshot=${snapshot}`,
      `--dbname=${url}`,
    ]);
    const manifest: Manifest = { format: 1, kind: 'postgres', createdAt: new Date().toISOString(), tables };
    await Promise.all([writeEncrypted(file, key, manifest, dump.stdout), dump.exit]);
    await client.query('COMMIT');
    return manifest;
  } finally {
    await client.end();
  }
}

/** The embedded database (the app must be stopped): its data directory as PGlite archives it. */
export async function backupPglite(dataDir: string, file: string, key: string) {
  const db = await openPglite(dataDir);
  try {
    const tables = await db.tx((q) => tableChecksums(q));
    const archive = await db.dumpDataDir!();
    const manifest: Manifest = { format: 1, kind: 'pglite', createdAt: new Date().toISOString(), tables };
    await writeEncrypted(file, key, manifest, Readable.from(Buffer.from(await archive.arrayBuffer())));
    return manifest;
  } finally {
    await db.close();
  }
}

/** Restores a backup into an empty database (or data directory); fails unless every table matches. */
export async function restore(file: string, key: string, target: { databaseUrl?: string; dataDir: string }) {
  const work = mkdtempSync(join(tmpdir(), 'ostoja-restore-'));
  try {
    const plain = join(work, 'plain');
    const { manifest, dumpStart } = await decryptToFile(file, key, plain);
    let restored: Checksums;
    if (manifest.kind === 'postgres') {
      if (!target.databaseUrl)
        throw new Error('This backup is of PostgreSQL: set DATABASE_URL to an empty database.');
      restored = await restorePostgres(target.databaseUrl, createReadStream(plain, { start: dumpStart }));
    } else {
      if (target.databaseUrl) throw new Error('This backup is of the embedded database: unset DATABASE_URL.');
      if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0)
        throw new Error(`${target.dataDir} is not empty: restore into an empty data directory.`);
      const archive = new Blob([readFileSync(plain).subarray(dumpStart)]);
      const db = await openPglite(target.dataDir, { loadDataDir: archive });
      try {
        restored = await db.tx((q) => tableChecksums(q));
      } finally {
        await db.close();
      }
    }
    return { manifest, differing: differences(manifest.tables, restored) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function restorePostgres(url: string, dump: Readable): Promise<Checksums> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query(`SELECT 1 FROM pg_tables WHERE schemaname = current_schema()`);
    if (tables.rowCount)
      throw new Error('The target database is not empty: restore into a new, empty database.');
    // The app's role is granted rights by the dump; it is the cluster's, so it may be missing here.
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ostoja_app') THEN CREATE ROLE ostoja_app NOLOGIN; END IF;
    EXCEPTION WHEN insufficient_privilege OR duplicate_object OR unique_violation THEN NULL; END $$`);
    await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${url}`], dump).exit;
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const sums = await tableChecksums(queryable(client));
    await client.query('COMMIT');
    return sums;
  } finally {
    await client.end();
  }
}
