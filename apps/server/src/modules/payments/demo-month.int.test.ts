import { parseElixir } from '@ostoja/domain/payments/elixir';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';

// The month's run on the demo centre (its seeded decisions): lists, bank files and cash lists
// agree with each other and with the decisions, to the grosz.
let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('swiadczenia');
});
afterAll(() => t?.close());

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('a month of payments on the demo data', () => {
  it('produces lists, bank files and cash lists whose totals agree to the grosz', async () => {
    const month = todayInPoland().slice(0, 7);
    // Independent count: every granted decision's schedule entries due by this month and not
    // paid in the demo's past runs, and the returned transfer to be paid again.
    const expected = await t.db.query<{ total: number; n: number }>(
      `WITH due AS (
         SELECT (e->>'amount')::int AS amount FROM decision d, jsonb_array_elements(d.schedule) e
          WHERE d.outcome = 'grant' AND e->>'month' <= $1
            AND NOT EXISTS (SELECT 1 FROM payment_item i WHERE i.decision_id = d.id AND NOT i.reissue
                              AND to_char(i.month, 'YYYY-MM') = e->>'month' AND i.status IN ('paid', 'returned'))
         UNION ALL
         SELECT amount - deduction FROM payment_item WHERE status = 'returned' AND resolution = 'reissue'
            AND NOT EXISTS (SELECT 1 FROM payment_item r WHERE r.reissue AND r.status = 'paid'
                              AND r.decision_id = payment_item.decision_id AND r.month = payment_item.month)
       )
       SELECT COALESCE(sum(amount), 0)::bigint AS total, count(*)::int AS n FROM due`,
      [month],
    );
    expect(expected.rows[0]!.n).toBeGreaterThan(20);

    const opened = await api('POST', '/api/v1/payment-runs', { month });
    expect(opened.statusCode).toBe(200);
    let run = opened.json();
    while (!run.progress.finished) run = (await api('POST', `/api/v1/payment-runs/${run.id}/advance`)).json();
    run = (await api('GET', `/api/v1/payment-runs/${run.id}`)).json();
    expect(run.itemCount).toBe(expected.rows[0]!.n);
    expect(run.netAmount).toBe(expected.rows[0]!.total);
    expect(run.lists.reduce((s: number, l: { totalAmount: number }) => s + l.totalAmount, 0)).toBe(
      run.netAmount,
    );

    // The demo sometimes flags an item (an amount changed since the last run): the clerk accepts it.
    for (const flag of (await api('GET', `/api/v1/payment-runs/${run.id}/flags`)).json().items)
      expect(
        (await api('POST', `/api/v1/payment-flags/${flag.id}/resolution`, { resolution: 'accept' }))
          .statusCode,
      ).toBe(200);
    expect((await api('POST', `/api/v1/payment-runs/${run.id}/approval`)).statusCode).toBe(200);

    let transfers = 0;
    let cash = 0;
    for (const list of run.lists as {
      id: string;
      method: string;
      totalAmount: number;
      itemCount: number;
    }[]) {
      if (list.method === 'transfer') {
        const elixir = await api('POST', `/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
        const records = parseElixir(new TextDecoder('windows-1250').decode(elixir.rawPayload));
        expect(records.reduce((s, r) => s + r.amount, 0)).toBe(list.totalAmount);
        const xml = (await api('POST', `/api/v1/payment-lists/${list.id}/exports`, { format: 'pain001' }))
          .body;
        const ctrl = /<GrpHdr>[\s\S]*?<NbOfTxs>(\d+)<\/NbOfTxs>\s*<CtrlSum>([\d.]+)<\/CtrlSum>/.exec(xml)!;
        expect(Number(ctrl[1])).toBe(records.length);
        expect(Math.round(Number(ctrl[2]) * 100)).toBe(list.totalAmount);
        transfers += list.totalAmount;
      } else {
        const items = (await api('GET', `/api/v1/payment-lists/${list.id}?limit=500`)).json().items as {
          amount: number;
        }[];
        expect(items.reduce((s, i) => s + i.amount, 0)).toBe(list.totalAmount);
        cash += list.totalAmount;
      }
    }
    expect(transfers).toBeGreaterThan(0);
    expect(cash).toBeGreaterThan(0);
    expect(transfers + cash).toBe(expected.rows[0]!.total);
  });
});
