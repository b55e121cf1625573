import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { todayInPoland } from '@ostoja/domain/shared/today';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo.ts';
import { createTestDatabase } from '../test/db.ts';

// Two app processes on one PostgreSQL behind nginx, started by scripts/two-instances.sh.
const root = join(import.meta.dirname, '../../../..');
let proc: ChildProcess;
let base: string;
let pids: number[];
let ports: { a: string; b: string };
let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const port = 20000 + Math.floor(Math.random() * 20000);
  proc = spawn('bash', [join(root, 'scripts/two-instances.sh'), String(port)], {
    cwd: root,
    // Small build batches, so that the demo month's payment run takes many steps.
    env: { ...process.env, DATABASE_URL: database.url, OSTOJA_PAYMENT_BATCH: '4' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 90 s:\n${log}`)), 90_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /READY (\S+) a=(\d+) b=(\d+) pids=([\d ]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        ports = { a: m[2]!, b: m[3]! };
        resolve(`${m[1]} ${m[4]}`);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`exited ${code}:\n${log}`)));
  });
  const [url, ...rest] = ready.split(' ');
  base = url!;
  pids = rest.map(Number);
}, 120_000);

afterAll(async () => {
  if (proc?.pid) process.kill(-proc.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await database?.drop();
});

async function me(cookie: string) {
  const res = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } });
  return { status: res.status, instance: res.headers.get('x-ostoja-instance') };
}

async function login(login: string, url = base) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

describe('two instances behind a proxy', () => {
  it('serves one session from both instances', async () => {
    const cookie = await login('pracownik');
    const answers = await Promise.all(Array.from({ length: 10 }, () => me(cookie)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(new Set(answers.map((a) => a.instance))).toEqual(new Set(['a', 'b']));
  });

  it('opens a payment run on both at once, pays nobody twice, and finishes it after one instance is killed', async () => {
    const cookie = await login('swiadczenia');
    const month = todayInPoland().slice(0, 7);
    const open = (port: string) =>
      fetch(`http://127.0.0.1:${port}/api/v1/payment-runs`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ month }),
      });
    const [ra, rb] = await Promise.all([open(ports.a), open(ports.b)]);
    expect([ra.status, rb.status].every((s) => s === 200 || s === 409)).toBe(true);
    // Kill instance a while the run is still being built; b's background worker takes over.
    process.kill(pids[0]!, 'SIGKILL');
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      // Still being built when a was killed: b's background worker must finish it.
      const first = await admin.query<{ status: string }>(
        "SELECT status FROM payment_run WHERE to_char(month, 'YYYY-MM') = $1",
        [month],
      );
      expect(first.rows.map((r) => r.status)).toEqual(['building']);
      let status = 'building';
      for (let i = 0; i < 120 && status === 'building'; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const run = await admin.query<{ status: string }>(
          "SELECT status FROM payment_run WHERE to_char(month, 'YYYY-MM') = $1",
          [month],
        );
        expect(run.rowCount).toBe(1);
        status = run.rows[0]!.status;
      }
      expect(status).not.toBe('building');
      const items = await admin.query<{ n: number; distinct: number; total: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT schedule_item_id)::int AS distinct, sum(amount)::bigint AS total
           FROM payment_item`,
      );
      // Due: every granted month up to the run's, and the returned payments the centre sent again.
      const due = await admin.query<{ n: number; total: number }>(
        `SELECT count(*)::int AS n, sum(amount)::bigint AS total FROM (
           SELECT (e->>'amount')::int AS amount
             FROM decision d, jsonb_array_elements(d.schedule) e WHERE d.outcome = 'grant' AND e->>'month' <= $1
           UNION ALL
           SELECT amount FROM payment_schedule_item WHERE kind = 'reissue') due`,
        [month],
      );
      expect(items.rows[0]!.n).toBe(items.rows[0]!.distinct);
      expect(items.rows[0]).toMatchObject({ n: due.rows[0]!.n, total: due.rows[0]!.total });
    } finally {
      await admin.end();
    }
    // And the proxy keeps serving the same session from the survivor.
    const after = [];
    for (let i = 0; i < 6; i++) after.push(await me(cookie));
    expect(after.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(new Set(after.map((a) => a.instance))).toEqual(new Set(['b']));
  }, 90_000);
});
