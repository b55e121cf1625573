// `npm run audit:verify`: walks the audit log's hash chain; exit code 1 and the first broken link
// when a row was changed or removed. On the embedded database, stop the app first.
import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { verifyAuditChain } from './modules/audit/chain-repo.ts';

const REASONS = {
  contentChanged: 'the row was changed after it was written',
  previousHashMismatch: 'the previous row of its lane was changed or replaced',
  rowMissing: 'a row before it in its lane was removed',
};

const config = loadConfig();
// As the owner, since it first applies any pending migration.
const db = await openDb({ ...config, databaseUrl: config.databaseMigrateUrl });
try {
  // As at every start: a database from before the chain existed gets its rows chained first.
  await migrate(db);
  const r = await verifyAuditChain(db);
  if (!r.broken) {
    console.log(`Audit chain intact: ${r.rows} rows in ${r.lanes} lanes.`);
    console.log(
      `Digest of the lanes' last rows (keep it elsewhere; rows cut off the end change it): ${r.digest}`,
    );
  } else {
    const b = r.broken;
    console.log(
      `Audit chain BROKEN at row id ${b.id}, lane ${b.lane}, position ${b.seq}: ${REASONS[b.reason]}.`,
    );
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
