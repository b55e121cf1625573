import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * Applies the numbered plain-SQL migrations not yet applied, each in its own transaction.
 * An advisory lock makes two instances starting at once apply each migration exactly once.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  for (const name of files) {
    const done = await db.tx(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock(7417001)');
      const seen = await q.query('SELECT 1 FROM schema_migration WHERE name = $1', [name]);
      if (seen.rowCount > 0) return false;
      await q.exec(readFileSync(join(dir, name), 'utf8'));
      await q.query('INSERT INTO schema_migration (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
