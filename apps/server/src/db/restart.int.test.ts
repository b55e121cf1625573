import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../modules/audit/chain-repo.ts';
import { type AppProcess, startAppProcess } from '../test/app-process.ts';
import { type Cluster, startCluster } from '../test/cluster.ts';
import { openPostgres } from './db.ts';

// The app process on a PostgreSQL cluster of its own, which this test stops and starts (the shared
// test server cannot be restarted under the other tests).
let pg: Cluster;
let server: AppProcess;
let app: AppProcess['process'];
let base: string;

beforeAll(async () => {
  pg = await startCluster('ostoja-restart-');
  server = await startAppProcess({
    DATABASE_URL: pg.url,
    OSTOJA_SEED_DEMO: '0',
    OSTOJA_TOTP_KEY: randomBytes(32).toString('base64'),
  });
  app = server.process;
  base = server.base;
}, 120_000);

afterAll(() => {
  if (app?.exitCode === null) app.kill('SIGTERM');
  pg?.remove();
});

interface Answer {
  status: number;
  retryAfter: string | null;
  body: string;
}

/**
 * A public list (a read in a transaction), a session check (the staff path's first query) and,
 * every fifth request under load, a failed sign-in (a write: an audit row in the chain).
 */
async function ask(i: number): Promise<Answer> {
  const en = { 'accept-language': 'en' };
  const res =
    i % 5 === 4
      ? await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { ...en, 'content-type': 'application/json' },
          body: JSON.stringify({ login: `nobody${i % 50}`, password: 'not the password' }),
        })
      : i % 2
        ? await fetch(`${base}/api/v1/portal/news`, { headers: en })
        : await fetch(`${base}/api/v1/auth/me`, {
            headers: { ...en, cookie: 'ostoja_session=not-a-session' },
          });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
}

/** Requests from `workers` loops until `stop` resolves. */
async function load(workers: number, stop: Promise<void>) {
  const answers: Answer[] = [];
  let done = false;
  void stop.then(() => {
    done = true;
  });
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      for (let i = w; !done; i++) answers.push(await ask(i));
    }),
  );
  return answers;
}

/** Waits until both kinds of request are answered normally; returns how long that took. */
async function recovered(): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < 15_000) {
    const [a, b] = await Promise.all([ask(0), ask(1)]);
    if (a.status === 401 && b.status === 200) return Date.now() - start;
    expect([a.status, b.status]).not.toContain(500);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not answering normally 15 s after the restart:\n${server.log().slice(-3000)}`);
}

function expectAlive(pid: number | undefined) {
  expect(app.exitCode).toBeNull();
  expect(app.pid).toBe(pid);
  expect(() => process.kill(pid!, 0)).not.toThrow();
}

describe('PostgreSQL restarts', () => {
  for (const mode of ['fast', 'immediate'] as const) {
    it(`under load (${mode} shutdown): no 500, 503 with Retry-After meanwhile, the same process answers again`, async () => {
      const pid = app.pid;
      await recovered();
      const restart = (async () => {
        await new Promise((r) => setTimeout(r, 300));
        await pg.ctlAsync(`-m ${mode} restart`);
        await new Promise((r) => setTimeout(r, 500));
      })();
      const answers = await load(6, restart);
      expect(await recovered()).toBeLessThan(10_000);
      expectAlive(pid);
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([]);
      const unavailable = answers.filter((a) => a.status === 503);
      expect(unavailable.length).toBeGreaterThan(0);
      for (const a of unavailable) {
        expect(a.retryAfter).toMatch(/^\d+$/);
        expect(JSON.parse(a.body).error).toMatchObject({
          code: 'databaseUnavailable',
          message: expect.stringContaining('temporarily unavailable'),
        });
      }
      // Normal answers were given before and after the outage.
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    }, 60_000);

    it(`while idle (${mode} shutdown): pooled connections dropped, the same process answers again`, async () => {
      const pid = app.pid;
      // Fill the pool with idle connections, which the restart then severs.
      await Promise.all(Array.from({ length: 8 }, (_, i) => ask(i)));
      pg.ctl(`-m ${mode} restart`);
      await new Promise((r) => setTimeout(r, 300));
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(i)));
      expect(answers.map((a) => a.status).filter((s) => s >= 500 && s !== 503)).toEqual([]);
      expect(await recovered()).toBeLessThan(10_000);
      expectAlive(pid);
    }, 60_000);
  }

  it('while the database is down: 503 in Polish and Ukrainian too; back within seconds once it starts', async () => {
    const pid = app.pid;
    pg.ctl('-m fast stop');
    const pl = await fetch(`${base}/api/v1/portal/news`);
    const uk = await fetch(`${base}/api/v1/portal/news`, { headers: { 'accept-language': 'uk' } });
    expect(pl.status).toBe(503);
    expect(pl.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await pl.json()).error.message).toContain('Baza danych jest chwilowo niedostępna');
    expect(uk.status).toBe(503);
    expect((await uk.json()).error.message).toContain('База даних тимчасово недоступна');
    pg.ctl('start');
    expect(await recovered()).toBeLessThan(10_000);
    expectAlive(pid);
  }, 60_000);

  it('after all the restarts the audit chain still verifies', async () => {
    const owner = openPostgres(pg.url, 1);
    try {
      const report = await verifyAuditChain(owner);
      // The failed sign-ins under load were written, some of them while PostgreSQL restarted.
      expect(report.rows).toBeGreaterThan(0);
      expect(report.broken).toBeNull();
    } finally {
      await owner.close();
    }
  });
});
