import { isWorkingDay } from '@ostoja/domain/calendar/working-days';
import { toSepaText } from '@ostoja/domain/payments/bank-text';
import { parseElixir } from '@ostoja/domain/payments/elixir';
import { makeIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffContext } from '../../http/context.ts';
import type { TestApp } from '../../test/db.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision, type Household, proposedApplication } from './test-fixtures.ts';

// A month's run end to end: schedules from decisions, the run (frozen snapshot, lists per day
// and method), approval, both bank files parsed field by field, payment and the ledger.

let t: TestApp;
let clerk: string;
let ctx: StaffContext;
let homes: Household[];

const iban = (n: number) => makeIban('PL', `10901014${String(n).padStart(16, '0')}`);
const post = (url: string, payload: object = {}, cookie = clerk) =>
  t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
const put = (url: string, payload: object) =>
  t.app.inject({ method: 'PUT', url, headers: { cookie: clerk }, payload });
const get = (url: string, cookie = clerk) => t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  ({ t, clerk, ctx, homes } = await clerkApp());
});
afterAll(() => t?.close());

interface Item {
  id: string;
  ref: number;
  recipientName: string;
  amount: number;
  deduction: number;
  iban: string | null;
  title: string;
  status: string;
  arrears: boolean;
}

/** A pain.001 CdtTrfTxInf as fast-xml-parser reads it. */
interface Tx {
  PmtId: { EndToEndId: string };
  Amt: { InstdAmt: { '#text': string; '@_Ccy': string } };
  Cdtr: { Nm: string };
  CdtrAcct: { Id: { IBAN: string } };
  RmtInf: { Ustrd: string };
}

// Before the schedule tests: a run takes every open item up to its month, so this one comes first in time.
describe('a month’s payment run', () => {
  let run: {
    id: string;
    lists: { id: string; method: string; payOn: string; itemCount: number; totalAmount: number }[];
  };
  const decisions: string[] = [];
  let names: Map<string, string>;

  it('opens as a frozen snapshot of the due schedule, with lists per payment day and method', async () => {
    const base = {
      submittedOn: '2026-03-02',
      periodFrom: '2026-03-01',
      periodTo: '2026-04-30',
      decidedOn: '2026-03-05',
    };
    decisions.push(
      await grantDecision(ctx, {
        ...base,
        household: homes[3]!,
        amount: 40000,
        paymentMethod: 'transfer',
        iban: iban(1),
      }),
      await grantDecision(ctx, {
        ...base,
        household: homes[4]!,
        amount: 45000,
        paymentMethod: 'transfer',
        iban: iban(2),
      }),
      await grantDecision(ctx, { ...base, household: homes[5]!, amount: 30000, paymentMethod: 'cashDesk' }),
      await grantDecision(ctx, {
        household: homes[6]!,
        benefit: 'zasilekCelowy',
        amount: 25000,
        submittedOn: '2026-03-09',
        decidedOn: '2026-03-12',
        paymentMethod: 'transfer',
        iban: iban(3),
      }),
    );
    const res = await post('/api/v1/payment-runs', { month: '2026-03' });
    expect(res.statusCode).toBe(200);
    run = res.json();
    expect(run).toMatchObject({
      created: true,
      month: '2026-03',
      status: 'draft',
      number: expect.stringMatching(/^LW\/2026\/\d{4}$/),
      progress: { done: 4, total: 4, percent: 100, finished: true },
      itemCount: 4,
      grossAmount: 140000,
      deductionAmount: 0,
      netAmount: 140000,
      flags: [],
    });
    expect(run.lists.map((l) => [l.method, l.payOn, l.itemCount, l.totalAmount])).toEqual([
      ['cashDesk', '2026-03-10', 1, 30000],
      ['transfer', '2026-03-10', 2, 85000],
      ['transfer', '2026-03-12', 1, 25000],
    ]);
    // Every list's total is the sum of its items to the grosz, and the lists add up to the run.
    for (const l of run.lists) {
      const its: Item[] = (await get(`/api/v1/payment-lists/${l.id}`)).json().items;
      expect(its.reduce((sum, i) => sum + i.amount - i.deduction, 0)).toBe(l.totalAmount);
    }
    expect(run.lists.reduce((sum, l) => sum + l.totalAmount, 0)).toBe(140000);
    const again = await post('/api/v1/payment-runs', { month: '2026-03' });
    expect(again.json()).toMatchObject({ id: run.id, created: false });
    const items = await t.db.query<{ personId: string; name: string }>(
      `SELECT person_id AS "personId", recipient_name AS name FROM payment_item WHERE run_id = $1`,
      [run.id],
    );
    names = new Map(items.rows.map((r) => [r.personId, r.name]));
    // A later edit of the registry does not change the run.
    await t.db.query(`UPDATE person SET surname = 'Zmieniony' WHERE id = $1`, [homes[3]!.members[0]]);
  });

  it('exports nothing before approval, approves once, and a second run of the month pays nobody again', async () => {
    const transfer = run.lists[1]!;
    const early = await post(`/api/v1/payment-lists/${transfer.id}/exports`, { format: 'elixir' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('listStatus');
    const approved = await post(`/api/v1/payment-runs/${run.id}/approval`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');
    expect((await post(`/api/v1/payment-runs/${run.id}/approval`)).json().error.code).toBe('runNotInReview');
    const second = await post('/api/v1/payment-runs', { month: '2026-03' });
    expect(second.json()).toMatchObject({ created: true, itemCount: 0, netAmount: 0, lists: [] });
    expect(second.json().id).not.toBe(run.id);
  });

  it('writes an Elixir-0 file whose every field matches the list', async () => {
    const list = run.lists[1]!;
    const res = await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=windows-1250');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="LW-2026-\d{4}-2-2026-03-10\.pli"/,
    );
    // Windows-1250, not UTF-8: "ś" of "Ośrodek" is the single byte 0x9C.
    expect(res.rawPayload.includes(Buffer.from([0x9c]))).toBe(true);
    expect(res.rawPayload.includes(Buffer.from('ś', 'utf8'))).toBe(false);
    const records = parseElixir(new TextDecoder('windows-1250').decode(res.rawPayload));
    const listed = (await get(`/api/v1/payment-lists/${list.id}`)).json();
    const items: Item[] = listed.items;
    // March paid in December: arrears, executed on the next banking day, never on a past date.
    expect(listed.executionDate > todayInPoland()).toBe(true);
    expect(isWorkingDay(listed.executionDate)).toBe(true);
    expect(items.every((i) => i.arrears)).toBe(true);
    expect(records).toHaveLength(2);
    expect(records.reduce((s, r) => s + r.amount, 0)).toBe(list.totalAmount);
    records.forEach((r, i) => {
      const item = items[i]!;
      expect(r).toMatchObject({
        type: '110',
        date: listed.executionDate,
        amount: item.amount - item.deduction,
        payeeNrb: item.iban!.slice(2),
        payeeSortCode: '10901014',
        payerNrb: '15102010550000000000000000',
        payerSortCode: '10201055',
        classification: '51',
        reference: `OST${item.ref}`,
      });
      expect(r.payee[0]).toBe(item.recipientName);
      expect(r.title.join(' ')).toBe(`ZALEGŁOŚĆ: ${item.title}`);
      expect(r.payer[0]).toBe('Miejski Ośrodek Pomocy Społecznej w');
    });
    expect(records.map((r) => r.payeeNrb).sort()).toEqual([iban(1).slice(2), iban(2).slice(2)]);
    const first = records.find((r) => r.payeeNrb === iban(1).slice(2))!;
    expect(first.payee[0]).toBe(names.get(homes[3]!.members[0]!));
    expect(first.payee[0]).not.toContain('Zmieniony');
    expect(first.title.join(' ')).toMatch(
      /^ZALEGŁOŚĆ: Zasiłek okresowy za 03\/2026, decyzja OPS\.8111\.\d+\.2026$/,
    );
    const again = await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'elixir' });
    expect(Buffer.compare(again.rawPayload, res.rawPayload)).toBe(0);
  });

  it('writes a pain.001.001.03 file whose every field matches the list', async () => {
    const list = run.lists[1]!;
    const res = await post(`/api/v1/payment-lists/${list.id}/exports`, { format: 'pain001' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => ['PmtInf', 'CdtTrfTxInf'].includes(name),
    }).parse(res.body);
    expect(doc.Document['@_xmlns']).toBe('urn:iso:std:iso:20022:tech:xsd:pain.001.001.03');
    const root = doc.Document.CstmrCdtTrfInitn;
    const listed = (await get(`/api/v1/payment-lists/${list.id}`)).json();
    const items: Item[] = listed.items;
    expect(root.GrpHdr).toMatchObject({
      MsgId: expect.stringMatching(/^LW\/2026\/\d{4}\/2$/),
      NbOfTxs: '2',
      CtrlSum: '850.00',
      // The SEPA Latin set: no diacritics.
      InitgPty: { Nm: 'Miejski Osrodek Pomocy Spolecznej w Pruszkowie (demo)' },
    });
    expect(root.GrpHdr.CreDtTm).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(root.PmtInf).toHaveLength(1);
    const pmt = root.PmtInf[0];
    expect(pmt).toMatchObject({
      PmtMtd: 'TRF',
      NbOfTxs: '2',
      CtrlSum: '850.00',
      ReqdExctnDt: listed.executionDate,
      DbtrAcct: { Id: { IBAN: 'PL15102010550000000000000000' }, Ccy: 'PLN' },
    });
    expect(
      pmt.CdtTrfTxInf.map((x: Tx) => ({
        id: x.PmtId.EndToEndId,
        amount: x.Amt.InstdAmt,
        name: x.Cdtr.Nm,
        iban: x.CdtrAcct.Id.IBAN,
        title: x.RmtInf.Ustrd,
      })),
    ).toEqual(
      items.map((i) => ({
        id: `OST${i.ref}`,
        amount: { '#text': ((i.amount - i.deduction) / 100).toFixed(2), '@_Ccy': 'PLN' },
        name: toSepaText(i.recipientName),
        iban: i.iban,
        title: toSepaText(`ZALEGŁOŚĆ: ${i.title}`),
      })),
    );
  });

  it('is paid when the bank executes the list: items, schedule and ledgers', async () => {
    const list = run.lists[1]!;
    const early = await post(`/api/v1/payment-lists/${list.id}/paid`, { paidOn: '2026-03-09' });
    expect(early.json().error.fields[0].path).toBe('paidOn');
    const paid = await post(`/api/v1/payment-lists/${list.id}/paid`, { paidOn: '2026-03-10' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ status: 'paid', paidOn: '2026-03-10' });
    expect((await post(`/api/v1/payment-lists/${list.id}/paid`, { paidOn: '2026-03-10' })).statusCode).toBe(
      409,
    );
    const sched = (await get(`/api/v1/payment-schedules/${decisions[0]}`)).json();
    expect(sched.items.map((i: { status: string }) => i.status)).toEqual(['paid', 'open']);
    const ledger = (await get(`/api/v1/persons/${homes[3]!.members[0]}/ledger`)).json();
    expect(ledger.balanced).toBe(true);
    expect(ledger.balances).toMatchObject({ expense: 40000, bank: -40000, receivable: 0 });
    expect(ledger.summary).toMatchObject({ paidOut: 40000, owedByPerson: 0, owedToPerson: 0 });
    expect(ledger.payments[0]).toMatchObject({ month: '2026-03', status: 'paid', paidOn: '2026-03-10' });
  });
});

describe('payment schedule', () => {
  it('is derived from the decision: months, pro rata first month, due days, payee and IBAN', async () => {
    const decision = await grantDecision(ctx, {
      household: homes[0]!,
      amount: 40000,
      submittedOn: '2026-06-16',
      periodFrom: '2026-06-16',
      periodTo: '2026-08-31',
      decidedOn: '2026-06-22',
      paymentMethod: 'transfer',
      iban: '61 1090 1014 0000 0712 1981 2874',
    });
    const res = await get(`/api/v1/payment-schedules/${decision}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(
      s.items.map((i: Record<string, unknown>) => [i.month, i.amount, i.days, i.dueOn, i.status]),
    ).toEqual([
      ['2026-06', 20000, 15, '2026-06-22', 'open'], // 15 of 30 days, paid from the decision
      ['2026-07', 40000, null, '2026-07-10', 'open'],
      ['2026-08', 40000, null, '2026-08-10', 'open'],
    ]);
    expect(s.items.every((i: { iban: string }) => i.iban === 'PL61109010140000071219812874')).toBe(true);
  });

  it('refuses a decision paid by transfer to a wrong account, and writes nothing', async () => {
    const app = await proposedApplication(ctx, {
      household: homes[1]!,
      amount: 40000,
      submittedOn: '2026-06-16',
    });
    const res = await post(`/api/v1/applications/${app}/decisions`, {
      outcome: 'grant',
      decidedOn: '2026-06-22',
      paymentMethod: 'transfer',
      iban: 'PL61 1090 1014 0000 0712 1981 2875',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      {
        path: 'iban',
        message: 'Numer rachunku jest błędny (nie zgadza się suma kontrolna). Sprawdź, czy nie ma literówki.',
      },
    ]);
    expect((await t.db.query('SELECT 1 FROM decision WHERE application_id = $1', [app])).rowCount).toBe(0);
    expect((await get(`/api/v1/applications/${app}`)).json().status).toBe('awaitingDecision');
  });

  it('suspends from a month and resumes from a later one; the months between stay unpaid', async () => {
    const decision = await grantDecision(ctx, {
      household: homes[2]!,
      amount: 35000,
      submittedOn: '2026-05-04',
      periodFrom: '2026-05-01',
      periodTo: '2026-09-30',
      decidedOn: '2026-05-06',
      paymentMethod: 'cashDesk',
    });
    const bad = await post(`/api/v1/payment-schedules/${decision}/resumptions`, {
      fromMonth: '2026-08',
      decidedOn: '2026-07-01',
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().error.code).toBe('notSuspended');
    const s = await post(`/api/v1/payment-schedules/${decision}/suspensions`, {
      fromMonth: '2026-06',
      decidedOn: '2026-05-28',
      reason: 'Odmowa współpracy z pracownikiem socjalnym (art. 11 ust. 2).',
    });
    expect(s.statusCode).toBe(200);
    expect(s.json().alreadyPaid).toEqual([]);
    const again = await post(`/api/v1/payment-schedules/${decision}/suspensions`, {
      fromMonth: '2026-07',
      decidedOn: '2026-05-28',
      reason: 'x',
    });
    expect(again.json().error.code).toBe('alreadySuspended');
    const early = await post(`/api/v1/payment-schedules/${decision}/resumptions`, {
      fromMonth: '2026-06',
      decidedOn: '2026-06-30',
    });
    expect(early.json().error.fields[0].path).toBe('fromMonth');
    const r = await post(`/api/v1/payment-schedules/${decision}/resumptions`, {
      fromMonth: '2026-08',
      decidedOn: '2026-07-20',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().items.map((i: { month: string; status: string }) => `${i.month} ${i.status}`)).toEqual([
      '2026-05 open',
      '2026-06 suspended',
      '2026-07 suspended',
      '2026-08 open',
      '2026-09 open',
    ]);
    expect(r.json().suspensions).toMatchObject([
      { fromMonth: '2026-06', toMonth: '2026-07', resumedOn: '2026-07-20' },
    ]);

    // A guardian collects from September, by transfer; the IBAN is checked.
    const wrong = await put(`/api/v1/payment-schedules/${decision}/payee`, {
      fromMonth: '2026-09',
      method: 'transfer',
      iban: '1234',
    });
    expect(wrong.json().error.fields).toEqual([{ path: 'iban', message: expect.stringContaining('format') }]);
    const payee = await put(`/api/v1/payment-schedules/${decision}/payee`, {
      fromMonth: '2026-09',
      method: 'transfer',
      iban: iban(77),
      recipientName: 'Opiekun prawny Józef Żuk',
    });
    expect(payee.json().changed).toBe(1);
    expect(payee.json().items.at(-1)).toMatchObject({ month: '2026-09', method: 'transfer', iban: iban(77) });
  });
});
