import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';

const config = loadConfig();
const db = await openDb(config);
const applied = await migrate(db);
console.log(
  applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.',
);
await db.close();
