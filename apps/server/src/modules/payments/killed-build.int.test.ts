import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../db/db.ts';
import { migrate } from '../../db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo.ts';
import { type AppProcess, startAppProcess } from '../../test/app-process.ts';
import { type Cluster, sqlOn, startCluster } from '../../test/cluster.ts';
import { verifyAuditChain } from '../audit/chain-repo.ts';

// A payment run whose build is killed (kill -9) half-way and picked up by the next start (issue 21
// item 10). Two copies of the demo centre: on one the build is killed and resumed, on the other it
// runs uninterrupted; item by item the two runs must come out the same, and the audit chain holds.

const month = todayInPoland().slice(0, 7);
let pgc: Cluster;
const running: AppProcess[] = [];
const url = (db: string) => pgc.url.replace(/\/postgres$/, `/${db}`);

const sql = <T>(db: string, text: string, params: unknown[] = []) => sqlOn<T>(url(db), text, params);

async function start(db: string) {
  // Batches of one item: the build takes many transactions, so the kill lands inside it.
  const app = await startAppProcess({
    DATABASE_URL: url(db),
    OSTOJA_PAYMENT_BATCH: '1',
    OSTOJA_TOTP_ROLES: 'none',
  });
  running.push(app);
  return app;
}

async function openRun(app: AppProcess): Promise<string> {
  const login = await fetch(`${app.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'swiadczenia', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const r = await fetch(`${app.base}/api/v1/payment-runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ month }),
  });
  expect(r.status).toBe(200);
  const run = await r.json();
  expect(run).toMatchObject({ created: true, status: 'building' });
  return run.id;
}

type Progress = { status: string; done: number; total: number };
const progress = async (db: string, id: string) =>
  (
    await sql<Progress>(
      db,
      'SELECT status, progress_done AS done, progress_total AS total FROM payment_run WHERE id = $1',
      [id],
    )
  )[0]!;

async function built(db: string, id: string) {
  for (let i = 0; i < 600; i++) {
    const p = await progress(db, id);
    if (p.status === 'draft') return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the run was not built in 60 s');
}

/** The run item by item, keyed by what it pays (the schedule item), as a clerk would compare it. */
async function outcome(db: string, id: string) {
  return sql(
    db,
    `SELECT i.schedule_item_id, i.amount, i.deduction, i.method, l.pay_on::text AS pay_on, l.pay_until::text AS pay_until,
            (SELECT string_agg(f.kind, ',' ORDER BY f.kind) FROM payment_flag f WHERE f.payment_item_id = i.id) AS flags,
            (SELECT coalesce(sum(d.amount), 0)::int FROM payment_deduction d WHERE d.payment_item_id = i.id) AS deducted
       FROM payment_item i LEFT JOIN payment_list l ON l.id = i.list_id
      WHERE i.run_id = $1 ORDER BY i.schedule_item_id`,
    [id],
  );
}

beforeAll(async () => {
  pgc = await startCluster('ostoja-killed-run-');
  await sql('postgres', 'CREATE DATABASE killed');
  const owner = openPostgres(url('killed'), 2);
  await migrate(owner);
  await seedDemo(owner);
  await owner.close();
  await sql('postgres', 'CREATE DATABASE uninterrupted TEMPLATE killed');
}, 180_000);

afterAll(() => {
  for (const a of running) if (a.process.exitCode === null) a.process.kill('SIGKILL');
  pgc?.remove();
});

describe('a payment run killed while it is being built', () => {
  it('is finished by the next start, item for item as a build never interrupted, and the audit chain holds', async () => {
    const first = await start('killed');
    const id = await openRun(first);
    let at: Progress | undefined;
    for (let i = 0; i < 3000 && !at; i++) {
      const p = await progress('killed', id);
      if (p.done > 0) at = p;
      else await new Promise((r) => setTimeout(r, 5));
    }
    first.process.kill('SIGKILL');
    await new Promise((r) => first.process.once('exit', r));
    // Killed half-way, not after the end: otherwise this test would prove nothing.
    expect(at!.done).toBeLessThan(at!.total);
    const left = await progress('killed', id);
    expect(left.status).toBe('building');
    expect(left.done).toBeLessThan(left.total);

    const second = await start('killed');
    const resumed = await built('killed', id);
    expect(resumed.done).toBe(resumed.total);
    second.process.kill('SIGTERM');

    const other = await start('uninterrupted');
    const otherId = await openRun(other);
    await built('uninterrupted', otherId);
    other.process.kill('SIGTERM');

    const a = await outcome('killed', id);
    expect(a.length).toBe(resumed.total);
    expect(a.every((r) => (r as { pay_on: string | null }).pay_on !== null)).toBe(true);
    expect(a).toEqual(await outcome('uninterrupted', otherId));
    const totals = `SELECT item_count, net_amount FROM payment_run WHERE id = $1`;
    expect(await sql('killed', totals, [id])).toEqual(await sql('uninterrupted', totals, [otherId]));

    const owner = openPostgres(url('killed'), 1);
    try {
      expect((await verifyAuditChain(owner)).broken).toBeNull();
    } finally {
      await owner.close();
    }
  }, 300_000);
});
