// `npm run bench`: loads a generated registry into the PostgreSQL at DATABASE_URL (a fresh
// database per run), then measures the API against its targets. Never part of `npm test`.
import autocannon from 'autocannon';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openPostgres } from '../apps/server/src/db/db.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/seed/demo.ts';
import { createTestDatabase } from '../apps/server/src/test/db.ts';
import { generateRegistry } from './generate.ts';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 40_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

const database = await createTestDatabase();
const db = openPostgres(database.url, 20);
try {
  await migrate(db);
  await seedDemo(db);
  const t0 = Date.now();
  await generateRegistry(db, HOUSEHOLDS, 7, (done) =>
    process.stdout.write(`\rgenerating households ${done}/${HOUSEHOLDS}`),
  );
  await db.query('ANALYZE');
  const persons = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM person')).rows[0]!.n;
  console.log(
    `\n${persons} persons in ${HOUSEHOLDS} households loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const { app } = await buildApp(db, loadConfig({ ...process.env, DATABASE_URL: database.url }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { login: 'pracownik', password: DEMO_PASSWORD },
  });
  const cookie = `ostoja_session=${login.cookies[0]!.value}`;
  const pesels = (
    await db.query<{ pesel: string }>('SELECT pesel FROM person ORDER BY id LIMIT 200')
  ).rows.map((r) => r.pesel);
  const queries = [
    ...pesels.slice(0, 50),
    'kowal',
    'nowak',
    'zolk',
    'wisn',
    'lewand',
    'szyma',
    'dabr',
    'ko',
    'ma',
  ];

  const rows: string[] = [];
  const report = (name: string, r: autocannon.Result, target: string, met: boolean) => {
    const line = `${name.padEnd(48)} p50 ${r.latency.p50} ms  p97.5 ${r.latency.p97_5} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s  errors ${r.errors + r.non2xx}   target ${target}: ${met ? 'met' : 'NOT met'}`;
    console.log(line);
    rows.push(line);
  };
  let i = 0;
  const search = await autocannon({
    url: address,
    connections: 20,
    duration: DURATION,
    headers: { cookie },
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: `/api/v1/persons?q=${encodeURIComponent(queries[i++ % queries.length]!)}`,
        }),
      },
    ],
  });
  report(
    'person search (PESEL, prefix, fragment), 20 clients',
    search,
    'p99 ≤ 20 ms',
    search.latency.p99 <= 20,
  );

  const calc = await autocannon({
    url: `${address}/api/v1/address-lookup?street=${encodeURIComponent('Żbikowska')}&number=12`,
    connections: 20,
    duration: DURATION,
  });
  report('address lookup (public), 20 clients', calc, 'p99 ≤ 20 ms', calc.latency.p99 <= 20);
  await app.close();
} finally {
  await db.close();
  await database.drop();
}
