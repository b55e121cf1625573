import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';

const config = loadConfig();
// As the tables' owner: DATABASE_MIGRATE_URL, else DATABASE_URL.
const db = await openDb({ ...config, databaseUrl: config.databaseMigrateUrl });
const applied = await migrate(db);
console.log(
  applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.',
);
await db.close();
