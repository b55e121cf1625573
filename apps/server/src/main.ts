import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { advanceBuildingRuns } from './modules/payments/runs.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo.ts';

const config = loadConfig();
const db = await openDb(config);
const applied = await migrate(db);
if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
if (config.seedDemo && (await seedDemo(db))) console.log('Demo centre seeded (80 households, 200 persons).');

const { app } = await buildApp(db, config, { logger: true });
await app.listen({ port: config.port, host: config.host });

// Long jobs (payment runs too large to build in one request) advance in the background; every
// instance may run this: a run being built by one is skipped by the others, and a run left half
// built by a killed instance is picked up here.
let advancing = false;
const worker = setInterval(async () => {
  if (advancing) return;
  advancing = true;
  try {
    await advanceBuildingRuns(db);
  } catch (e) {
    app.log.error(e);
  } finally {
    advancing = false;
  }
}, 2_000);

const where = config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`;
console.log(`
Ostoja is running on http://localhost:${config.port}  (database: ${where})
API description: http://localhost:${config.port}/api/docs/openapi.json

Demo logins (password for all: ${DEMO_PASSWORD}):
${DEMO_ACCOUNTS.map((a) => `  ${a.login.padEnd(12)} ${a.role}`).join('\n')}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    clearInterval(worker);
    await app.close();
    await db.close();
    process.exit(0);
  });
}
