// `npm run restore -- file`: restores a backup into an empty database (DATABASE_URL, or
// DATABASE_MIGRATE_URL when set) or an empty OSTOJA_DATA_DIR, then checks every table's rows and checksum.
import { resolve } from 'node:path';
import { restore } from './backup/backup.ts';
import { backupKey, loadConfig } from './config.ts';

const config = loadConfig();
try {
  if (!process.argv[2]) throw new Error('Name the backup file: npm run restore -- backups/ostoja-….backup');
  const r = await restore(resolve(process.argv[2]), backupKey(), {
    databaseUrl: config.databaseMigrateUrl,
    dataDir: config.dataDir,
  });
  const tables = Object.keys(r.manifest.tables).length;
  if (r.differing.length) {
    console.error(`Restored, but these tables differ from the backup: ${r.differing.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Restored the backup of ${r.manifest.createdAt}: all ${tables} tables match in rows and checksum.`,
    );
  }
} catch (e) {
  console.error(`Restore failed: ${(e as Error).message}`);
  process.exitCode = 1;
}
