import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openAppDb } from './db/app-db.ts';
import { advanceBuildingRuns } from './modules/payments/runs.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './seed/demo.ts';

const config = loadConfig();
// Migrations and the demo seed run as the tables' owner; the app itself as the role that owns nothing.
const db = await openAppDb(config, async (owner, applied) => {
  if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
  if (config.seedDemo && (await seedDemo(owner))) {
    const n = await owner.query<{ households: number; persons: number }>(
      'SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM person)::int AS persons',
    );
    console.log(`Demo centre seeded (${n.rows[0]!.households} households, ${n.rows[0]!.persons} persons).`);
  }
});

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

${
  config.totpRoles.length
    ? `Two-factor sign-in (TOTP) is required for: ${config.totpRoles.join(', ')}.`
    : config.seedDemo
      ? 'Two-factor sign-in is NOT required of any role (demo centre). A real installation sets OSTOJA_SEED_DEMO=0,\nwhich requires it of administrators, the director and the Niebieska Karta team (OSTOJA_TOTP_ROLES to change).'
      : 'Two-factor sign-in is NOT required of any role (OSTOJA_TOTP_ROLES=none).'
}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    clearInterval(worker);
    await app.close();
    await db.close();
    process.exit(0);
  });
}
