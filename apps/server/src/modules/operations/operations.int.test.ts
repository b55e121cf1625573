import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, pgRun, sqlOn, startCluster } from '../../test/cluster.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';

// Reports on a streaming replica (issue 21 item 9): a primary and a replica made with
// pg_basebackup, clusters of this test's own. A replica whose replay is paused shows which routes
// read it: the report lags, the page that writes does not; its reads are logged on the primary.

const LABEL = 'Osoby wykonujące prace społecznie użyteczne';
type Row = { id: string; label: string; value: number | null };
type Report = {
  goals: { operationalGoals: { directions: { indicators: Row[] }[] }[] }[];
};
const row = (r: Report) =>
  r.goals
    .flatMap((g) => g.operationalGoals.flatMap((o) => o.directions.flatMap((d) => d.indicators)))
    .find((x) => x.label === LABEL)!;

describe('reports on a streaming replica', () => {
  let primary: Cluster;
  let replica: Cluster;
  let t: TestApp;
  let admin: string;
  let director: string;
  let strategyId: string;
  const year = 2025;
  const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const report = async () => {
    const r = await get(`/api/v1/reports/strategies/${strategyId}/report?year=${year}`, director);
    expect(r.statusCode).toBe(200);
    return row(r.json());
  };
  const status = async () => (await get('/api/v1/operations/database', admin)).json();

  /** Waits until the replica has replayed all the primary has written. */
  async function caughtUp() {
    const [current] = await sqlOn<{ lsn: string }>(primary.url, 'SELECT pg_current_wal_lsn()::text AS lsn');
    for (let i = 0; i < 200; i++) {
      const [r] = await sqlOn<{ done: boolean }>(
        replica.url,
        `SELECT pg_last_wal_replay_lsn() >= '${current!.lsn}'::pg_lsn AS done`,
      );
      if (r!.done) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the replica did not catch up in 10 s');
  }

  beforeAll(async () => {
    primary = await startCluster('ostoja-primary-');
    replica = await startCluster('ostoja-replica-', (data) =>
      pgRun(`pg_basebackup -D ${data} -h 127.0.0.1 -p ${primary.port} -U postgres -R -X stream -c fast`),
    );
    t = await createTestApp({ server: primary.url, replicaServer: replica.url });
    admin = await t.login('admin');
    director = await t.login('dyrektor');
    strategyId = (await get('/api/v1/reports/strategies', director)).json().items[0].id;
    await caughtUp();
  }, 180_000);

  afterAll(async () => {
    await t?.close();
    replica?.remove();
    primary?.remove();
  });

  it('the administrator sees that reports read the replica, and how far behind it is', async () => {
    expect(await status()).toEqual({ reports: 'replica', lagSeconds: 0, replayedAt: expect.any(String) });
    expect((await get('/api/v1/operations/database', director)).statusCode).toBe(403);
  });

  it('a report shows what the replica has replayed; the figure saved on the primary arrives', async () => {
    const before = await report();
    expect(before.value).toBeNull();
    await sqlOn(replica.url, 'SELECT pg_wal_replay_pause()');
    try {
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/reports/strategies/${strategyId}/report/${year}/indicators/${before.id}`,
        headers: { cookie: director },
        payload: { value: 6, version: null },
      });
      expect(put.statusCode).toBe(200);
      // Saved on the primary, not yet replayed: the report, read on the replica, does not have it.
      expect((await report()).value).toBeNull();
      const paused = await status();
      expect(paused.reports).toBe('replica');
      expect(paused.lagSeconds).toBeGreaterThan(0);
    } finally {
      await sqlOn(replica.url, 'SELECT pg_wal_replay_resume()');
    }
    await caughtUp();
    expect((await report()).value).toBe(6);
  });

  it('a list read on the replica is logged on the primary before it is answered', async () => {
    const count = async () =>
      (
        await t.owner.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE actor_login = 'dyrektor' AND entity = 'dashboardFigure'`,
        )
      ).rows[0]!.n;
    const n = await count();
    const month = new Date().toISOString().slice(0, 7);
    const r = await get(`/api/v1/reports/dashboard/lists/helped.persons?month=${month}`, director);
    expect(r.statusCode).toBe(200);
    expect(await count()).toBe(n + 1);
  });

  it('every report flagged for the replica reads there and writes nothing but its audit on the primary', async () => {
    const [facility] = (await t.db.query<{ id: string }>('SELECT id FROM facility ORDER BY name LIMIT 1'))
      .rows;
    const month = new Date().toISOString().slice(0, 7);
    for (const url of [
      `/api/v1/blue-cards/statistics?year=${year}`,
      `/api/v1/family-benefits/report?from=${year}-01&to=${year}-12`,
      `/api/v1/alimony-fund/report?from=${year}-01&to=${year}-12`,
      `/api/v1/facilities/${facility!.id}/report?month=${month}`,
      `/api/v1/reports/mrpips-03/${year}/Y`,
      `/api/v1/reports/dashboard?year=${year}`,
    ]) {
      const r = await get(url, director);
      // A write on the replica would be refused ("read-only transaction") and answer 500.
      expect([url, r.statusCode]).toEqual([url, 200]);
    }
  });

  it('with the replica down, reports answer from the primary and the status says so; then it is back', async () => {
    replica.ctl('-m fast stop');
    try {
      expect((await report()).value).toBe(6);
      expect(await status()).toEqual({ reports: 'unreachable', lagSeconds: null, replayedAt: null });
    } finally {
      replica.ctl('start');
    }
    await caughtUp();
    expect((await status()).reports).toBe('replica');
    expect((await report()).value).toBe(6);
  });
});

describe('without a replica', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ caseload: false, socialWork: false });
  }, 120_000);
  afterAll(() => t?.close());

  it('reports run on the primary and the status says so', async () => {
    const r = await t.app.inject({
      method: 'GET',
      url: '/api/v1/operations/database',
      headers: { cookie: await t.login('admin') },
    });
    expect(r.json()).toEqual({ reports: 'primary', lagSeconds: null, replayedAt: null });
  });
});
