// The reports a centre owes, timed on the benchmark database as their routes run them (one
// transaction each): MRPiPS-03 annual and half-year, the strategy report with the year before,
// and the director's dashboard. Also writes the plans of their heaviest queries.
import { writeFileSync } from 'node:fs';
import type { Db } from '../apps/server/src/db/db.ts';
import { staffContext } from '../apps/server/src/http/context.ts';
import { dashboard } from '../apps/server/src/modules/reporting/dashboard.ts';
import { FAMILIES, HELPED, PAID } from '../apps/server/src/modules/reporting/helped-repo.ts';
import { compute } from '../apps/server/src/modules/reporting/mrpips-service.ts';
import { report } from '../apps/server/src/modules/reporting/strategy-service.ts';

export async function timeReports(db: Db, year: number, plansFile: string) {
  const director = (await db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
    .rows[0]!.id;
  const strategy = (await db.query<{ id: string }>('SELECT id FROM strategy LIMIT 1')).rows[0]!.id;
  const ctx = (q: Parameters<typeof staffContext>[0]) => {
    const c = staffContext(q, director);
    return { ...c, actor: { ...c.actor, roles: ['director' as const] } };
  };
  const times: { label: string; seconds: number }[] = [];
  const time = async (label: string, fn: () => Promise<unknown>) => {
    const t0 = performance.now();
    await fn();
    times.push({ label, seconds: (performance.now() - t0) / 1000 });
  };
  await time(`MRPiPS-03 annual ${year}`, () => db.tx((q) => compute(ctx(q), year, 'Y')));
  await time(`MRPiPS-03 half-year ${year}`, () => db.tx((q) => compute(ctx(q), year, 'H1')));
  await time(`strategy report ${year} (with ${year - 1})`, () =>
    db.tx((q) => report(ctx(q), strategy, year)),
  );
  await time(`director's dashboard ${year}`, () => db.tx((q) => dashboard(ctx(q), year, `${year}-12-15`)));

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
