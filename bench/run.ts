// `npm run bench`: each workload's figure beside its target (issue 8). Uses the PostgreSQL at
// DATABASE_URL; the generated data stays in database ostoja_bench_<size> for the next run.
// BENCH_SIZE=small|city|national (default national), BENCH_SECONDS per workload (default 15).

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { openPostgres } from '../apps/server/src/db/db.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/seed/demo.ts';
import { freePort, median, paidAll, ratioOfMedians, requireInput } from './checks.ts';
import { cpuPerRequest, cpuSnapshot, onlyDatabase } from './cpu.ts';
import { generateRegistry, SIZES, type Size } from './generate.ts';
import { ACTIVITY, generateActivity } from './generate-activity.ts';
import { generatePayments, scheduleBenchMonth } from './generate-payments.ts';
import { type Figures, interleaved, keepAliveGet, load as loadOnce, oneClient, paced } from './measure.ts';
import { ALL_SURNAMES, FEMALE_FIRST, MALE_FIRST } from './names.ts';
import { largestChunk, portalFirstLoadJs } from './portal-js.ts';
import { timeReports } from './reports.ts';

const size = (process.env.BENCH_SIZE ?? 'national') as Size;
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
// Every timed workload runs first for BENCH_WARMUP seconds unmeasured (JIT, caches, pools).
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const root = join(import.meta.dirname, '..');
// BENCH_ONLY=search,pages,sql,calculator,portal,mixed,payments,reports runs just those workloads;
// BENCH_PROFILE=<dir> writes the server's CPU profile there (node --cpu-prof) for finding hot spots.
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const runs = (workload: string) => !only || only.includes(workload);
if (!SIZES[size]) throw new Error(`BENCH_SIZE must be one of ${Object.keys(SIZES).join(', ')}`);
// A missing input is an error, not a figure: without the built web app the portal has no JS.
if (runs('portal'))
  requireInput(
    join(root, 'apps/web/dist/index.html'),
    existsSync,
    'the built web app (apps/web/dist) — run `npm run build` first, or leave out the portal workload',
  );
const server = process.env.DATABASE_URL;
if (!server)
  throw new Error(
    'Set DATABASE_URL to a PostgreSQL 15 server (the benchmark creates its own database there).',
  );

const dbName = `ostoja_bench_${size}`;
const url = new URL(server);
url.pathname = `/${dbName}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
if ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName])).rowCount === 0)
  await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();

onlyDatabase(dbName);
const db = openPostgres(url.toString(), 20);
await migrate(db);
await db.query(
  'CREATE TABLE IF NOT EXISTS bench_meta (size text PRIMARY KEY, loaded_at timestamptz NOT NULL DEFAULT now())',
);
if ((await db.query('SELECT 1 FROM bench_meta WHERE size = $1', [size])).rowCount === 0) {
  console.log(`Generating the ${size} data set (${SIZES[size].persons.toLocaleString('pl-PL')} persons)…`);
  const t0 = Date.now();
  await seedDemo(db);
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  await generateRegistry(pool, size);
  await pool.end();
  await db.query('INSERT INTO bench_meta (size) VALUES ($1)', [size]);
  console.log(`Loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}
if ((await db.query('SELECT 1 FROM bench_meta WHERE size = $1', [`activity-${size}`])).rowCount === 0) {
  const { decisions, paymentItems } = ACTIVITY[size];
  console.log(
    `Generating ten years of work: ${decisions.toLocaleString('pl-PL')} decisions, ~${paymentItems.toLocaleString('pl-PL')} payment items…`,
  );
  const t0 = Date.now();
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  await generateActivity(pool, size, SIZES[size].persons);
  await pool.end();
  await db.query('INSERT INTO bench_meta (size) VALUES ($1)', [`activity-${size}`]);
  console.log(`Loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}
const counts = (
  await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM household)::int AS households,
            (SELECT count(*) FROM decision)::int AS decisions, (SELECT count(*) FROM payment_item)::int AS "paymentItems",
            (SELECT count(*) FROM wywiad)::int AS "homeVisits", (SELECT count(*) FROM blue_card_procedure)::int AS "blueCards",
            (SELECT count(*) FROM counselling_booking)::int AS appointments`,
  )
).rows[0]!;

// The server runs as its own process, as in production; the load generator is this process.
// A free port (BENCH_PORTS=4500-4599 to stay in a range), never a fixed one another process may hold.
const port = await freePort(process.env.BENCH_PORTS);
const app: ChildProcess = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
    '--import',
    'tsx',
    join(root, 'apps/server/src/main.ts'),
  ],
  {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(port),
      OSTOJA_SEED_DEMO: '0',
      // Without the demo the app needs the key of the two-factor secrets; the bench enrols none.
      OSTOJA_TOTP_KEY: process.env.OSTOJA_TOTP_KEY ?? randomBytes(32).toString('base64'),
      // The load generator signs in with a password only; two-factor sign-in is tested elsewhere.
      OSTOJA_TOTP_ROLES: 'none',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
process.on('exit', () => app.kill('SIGTERM'));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (
    await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 120) throw new Error('server did not start');
  await new Promise((r) => setTimeout(r, 500));
}
const loginRes = await fetch(`${base}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'pracownik', password: DEMO_PASSWORD }),
});
const cookie = loginRes.headers.get('set-cookie')!.split(';')[0]!;

/** A load workload after its warm-up, followed by where its CPU went (PostgreSQL, server, load generator). */
async function load(opts: Parameters<typeof loadOnce>[0]): Promise<Figures> {
  if (warmup > 0) await loadOnce({ ...opts, seconds: warmup });
  const before = cpuSnapshot(app.pid);
  const f = await loadOnce(opts);
  cpuNotes.push(cpuPerRequest(before, cpuSnapshot(app.pid), f.requests));
  return f;
}
const cpuNotes: string[] = [];

const rows: string[] = [];
function report(name: string, figure: string, target: string, met: boolean) {
  const line = `| ${name} | ${figure} | ${target} | ${met ? 'met' : 'NOT met'} |`;
  rows.push(line);
  console.log(line);
  const cpu = cpuNotes.pop();
  if (cpu) console.log(`  (${cpu})`);
}
const fmt = (f: Figures) =>
  `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${Math.round(f.rps)} req/s, ${f.errors} errors`;

// Search terms as staff type them: full PESEL, surname prefixes, diacritics-free fragments.
// A fixed sample (rows ordered by a hash of their id), never TABLESAMPLE: on a small table a 1 %
// block sample is often empty, and the run then crashed. An empty sample is an error.
const sample = await db.query<{ pesel: string; surname: string; id: string; household_id: string }>(
  // Persons of households: those registered by earlier mixed loads have none, and their household
  // page would be a 404.
  'SELECT pesel, surname, id, household_id FROM person WHERE household_id IS NOT NULL ORDER BY hashtext(id::text) LIMIT 400',
);
requireInput(sample.rows, (r) => r.length > 0, 'persons with a household to search for');
const { foldDiacritics } = await import('@ostoja/domain/shared/polish-text');
const terms = sample.rows.flatMap((p, i) => {
  const f = foldDiacritics(p.surname);
  return [p.pesel, f.slice(0, 2 + (i % 4)), f.slice(1, 5)];
});
let n = 0;
const nextTerm = () => terms[n++ % terms.length]!;

console.log(
  `\n${size}: ${Object.entries(counts)
    .map(([k, v]) => `${v.toLocaleString('pl-PL')} ${k}`)
    .join(', ')}; ${seconds} s per workload\n`,
);
console.log('| workload | result | target | met? |\n|---|---|---|---|');

if (runs('search')) {
  const search = await load({
    url: base,
    connections: 20,
    seconds,
    headers: { cookie },
    paths: () => `/api/v1/persons?q=${encodeURIComponent(nextTerm())}`,
  });
  report(
    'person search (PESEL, prefix, fragment), 20 clients',
    fmt(search),
    'p95 ≤ 20 ms',
    search.p95 <= 20 && search.errors === 0,
  );
}

if (runs('pages')) {
  let k = 0;
  const pages = await load({
    url: base,
    connections: 20,
    seconds,
    headers: { cookie },
    paths: () => {
      const p = sample.rows[k++ % sample.rows.length]!;
      return k % 2 ? `/api/v1/persons/${p.id}` : `/api/v1/households/${p.household_id}`;
    },
  });
  report(
    'person and household page (API), 20 clients',
    fmt(pages),
    'p95 ≤ 30 ms',
    pages.p95 <= 30 && pages.errors === 0,
  );
}

if (runs('sql')) {
  // What the API adds to the reads it runs: the same reads, one client, one request at a time,
  // over HTTP and as the raw SQL (same worker's row scope, one statement each as the API sends
  // it, no transaction around it); the ratio of the two medians. With 20 clients both sides would
  // be mostly queueing, and the ratio would compare queues. Target: issue 21 item 11.
  const { findPersons, searchStatement } = await import('../apps/server/src/modules/registry/search-repo.ts');
  const { SUMMARY_COLUMNS, personPage } = await import('../apps/server/src/modules/registry/repo.ts');
  const { personScope } = await import('../apps/server/src/modules/registry/access.ts');
  const worker = await db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'pracownik'`);
  const workerId = worker.rows[0]!.id;
  // The statements as the API sends them: the reader's id a parameter ($1 of the search, $2 of the
  // page), so both sides run them prepared once per connection (db.ts).
  const reader = { id: workerId } as Parameters<typeof personScope>[0];
  const scope = personScope(reader, 'p', '$1');
  const pageText = personPage(personScope(reader, 'p', '$2'), false);
  const find = (q: Parameters<typeof findPersons>[0], term: string) =>
    findPersons(q, term, scope, null, 26, SUMMARY_COLUMNS, [workerId]);
  // The same statement planned on every call, as a one-off query is (and as the API sent them
  // before the seventh session's W6 branch): the baseline of the earlier sections' ratios.
  const planned = (text: string) => `/* custom plan */ ${text}`;
  const get = keepAliveGet(base, { cookie });
  const viaApi = (path: (i: number) => string) => async (i: number) => {
    const status = await get(path(i));
    if (status !== 200) throw new Error(`${path(i)} answered ${status}`);
  };
  // The statement with the audit row the API writes in it (as ctx.readLogged sends it), so the
  // figure shows what the audit costs apart from what HTTP and the app add.
  const { readLogged } = await import('../apps/server/src/http/audit-write.ts');
  const actor = { id: worker.rows[0]!.id, login: 'pracownik' } as Parameters<typeof readLogged>[4]['actor'];
  const asker = { actor, requestId: 'bench', ip: '127.0.0.1', screen: null };
  /**
   * API, SQL, SQL with its audit row and SQL planned on every call, one request at a time, each
   * warmed up first; medians and the ratios. The target is judged against the prepared SQL (the
   * same execution as the API's); the ratio to the SQL planned per call is printed beside it.
   */
  // One HTTP round trip on the same connection to a route that reads nothing (no session, no
  // database): the floor under any API figure, whatever the app does.
  const httpAlone = viaApi(() => '/api/health');
  const compare = async (
    name: string,
    count: number,
    api: (i: number) => Promise<unknown>,
    raw: (i: number) => Promise<unknown>,
    logged: (i: number) => Promise<unknown>,
    oneOff: (i: number) => Promise<unknown>,
  ) => {
    const sides = [api, raw, logged, oneOff, httpAlone];
    for (const side of sides) await oneClient(count, side); // warm-up
    // Interleaved (each term on every side in turn), so a change in the machine's load during the
    // run weighs on all sides alike; one side after the other, a busy minute fell on one side only.
    const [a, s, l, o, h] = (await interleaved(count, sides)) as number[][] as [
      number[],
      number[],
      number[],
      number[],
      number[],
    ];
    const ratio = ratioOfMedians(a, s);
    // What the app itself adds: the API less one HTTP round trip and the SQL with its audit row.
    const app = median(a) - median(h) - median(l);
    report(
      name,
      `API p50 ${median(a).toFixed(2)} ms, SQL p50 ${median(s).toFixed(2)} ms (with its audit row ${median(l).toFixed(2)} ms): ratio ${ratio.toFixed(2)}; SQL planned per call p50 ${median(o).toFixed(2)} ms: ratio ${ratioOfMedians(a, o).toFixed(2)}; an HTTP round trip alone p50 ${median(h).toFixed(2)} ms, the app's own part ${app.toFixed(2)} ms`,
      'API p50 ≤ 1.3 × SQL p50',
      ratio <= 1.3,
    );
    return s;
  };
  const term = (i: number) => terms[i % terms.length]!;
  const sql = await compare(
    `the same search, API vs raw SQL, one client, ${terms.length} terms`,
    terms.length,
    viaApi((i) => `/api/v1/persons?q=${encodeURIComponent(term(i))}`),
    (i) => find(db, term(i)),
    async (i) => {
      const st = await searchStatement(db, term(i), scope, null, 26, SUMMARY_COLUMNS, [workerId]);
      if (!st) return;
      const entry = { action: 'search', entity: 'person', details: { q: term(i) } };
      const log = { entry, personsColumn: 'id', shown: 25, countAs: 'results' };
      await readLogged(db, st.text, st.params, log, { ...asker, purpose: 'GET /api/v1/persons' });
    },
    async (i) => {
      const st = await searchStatement(db, term(i), scope, null, 26, SUMMARY_COLUMNS, [workerId]);
      if (st) await db.query(planned(st.text), st.params);
    },
  );
  const people = sample.rows.map((p) => p.id);
  const person = (i: number) => people[i % people.length]!;
  await compare(
    `the person page, API vs raw SQL, one client, ${people.length} persons`,
    people.length * 2,
    viaApi((i) => `/api/v1/persons/${person(i)}`),
    (i) => db.query(pageText, [person(i), workerId]),
    (i) =>
      readLogged(
        db,
        pageText,
        [person(i), workerId],
        { entry: { action: 'read', entity: 'person', entityId: person(i) }, ifFound: true },
        { ...asker, purpose: 'GET /api/v1/persons/:id' },
      ),
    (i) => db.query(planned(pageText), [person(i), workerId]),
  );
  // The plans of the three slowest searches of the timed SQL pass, for docs/benchmarks.md.
  const timed = terms.map((term, i) => ({ term, ms: sql[i]! }));
  const plans: string[] = [];
  for (const { term, ms } of timed.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
    const statements: [string, readonly unknown[]][] = [];
    await db.tx((q) => {
      const recording: typeof q = {
        ...q,
        query: (text, params) => {
          statements.push([text, params ?? []]);
          return q.query(text, params);
        },
      };
      return find(recording, term);
    });
    const [text, params] = statements.at(-1)!;
    const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
    plans.push(
      `== "${term}" (${ms.toFixed(1)} ms in the timed pass)\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`,
    );
  }
  const plansFile = join(import.meta.dirname, '.data', `search-plans-${size}.txt`);
  mkdirSync(dirname(plansFile), { recursive: true });
  writeFileSync(plansFile, `${plans.join('\n\n')}\n`);
  console.log(
    `  (slowest searches: ${timed
      .slice(0, 3)
      .map((t) => `"${t.term}" ${t.ms.toFixed(1)} ms`)
      .join(', ')}; plans: ${plansFile})`,
  );
}

if (runs('calculator')) {
  const calc = await load({
    url: `${base}/api/v1/calculators/social-assistance`,
    connections: 50,
    seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      benefit: 'zasilekOkresowy',
      date: '2026-11-02',
      household: [
        { role: 'applicant', netIncome: 50000, unableToWork: false },
        { role: 'member', netIncome: 0, unableToWork: false },
      ],
    }),
  });
  report(
    'public calculator API, 50 clients',
    fmt(calc),
    '≥ 5,000 req/s, p99 ≤ 20 ms',
    calc.rps >= 5000 && calc.p99 <= 20 && calc.errors === 0,
  );
}

if (runs('portal')) {
  // The first load of the public portal, as a resident's browser makes it (only the chunks it
  // needs). No JavaScript at all is a missing input (an unbuilt or broken web app): an error.
  const js = requireInput(
    await portalFirstLoadJs(base),
    (j) => j.files > 0,
    'JavaScript on the first load of /portal (0 files: is the web app built and served?)',
  );
  report(
    'public portal first load (JS, gzipped)',
    `${(js.gzipBytes / 1024).toFixed(1)} kB in ${js.files} files`,
    'JS < 150 kB gzipped',
    js.gzipBytes < 150 * 1024,
  );
  const chunk = largestChunk(join(root, 'apps/web/dist'));
  report(
    'largest chunk of the web app (JS, gzipped)',
    `${(chunk.gzipBytes / 1024).toFixed(1)} kB (${chunk.file})`,
    '< 250 kB gzipped',
    chunk.gzipBytes > 0 && chunk.gzipBytes < 250 * 1024,
  );
}

// Mixed staff load: 200 sessions, 70 % reads (search, person, household and application pages,
// my work), 30 % writes (registering a person), for BENCH_MIXED_SECONDS (default 300). The
// sessions together offer BENCH_MIXED_RATE requests a second (default 1100, a tenth above the
// target, so that random gaps cannot bring the rate achieved under it by chance): people pause
// between clicks, so 200 sessions do not each fire the next request the instant the last one
// is answered (measure.ts `paced`). A short run without pauses afterwards shows the capacity.
if (runs('mixed')) {
  const mixedSeconds = Number(process.env.BENCH_MIXED_SECONDS ?? 300);
  const mixedRate = Number(process.env.BENCH_MIXED_RATE ?? 1100);
  const applications = requireInput(
    (await db.query<{ id: string }>('SELECT id FROM application ORDER BY hashtext(id::text) LIMIT 400')).rows,
    (r) => r.length > 0,
    'applications to open',
  );
  const sessions: string[] = [];
  for (let i = 0; i < 200; i++) {
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: i % 2 ? 'pracownik' : 'pracownik2', password: DEMO_PASSWORD }),
    });
    sessions.push(res.headers.get('set-cookie')!.split(';')[0]!);
  }
  const { makePesel } = await import('@ostoja/domain/shared/pesel');
  let k = 0;
  // Each n is its own PESEL among 19.4 million (4 860 birth dates × 2 sexes × 2 000 serials);
  // every run reserves the next million, so reruns on the same database never meet.
  const PESELS = 4860 * 2 * 2000;
  await db.query('CREATE TABLE IF NOT EXISTS bench_counter (name text PRIMARY KEY, value bigint NOT NULL)');
  const reserved = await db.query<{ start: string }>(
    `INSERT INTO bench_counter (name, value) VALUES ('mixed-pesel', 1000000)
     ON CONFLICT (name) DO UPDATE SET value = bench_counter.value + 1000000 RETURNING value - 1000000 AS start`,
  );
  let serial = Number(reserved.rows[0]!.start);
  const request = (): { method: string; path: string; headers: Record<string, string>; body?: string } => {
    const i = k++;
    const cookie = sessions[i % sessions.length]!;
    const p = sample.rows[i % sample.rows.length]!;
    const r = i % 10;
    if (r < 3)
      return {
        method: 'GET',
        path: `/api/v1/persons?q=${encodeURIComponent(nextTerm())}`,
        headers: { cookie },
      };
    if (r < 4) return { method: 'GET', path: `/api/v1/persons/${p.id}`, headers: { cookie } };
    if (r < 5) {
      const a = applications[i % applications.length]!;
      return { method: 'GET', path: `/api/v1/applications/${a.id}`, headers: { cookie } };
    }
    if (r < 6) return { method: 'GET', path: `/api/v1/households/${p.household_id}`, headers: { cookie } };
    if (r < 7) return { method: 'GET', path: '/api/v1/my-work', headers: { cookie } };
    // Writes: a new person (a fresh PESEL each time) — 30 % of requests.
    const n = serial++ % PESELS;
    const d = n % 4860;
    const pesel = makePesel(
      `${1940 + (d % 60)}-0${1 + (Math.floor(d / 60) % 9)}-2${Math.floor(d / 540)}`,
      Math.floor(n / 4860) % 2 ? 'M' : 'F',
      // Days 20–28 and serials from 3000 up: generated persons use serials 1000–1100, the demo
      // centre 0–199; runs before 2026-11-22 16:40 used days 10–18.
      3000 + Math.floor(n / 9720),
    );
    return {
      method: 'POST',
      path: '/api/v1/persons',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        // Names as residents have them (already in the name dictionary), not made-up ones that
        // would grow the dictionary with every request.
        person: {
          pesel,
          firstName: n % 2 ? MALE_FIRST[n % MALE_FIRST.length]! : FEMALE_FIRST[n % FEMALE_FIRST.length]!,
          surname: ALL_SURNAMES[n % ALL_SURNAMES.length]![n % 2 ? 0 : 1],
        },
        confirmDuplicate: true,
      }),
    };
  };
  if (warmup > 0) await loadOnce({ url: base, connections: 20, seconds: warmup, request });
  const before = cpuSnapshot(app.pid);
  const mixed = await paced({ url: base, sessions: 200, seconds: mixedSeconds, rate: mixedRate, request });
  cpuNotes.push(cpuPerRequest(before, cpuSnapshot(app.pid), mixed.requests));
  report(
    `mixed staff load, 200 sessions offering ${mixedRate} req/s, ${mixedSeconds} s (70 % reads, 30 % writes)`,
    fmt(mixed),
    '≥ 1,000 req/s, p95 ≤ 100 ms, zero errors',
    mixed.rps >= 1000 && mixed.p95 <= 100 && mixed.errors === 0,
  );
  const capacity = await load({ url: base, connections: 200, seconds: Math.min(30, mixedSeconds), request });
  report(
    'the same mix without pauses, 200 connections, 30 s (capacity, no target)',
    fmt(capacity),
    '—',
    capacity.errors === 0,
  );
}

if (runs('payments')) {
  // The monthly payment run for 100,000 recipients, bank files included (a month no demo data uses).
  // 100 000 recipients where the size has the households for them (national); fewer otherwise,
  // and the label says how many. Paying fewer than that is reported, never hidden.
  const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? Math.min(100_000, SIZES[size].households));
  if (
    (await db.query('SELECT 1 FROM bench_meta WHERE size = $1', [`payments-${RECIPIENTS}`])).rowCount === 0
  ) {
    process.stdout.write(`\nGenerating ${RECIPIENTS.toLocaleString('pl-PL')} granted decisions… `);
    await generatePayments(db, RECIPIENTS, '2031-01');
    await db.query('INSERT INTO bench_meta (size) VALUES ($1)', [`payments-${RECIPIENTS}`]);
    console.log('done');
  }
  // Each run pays a month of its own, after every month already run (runs are never deleted).
  const last = await db.query<{ m: string | null }>(
    `SELECT to_char(max(month) + interval '1 month', 'YYYY-MM') AS m FROM payment_schedule_item WHERE month >= '2031-01-01'`,
  );
  const runMonth = last.rows[0]?.m ?? '2031-01';
  const scheduled = await scheduleBenchMonth(db, runMonth);
  requireInput(scheduled, (n) => n > 0, `payments scheduled for ${runMonth}`);
  const clerk = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'swiadczenia', password: DEMO_PASSWORD }),
  });
  const clerkCookie = clerk.headers.get('set-cookie')!.split(';')[0]!;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { cookie: clerkCookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  // Warm-up: the same server, session and pool on the payment runs' reads (the run itself writes
  // and cannot be repeated unmeasured).
  if (warmup > 0)
    await loadOnce({
      url: base,
      connections: 4,
      seconds: warmup,
      headers: { cookie: clerkCookie },
      paths: () => `/api/v1/payment-runs?month=${runMonth}`,
    });
  {
    const t0 = performance.now();
    let run = await (await call('POST', '/api/v1/payment-runs', { month: runMonth })).json();
    for (let p = run.progress; !p.finished; ) {
      p = (await (await call('POST', `/api/v1/payment-runs/${run.id}/advance`)).json()).progress;
      process.stdout.write(`\r  building the run: ${p.percent}% (${p.done}/${p.total})`);
    }
    process.stdout.write('\n');
    run = await (await call('GET', `/api/v1/payment-runs/${run.id}`)).json();
    const built = performance.now() - t0;
    // Accept every flag, page after page, until none is left open.
    for (;;) {
      const open = (await (await call('GET', `/api/v1/payment-runs/${run.id}/flags?unresolved=true`)).json())
        .items as { id: string }[];
      if (open.length === 0) break;
      for (const f of open)
        await call('POST', `/api/v1/payment-flags/${f.id}/resolution`, { action: 'accept' });
    }
    await call('POST', `/api/v1/payment-runs/${run.id}/approval`);
    run = await (await call('GET', `/api/v1/payment-runs/${run.id}`)).json();
    let bytes = 0;
    for (const list of run.lists.filter((l: { method: string }) => l.method === 'transfer'))
      bytes += (
        await (
          await call('POST', `/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' })
        ).arrayBuffer()
      ).byteLength;
    const total = (performance.now() - t0) / 1000;
    // The bench recipients on the approved run's lists, against those it was set up for; the run
    // also pays what else is due by then (the demo's open months), counted apart.
    const counted = await db.query<{ bench: number; other: number }>(
      `SELECT count(*) FILTER (WHERE decision_number LIKE 'BENCH.%' AND list_id IS NOT NULL)::int AS bench,
              count(*) FILTER (WHERE decision_number NOT LIKE 'BENCH.%')::int AS other
         FROM payment_item WHERE run_id = $1`,
      [run.id],
    );
    const { bench, other } = counted.rows[0]!;
    const expected = Math.max(RECIPIENTS, scheduled);
    const check = paidAll(expected, bench);
    report(
      `monthly payment run for ${expected.toLocaleString('pl-PL')} recipients, bank files`,
      `${total.toFixed(1)} s (built in ${(built / 1000).toFixed(1)} s; ${check.note}${other ? `, and ${other} other items due` : ''}; Elixir-0 ${(bytes / 1e6).toFixed(1)} MB)`,
      '≤ 30 s, every recipient paid',
      total <= 30 && check.met,
    );
  }
}

// MRPiPS-03 and the strategy report for 2025 (the last full year of generated work), over HTTP
// as the director asks for them, each after one unmeasured call; the plans of their heaviest
// queries go to bench/.data/.
if (runs('reports')) {
  const plansFile = join(import.meta.dirname, '.data', `report-plans-${size}.txt`);
  mkdirSync(dirname(plansFile), { recursive: true });
  for (const { label, seconds } of await timeReports(db, base, 2025, plansFile))
    report(label, `${seconds.toFixed(1)} s`, '≤ 10 s', seconds <= 10);
  console.log(`  (plans: ${plansFile})`);
}

app.kill('SIGTERM');
await db.close();
console.log('\nCopy the table into docs/benchmarks.md with the machine and the commit.');
