import { makeIban } from '@ostoja/domain/payments/iban';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { type Db, openPostgres } from '../../db/db.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { grantDecision, households, staff } from './test-fixtures.ts';

// Idempotence of payment runs under concurrency: the same month twice at once, from two app
// instances on one database, overlapping months, approving and paying twice — and the
// database constraint that makes paying anyone twice impossible whatever the code does.

let t: TestApp;
let db2: Db;
let app2: FastifyInstance;
let cookie: string;

const iban = (n: number) => makeIban('PL', `11602202${String(n).padStart(16, '0')}`);
const post = (app: FastifyInstance, url: string, payload: object = {}) =>
  app.inject({ method: 'POST', url, headers: { cookie }, payload });

/** Schedule items on more than one live payment item: must always be none. */
const paidTwice = async () =>
  (
    await t.db.query(
      `SELECT schedule_item_id FROM payment_item WHERE status NOT IN ('excluded', 'expired')
        GROUP BY schedule_item_id HAVING count(*) > 1`,
    )
  ).rowCount;

beforeAll(async () => {
  // Without the demo caseload: these tests count every item of the months they pay.
  t = await createTestApp({ caseload: false });
  // A second instance of the app: its own pool and Fastify, the same database (sessions too).
  db2 = openPostgres(t.config.databaseUrl!, 5);
  app2 = (await buildApp(db2, t.config)).app;
  await app2.ready();
  cookie = await t.login('swiadczenia');
  const u = await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'swiadczenia'`);
  const ctx = staff(t.db, u.rows[0]!.id);
  const homes = await households(t.db);
  // Ten households, August to October, half by transfer.
  for (let i = 0; i < 10; i++)
    await grantDecision(ctx, {
      household: homes[i]!,
      amount: 30000 + i * 1000,
      submittedOn: '2026-08-03',
      periodFrom: '2026-08-01',
      periodTo: '2026-10-31',
      decidedOn: '2026-08-04',
      paymentMethod: i % 2 ? 'transfer' : 'cashDesk',
      iban: i % 2 ? iban(i) : undefined,
    });
});
afterAll(async () => {
  await app2?.close();
  await db2?.close();
  await t?.close();
});

describe('payment runs under concurrency', () => {
  it('opening the same month twice at once gives one run with each item once', async () => {
    const [a, b] = await Promise.all([
      post(t.app, '/api/v1/payment-runs', { month: '2026-08' }),
      post(t.app, '/api/v1/payment-runs', { month: '2026-08' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().id).toBe(b.json().id);
    expect([a.json().created, b.json().created].sort()).toEqual([false, true]);
    expect(a.json().itemCount).toBe(10);
    expect(await paidTwice()).toBe(0);
  });

  it('two app instances opening and approving the same month at once pay nobody twice', async () => {
    const [a, b] = await Promise.all([
      post(t.app, '/api/v1/payment-runs', { month: '2026-09' }),
      post(app2, '/api/v1/payment-runs', { month: '2026-09' }),
    ]);
    expect(a.json().id).toBe(b.json().id);
    expect(a.json().itemCount).toBe(10);
    const [x, y] = await Promise.all([
      post(t.app, `/api/v1/payment-runs/${a.json().id}/approval`),
      post(app2, `/api/v1/payment-runs/${a.json().id}/approval`),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    // The month again, from both instances: a supplementary run with nothing left to pay.
    const [c, d] = await Promise.all([
      post(t.app, '/api/v1/payment-runs', { month: '2026-09' }),
      post(app2, '/api/v1/payment-runs', { month: '2026-09' }),
    ]);
    expect(c.json().id).toBe(d.json().id);
    expect(c.json().itemCount).toBe(0);
    expect(await paidTwice()).toBe(0);
  });

  it('overlapping runs (October with its arrears, September) racing for the same items split them', async () => {
    // Close September's empty supplementary run, put its items back on the schedule as if a cash
    // list had expired, then race a new September run against October's, which takes arrears too.
    const open = (await post(t.app, '/api/v1/payment-runs', { month: '2026-09' })).json();
    expect((await post(t.app, `/api/v1/payment-runs/${open.id}/approval`)).statusCode).toBe(200);
    await t.db.query(
      `WITH x AS (UPDATE payment_item SET status = 'expired' WHERE month = '2026-09-01' RETURNING schedule_item_id)
       UPDATE payment_schedule_item s SET status = 'open' FROM x WHERE s.id = x.schedule_item_id`,
    );
    const [oct, sep] = await Promise.all([
      post(app2, '/api/v1/payment-runs', { month: '2026-10' }),
      post(t.app, '/api/v1/payment-runs', { month: '2026-09' }),
    ]);
    expect(oct.statusCode).toBe(200);
    expect(sep.statusCode).toBe(200);
    // 10 September items went to one run or the other, October's 10 to October's run.
    expect([oct.json().created, sep.json().created]).toEqual([true, true]);
    expect(oct.json().itemCount + sep.json().itemCount).toBe(20);
    expect(await paidTwice()).toBe(0);
    const left = await t.db.query(`SELECT 1 FROM payment_schedule_item WHERE status = 'open'`);
    expect(left.rowCount).toBe(0);
  });

  it('marking a list paid twice at once pays and posts once', async () => {
    const run = (await post(t.app, '/api/v1/payment-runs', { month: '2026-08' })).json();
    const approved = (await post(t.app, `/api/v1/payment-runs/${run.id}/approval`)).json();
    const list = approved.lists.find((l: { method: string }) => l.method === 'transfer');
    await post(t.app, `/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
    const [a, b] = await Promise.all([
      post(t.app, `/api/v1/payment-lists/${list.id}/paid`, { paidOn: '2026-08-10' }),
      post(app2, `/api/v1/payment-lists/${list.id}/paid`, { paidOn: '2026-08-10' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const posted = await t.db.query(
      `SELECT payment_item_id FROM ledger_txn WHERE kind = 'payment' GROUP BY payment_item_id HAVING count(*) > 1`,
    );
    expect(posted.rowCount).toBe(0);
    const payments = await t.db.query(`SELECT 1 FROM ledger_txn WHERE kind = 'payment'`);
    expect(payments.rowCount).toBe(list.itemCount);
  });

  it('the database itself refuses a second live payment of a schedule item', async () => {
    const taken = await t.db.query<{ id: string; runId: string }>(
      `SELECT schedule_item_id AS id, run_id AS "runId" FROM payment_item WHERE status = 'paid' LIMIT 1`,
    );
    const { id, runId } = taken.rows[0]!;
    await expect(
      t.db.query(
        `INSERT INTO payment_item (run_id, schedule_item_id, decision_id, decision_number, person_id, benefit, month,
           amount, method, recipient_name, title, pay_on)
         SELECT $2, s.id, s.decision_id, 'x', s.person_id, s.benefit, s.month, s.amount, 'cashDesk', 'x', 'x', s.due_on
           FROM payment_schedule_item s WHERE s.id = $1`,
        [id, runId],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'payment_item_once_key' });
  });
});
