// The reports a centre owes, timed over HTTP as the director asks for them on the benchmark
// database: MRPiPS-03 annual and half-year, the strategy report with the year before, and the
// director's dashboard — each after one unmeasured call. Also writes the plans of their
// heaviest queries.
import { writeFileSync } from 'node:fs';
import type { Db } from '../apps/server/src/db/db.ts';
import { FAMILIES, HELPED, PAID } from '../apps/server/src/modules/reporting/helped-repo.ts';
import { DEMO_PASSWORD } from '../apps/server/src/seed/demo.ts';

export async function timeReports(db: Db, base: string, year: number, plansFile: string) {
  const strategy = (await db.query<{ id: string }>('SELECT id FROM strategy LIMIT 1')).rows[0]?.id;
  if (!strategy) throw new Error('missing input: a strategy to report on');
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'dyrektor', password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`director login answered ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const get = async (path: string) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const times: { label: string; seconds: number }[] = [];
  const time = async (label: string, path: string) => {
    await get(path); // warm-up
    const t0 = performance.now();
    await get(path);
    times.push({ label, seconds: (performance.now() - t0) / 1000 });
  };
  await time(`MRPiPS-03 annual ${year}`, `/api/v1/reports/mrpips-03/${year}/Y`);
  await time(`MRPiPS-03 half-year ${year}`, `/api/v1/reports/mrpips-03/${year}/H1`);
  await time(
    `strategy report ${year} (with ${year - 1})`,
    `/api/v1/reports/strategies/${strategy}/report?year=${year}`,
  );
  await time(`director's dashboard ${year}`, `/api/v1/reports/dashboard?year=${year}`);

  const plans: string[] = [];
  for (const [label, sql] of [
    [
      'helped families (MRPiPS-03, strategy)',
      `WITH ${HELPED}, ${FAMILIES} SELECT count(*), sum(size) FROM families`,
    ],
    ['paid (ledger projection)', `WITH ${PAID} SELECT count(*), sum(amount) FROM paid`],
  ] as const) {
    const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [
      `${year}-01-01`,
      `${year}-12-31`,
    ]);
    plans.push(`== ${label}\n${r.rows.map((x) => x['QUERY PLAN']).join('\n')}`);
  }
  writeFileSync(plansFile, `${plans.join('\n\n')}\n`);
  return times;
}
