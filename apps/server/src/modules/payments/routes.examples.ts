import { makeIban } from '@ostoja/domain/payments/iban';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as cashDesk from './cash-desk.ts';
import * as payouts from './payouts.ts';
import * as receivables from './receivables.ts';
import * as runs from './runs.ts';
import * as schedules from './service.ts';
import { grantDecision, households } from './test-fixtures.ts';

// Each call brings its own records into the state the route needs, in a month of its own
// (from 2030 on), so the examples never meet each other's open runs or closed cash days.

const monthOf = (n: number) => {
  const i = 2030 * 12 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const ibanOf = (n: number) => makeIban('PL', `10901014${String(n).padStart(16, '0')}`);
const dayOf = (n: number) => new Date(Date.UTC(2200, 0, 1 + n)).toISOString().slice(0, 10);

async function decision(
  fx: Fixtures,
  method: 'transfer' | 'cashDesk' = 'cashDesk',
  household = 0,
  iban?: string,
) {
  const n = fx.seq();
  const month = monthOf(n);
  const homes = await households(fx.q);
  const id = await grantDecision(fx.staff(), {
    household: homes[household]!,
    amount: 40000,
    submittedOn: `${month}-01`,
    periodFrom: `${month}-01`,
    periodTo: `${month}-28`,
    decidedOn: `${month}-02`,
    paymentMethod: method,
    iban: method === 'transfer' ? (iban ?? ibanOf(n)) : undefined,
  });
  return { id, month, n };
}

/** The decision's item on an approved run of its month (flags swept in from elsewhere accepted). */
async function approvedItem(fx: Fixtures, method: 'transfer' | 'cashDesk') {
  const ctx = fx.staff();
  const d = await decision(fx, method);
  const { run } = await runs.openRun(ctx, d.month);
  for (const f of (await runs.listFlags(ctx, run.id, { unresolved: true })).items)
    await runs.resolveFlag(ctx, f.id, { resolution: 'accept' });
  await runs.approve(ctx, run.id);
  const item = await fx.q.query<{ id: string; listId: string; payOn: string }>(
    `SELECT id, list_id AS "listId", pay_on AS "payOn" FROM payment_item WHERE run_id = $1 AND decision_id = $2`,
    [run.id, d.id],
  );
  return { ...item.rows[0]!, runId: run.id };
}

/**
 * A cash item of an approved list whose payment day is today: cash is never paid out on a day
 * still to come, and the examples' own months lie in the future.
 */
async function cashItemDueToday(fx: Fixtures) {
  const item = await approvedItem(fx, 'cashDesk');
  const today = todayInPoland();
  await fx.q.query('UPDATE payment_list SET pay_on = $2, pay_until = $2::date + 14 WHERE id = $1', [
    item.listId,
    today,
  ]);
  await fx.q.query('UPDATE payment_item SET pay_on = $2 WHERE id = $1', [item.id, today]);
  return { ...item, payOn: today };
}

async function paidTransfer(fx: Fixtures) {
  const item = await approvedItem(fx, 'transfer');
  await payouts.exportList(fx.staff(), item.listId, 'elixir');
  await payouts.markListPaid(fx.staff(), item.listId, item.payOn);
  return item;
}

async function receivable(fx: Fixtures) {
  const r = await receivables.createReceivable(fx.staff(), {
    personId: fx.ids.person!,
    kind: 'undueBenefit',
    months: [],
    decidedOn: '2026-11-02',
    amount: 10000,
    dueOn: '2026-12-01',
    instalments: 1,
    deductFromPayments: false,
    justification: 'Świadczenie nienależnie pobrane.',
  });
  return r.id;
}

export const examples: Examples = {
  'GET /api/v1/payment-schedules/:decisionId': async (fx) => ({
    params: { decisionId: (await decision(fx)).id },
  }),
  'POST /api/v1/payment-schedules/:decisionId/suspensions': async (fx) => {
    const d = await decision(fx);
    return {
      params: { decisionId: d.id },
      body: { fromMonth: d.month, decidedOn: `${d.month}-03`, reason: 'Art. 11.' },
    };
  },
  'POST /api/v1/payment-schedules/:decisionId/resumptions': async (fx) => {
    const d = await decision(fx);
    const from = d.month;
    await schedules.suspend(fx.staff(), d.id, {
      fromMonth: from,
      decidedOn: `${from}-03`,
      reason: 'Art. 11.',
    });
    return { params: { decisionId: d.id }, body: { fromMonth: monthOf(d.n + 1), decidedOn: `${from}-20` } };
  },
  'PUT /api/v1/payment-schedules/:decisionId/payee': async (fx) => {
    const d = await decision(fx);
    return {
      params: { decisionId: d.id },
      body: { fromMonth: d.month, method: 'transfer', iban: ibanOf(d.n) },
    };
  },
  'POST /api/v1/payment-runs': (fx) => ({ body: { month: monthOf(fx.seq()) } }),
  'GET /api/v1/payment-runs': () => ({}),
  'GET /api/v1/payment-runs/:id': async (fx) => ({
    params: { id: (await runs.openRun(fx.staff(), monthOf(fx.seq()))).run.id },
  }),
  'POST /api/v1/payment-runs/:id/advance': async (fx) => ({
    params: { id: (await runs.openRun(fx.staff(), monthOf(fx.seq()))).run.id },
  }),
  'GET /api/v1/payment-runs/:id/flags': async (fx) => ({
    params: { id: (await runs.openRun(fx.staff(), monthOf(fx.seq()))).run.id },
    query: { unresolved: 'true' },
  }),
  'POST /api/v1/payment-flags/:id/resolution': async (fx) => {
    // One account for two households: both items are flagged.
    const shared = ibanOf(900_000 + fx.seq());
    const a = await decision(fx, 'transfer', 0, shared);
    await grantDecision(fx.staff(), {
      household: (await households(fx.q))[1]!,
      amount: 40000,
      submittedOn: `${a.month}-01`,
      decidedOn: `${a.month}-02`,
      paymentMethod: 'transfer',
      iban: shared,
    });
    const { run } = await runs.openRun(fx.staff(), a.month);
    const flags = await runs.listFlags(fx.staff(), run.id, { kind: 'duplicateIban', unresolved: true });
    return { params: { id: flags.items[0]!.id }, body: { resolution: 'accept' } };
  },
  'POST /api/v1/payment-runs/:id/approval': async (fx) => {
    const d = await decision(fx);
    const { run } = await runs.openRun(fx.staff(), d.month);
    for (const f of (await runs.listFlags(fx.staff(), run.id, { unresolved: true })).items)
      await runs.resolveFlag(fx.staff(), f.id, { resolution: 'accept' });
    return { params: { id: run.id } };
  },
  'GET /api/v1/payment-lists/:id': async (fx) => ({
    params: { id: (await approvedItem(fx, 'cashDesk')).listId },
  }),
  'POST /api/v1/payment-lists/:id/exports': async (fx) => ({
    params: { id: (await approvedItem(fx, 'transfer')).listId },
    body: { format: 'pain001' },
  }),
  'POST /api/v1/payment-lists/:id/paid': async (fx) => {
    const item = await approvedItem(fx, 'transfer');
    await payouts.exportList(fx.staff(), item.listId, 'elixir');
    return { params: { id: item.listId }, body: { paidOn: item.payOn } };
  },
  'GET /api/v1/payment-items/:id': async (fx) => ({
    params: { id: (await approvedItem(fx, 'cashDesk')).id },
  }),
  'POST /api/v1/payment-items/:id/bank-return': async (fx) => {
    const item = await paidTransfer(fx);
    return { params: { id: item.id }, body: { returnedOn: item.payOn, reason: 'Rachunek zamknięty.' } };
  },
  'POST /api/v1/payment-items/:id/return-resolution': async (fx) => {
    const item = await paidTransfer(fx);
    await payouts.bankReturn(fx.staff(), item.id, { returnedOn: item.payOn, reason: 'Rachunek zamknięty.' });
    return { params: { id: item.id }, body: { action: 'reissue', method: 'cashDesk' } };
  },
  'POST /api/v1/payment-items/:id/cash-payout': async (fx) => {
    const item = await cashItemDueToday(fx);
    return {
      params: { id: item.id },
      body: { paidOn: item.payOn, documentType: 'idCard', documentNumber: 'ABC123456' },
    };
  },
  'GET /api/v1/payment-items/:id/receipt': async (fx) => {
    const item = await cashItemDueToday(fx);
    await cashDesk.payOut(fx.staff(), item.id, {
      paidOn: item.payOn,
      documentType: 'idCard',
      documentNumber: 'ABC123456',
    });
    return { params: { id: item.id } };
  },
  'POST /api/v1/cash-desk/days': (fx) => ({ body: { date: dayOf(fx.seq()) } }),
  'GET /api/v1/cash-desk/days/:day/report': async (fx) => {
    const day = dayOf(fx.seq());
    await cashDesk.closeDay(fx.staff(), day);
    return { params: { day } };
  },
  'POST /api/v1/death-register/imports': (fx) => ({
    body: { lines: `${makePesel('1901-01-01', 'M', fx.seq() % 1000)};2020-01-01` },
  }),
  'POST /api/v1/receivables': (fx) => ({
    body: {
      personId: fx.ids.person,
      kind: 'undueBenefit',
      decidedOn: '2026-11-02',
      amount: 10000,
      dueOn: '2026-12-01',
      justification: 'Świadczenie nienależnie pobrane.',
    },
  }),
  'GET /api/v1/receivables': () => ({ query: { open: 'true' } }),
  'GET /api/v1/receivables/:id': async (fx) => ({ params: { id: await receivable(fx) } }),
  'GET /api/v1/receivables/:id/pdf': async (fx) => ({ params: { id: await receivable(fx) } }),
  'POST /api/v1/receivables/:id/repayments': async (fx) => ({
    params: { id: await receivable(fx) },
    body: { paidOn: '2026-11-20', amount: 1000, channel: 'bank' },
  }),
  'POST /api/v1/receivables/:id/waivers': async (fx) => ({
    params: { id: await receivable(fx) },
    body: { decidedOn: '2026-11-20', whole: true, reason: 'Art. 104 ust. 4.' },
  }),
  'GET /api/v1/persons/:id/ledger': (fx) => ({ params: { id: fx.ids.person! } }),
  'GET /api/v1/accounting/payments': () => ({ query: { month: '2026-11', format: 'csv' } }),
};
