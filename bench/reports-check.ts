// Times MRPiPS-03 (annual) and the strategy report on a national-size database (2 M persons,
// 10 M decisions; bench/reports-generate.sql). Not a test: run by hand against a throwaway server,
//   DATABASE_URL=postgres://postgres@127.0.0.1:5559/postgres node --import tsx \
//     bench/reports-check.ts [existing-db-name]
// It creates database `reporting_scale` (or reuses the one named), prints each report's time
// against the 10 s target, and the plans of the section queries (EXPLAIN ANALYZE) to a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import '@ostoja/domain';
import { openPostgres } from '../apps/server/src/db/db.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { staffContext } from '../apps/server/src/http/context.ts';
import { dashboard } from '../apps/server/src/modules/reporting/dashboard.ts';
import { FAMILIES, HELPED, PAID } from '../apps/server/src/modules/reporting/helped.ts';
import { compute } from '../apps/server/src/modules/reporting/mrpips-service.ts';
import { report } from '../apps/server/src/modules/reporting/strategy-service.ts';
import { seedDemo } from '../apps/server/src/seed/demo.ts';

const here = dirname(fileURLToPath(import.meta.url));
const server = process.env.DATABASE_URL!;
const name = process.argv[2] ?? 'reporting_scale';
const url = new URL(server);
url.pathname = `/${name}`;

async function prepare() {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = openPostgres(url.toString(), 2);
  if (exists.rowCount === 0) {
    await migrate(db);
    await seedDemo(db, { caseload: false } as never);
    const t0 = Date.now();
    console.log('generating national-size data…');
    await db.exec(readFileSync(join(here, 'reports-generate.sql'), 'utf8'));
    await db.exec('VACUUM ANALYZE');
    console.log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  return db;
}

const db = await prepare();
const counts = await db.query<{ t: string; n: number }>(
  `SELECT 'person' AS t, count(*)::int AS n FROM person UNION ALL SELECT 'decision', count(*)::int FROM decision
   UNION ALL SELECT 'payment_item', count(*)::int FROM payment_item UNION ALL SELECT 'ledger_entry', count(*)::int FROM ledger_entry`,
);
console.log(counts.rows.map((r) => `${r.t}: ${r.n.toLocaleString('pl-PL')}`).join(', '));
const director = (await db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
  .rows[0]!.id;
const strategy = (await db.query<{ id: string }>('SELECT id FROM strategy LIMIT 1')).rows[0]!.id;

const results: string[] = [];
async function time(label: string, fn: () => Promise<unknown>) {
  // Each report in its own transaction, as the route runs it (fn opens it).
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  const line = `${label}: ${s.toFixed(2)} s (target ≤ 10 s) ${s <= 10 ? 'OK' : 'OVER'}`;
  results.push(line);
  console.log(line);
}
const ctx = (q: Parameters<typeof staffContext>[0]) => {
  const c = staffContext(q, director);
  return { ...c, actor: { ...c.actor, roles: ['director' as const] } };
};
await time('MRPiPS-03-R 2025', () => db.tx((q) => compute(ctx(q), 2025, 'Y')));
await time('MRPiPS-03-P 2025', () => db.tx((q) => compute(ctx(q), 2025, 'H1')));
await time('strategy report 2025 (with 2024)', () => db.tx((q) => report(ctx(q), strategy, 2025)));
await time('dashboard 2025', () => db.tx((q) => dashboard(ctx(q), 2025, '2025-12-15')));

const plans: string[] = [];
for (const [label, sql] of [
  ['helped families', `WITH ${HELPED}, ${FAMILIES} SELECT count(*), sum(size) FROM families`],
  ['paid (ledger)', `WITH ${PAID} SELECT count(*), sum(amount) FROM paid`],
] as const) {
  const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [
    '2025-01-01',
    '2025-12-31',
  ]);
  plans.push(`== ${label}\n${r.rows.map((x) => x['QUERY PLAN']).join('\n')}`);
}
writeFileSync('/tmp/reporting-scale-plans.txt', `${results.join('\n')}\n\n${plans.join('\n\n')}\n`);
console.log('plans: /tmp/reporting-scale-plans.txt');
await db.close();
