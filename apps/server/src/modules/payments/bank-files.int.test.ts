import { isWorkingDay, nextWorkingDay } from '@ostoja/domain/calendar/working-days';
import { parseElixir } from '@ostoja/domain/payments/elixir';
import { makeIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffContext } from '../../http/context.ts';
import type { TestApp } from '../../test/db.ts';
import * as runs from './runs.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision, type Household } from './test-fixtures.ts';

// Bank files of lists paid late: the execution date is never in the past, arrears say so in
// the list and in the transfer title, and names reach the bank readable (a Ukrainian name
// romanised, not "?"). Cash is never paid out on a day still to come. Dates are relative to
// today, as the rules are.

let t: TestApp;
let clerk: string;
let ctx: StaffContext;
let homes: Household[];
const today = todayInPoland();
const month = (n: number) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const i = y * 12 + m - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const lastDay = (m: string) => {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mm, 0)).getUTCDate()).padStart(2, '0')}`;
};
const iban = (n: number) => makeIban('PL', `10901014${String(n).padStart(16, '0')}`);

const post = (url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: clerk }, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: clerk } });

/** The run of a month, its flags accepted, approved; its lists. */
async function approvedRun(m: string) {
  const { run } = await runs.openRun(ctx, m);
  for (const f of (await runs.listFlags(ctx, run.id, { unresolved: true })).items)
    await runs.resolveFlag(ctx, f.id, { resolution: 'accept' });
  await runs.approve(ctx, run.id);
  return (await get(`/api/v1/payment-runs/${run.id}`)).json().lists as {
    id: string;
    method: string;
    payOn: string;
  }[];
}

beforeAll(async () => {
  ({ t, clerk, ctx, homes } = await clerkApp());
});
afterAll(() => t?.close());

describe('bank files of arrears', () => {
  it('a list whose payment day has passed is executed on the next banking day, its items flagged as arrears', async () => {
    await grantDecision(ctx, {
      household: homes[7]!,
      amount: 40000,
      submittedOn: `${month(-3)}-01`,
      periodFrom: `${month(-3)}-01`,
      periodTo: lastDay(month(-2)),
      decidedOn: `${month(-3)}-05`,
      paymentMethod: 'transfer',
      iban: iban(71),
    });
    const lists = await approvedRun(month(-2));
    // The earlier month's arrears on the 1st, the month's own payment on the 10th: both passed.
    const transfers = lists.filter((l) => l.method === 'transfer');
    expect(transfers).toHaveLength(2);
    for (const list of transfers) {
      expect(list.payOn < today).toBe(true);
      const res = await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
      const [record] = parseElixir(new TextDecoder('windows-1250').decode(res.rawPayload));
      expect(record!.date).toBe(nextWorkingDay(today));
      expect(record!.title.join(' ')).toMatch(/^ZALEGŁOŚĆ: Zasiłek okresowy za /);
      const listed = (await get(`/api/v1/payment-lists/${list.id}`)).json();
      expect(listed.executionDate).toBe(nextWorkingDay(today));
      expect(listed.items.map((i: { arrears: boolean }) => i.arrears)).toEqual([true]);
    }
  });

  it('a list still ahead keeps its payment day; only the earlier months are arrears; a Ukrainian name is romanised', async () => {
    const [applicant] = homes[8]!.members;
    await t.db.query(`UPDATE person SET first_name = 'Олена', surname = 'Шевченко' WHERE id = $1`, [
      applicant,
    ]);
    await grantDecision(ctx, {
      household: homes[8]!,
      amount: 40000,
      submittedOn: `${month(-1)}-01`,
      periodFrom: `${month(-1)}-01`,
      periodTo: lastDay(month(1)),
      decidedOn: `${month(-1)}-05`,
      paymentMethod: 'transfer',
      iban: iban(72),
    });
    // Cash for this month and the next, paid from the next month's list.
    await grantDecision(ctx, {
      household: homes[9]!,
      amount: 30000,
      submittedOn: `${month(0)}-01`,
      periodFrom: `${month(0)}-01`,
      periodTo: lastDay(month(1)),
      decidedOn: `${month(0)}-01`,
      paymentMethod: 'cashDesk',
    });
    const lists = await approvedRun(month(1));
    // Arrears on the next month's 1st (moved to a banking day if that is a holiday), its own on the 10th.
    const transfers = lists.filter((l) => l.method === 'transfer');
    const records = [];
    const flags: boolean[] = [];
    const txs: { Cdtr: { Nm: string }; RmtInf: { Ustrd: string } }[] = [];
    for (const list of transfers) {
      expect(list.payOn > today).toBe(true);
      const res = await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
      const listed = (await get(`/api/v1/payment-lists/${list.id}`)).json();
      expect(listed.executionDate >= list.payOn && isWorkingDay(listed.executionDate)).toBe(true);
      for (const r of parseElixir(new TextDecoder('windows-1250').decode(res.rawPayload))) {
        expect(r.date).toBe(listed.executionDate);
        records.push(r);
      }
      flags.push(...listed.items.map((i: { arrears: boolean }) => i.arrears));
      const xml = (await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'pain001' })).body;
      const pmt = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'CdtTrfTxInf' }).parse(xml)
        .Document.CstmrCdtTrfInitn.PmtInf;
      expect(pmt.ReqdExctnDt).toBe(listed.executionDate);
      txs.push(...pmt.CdtTrfTxInf);
    }
    expect(records.map((r) => r.payee[0])).toEqual([
      'Olena Shevchenko',
      'Olena Shevchenko',
      'Olena Shevchenko',
    ]);
    const titles = records.map((r) => r.title.join(' ').replace(/, decyzja .*/, ''));
    expect(titles.sort()).toEqual([
      `ZALEGŁOŚĆ: Zasiłek okresowy za ${month(-1).slice(5)}/${month(-1).slice(0, 4)}`,
      `ZALEGŁOŚĆ: Zasiłek okresowy za ${month(0).slice(5)}/${month(0).slice(0, 4)}`,
      `Zasiłek okresowy za ${month(1).slice(5)}/${month(1).slice(0, 4)}`,
    ]);
    expect(flags.sort()).toEqual([false, true, true]);
    expect(txs.map((x) => x.Cdtr.Nm)).toEqual(['Olena Shevchenko', 'Olena Shevchenko', 'Olena Shevchenko']);
    expect(txs.filter((x) => x.RmtInf.Ustrd.startsWith('ZALEGLOSC: Zasilek okresowy za '))).toHaveLength(2);

    // The cash list's payment day is still to come: its cash cannot be recorded as paid out yet.
    const cash = lists.find((l) => l.method === 'cashDesk')!;
    const items = (await get(`/api/v1/payment-lists/${cash.id}`)).json().items;
    const early = await post(`/api/v1/payment-items/${items[0].id}/cash-payout`, {
      paidOn: cash.payOn,
      documentType: 'idCard',
      documentNumber: 'ABC123456',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual([
      { path: 'paidOn', message: 'Data nie może być późniejsza niż dzisiejsza.' },
    ]);
  });
});
