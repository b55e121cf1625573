// `npm run backup [-- file]`: an encrypted, consistent backup of the database (uploaded files are
// in it). PostgreSQL: pg_dump while the app runs. Embedded database: stop the app first.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupPglite, backupPostgres } from './backup/backup.ts';
import { backupKey, loadConfig } from './config.ts';

const config = loadConfig();
try {
  const key = backupKey();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = resolve(process.argv[2] ?? `backups/ostoja-${stamp}.backup`);
  mkdirSync(dirname(file), { recursive: true });
  const url = config.databaseMigrateUrl;
  const manifest = url ? await backupPostgres(url, file, key) : await backupPglite(config.dataDir, file, key);
  const rows = Object.values(manifest.tables).reduce((n, t) => n + t.rows, 0);
  console.log(
    `Backup written to ${file}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, encrypted.`,
  );
} catch (e) {
  console.error(`Backup failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
