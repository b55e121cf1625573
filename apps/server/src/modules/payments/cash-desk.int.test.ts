import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { expectPdf, pdfText } from '../../test/pdf-text.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision, type Household } from './test-fixtures.ts';

// The cash desk: payout against an identity document, the receipt, closing the day with its
// cash report, and uncollected items returning to the schedule after the deadline.

let t: TestApp;
let clerk: string;
let homes: Household[];
let items: { id: string; personId: string }[];

const post = (url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: clerk }, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: clerk } });

beforeAll(async () => {
  const app = await clerkApp();
  ({ t, clerk, homes } = app);
  const { ctx } = app;
  for (const h of homes.slice(0, 2))
    await grantDecision(ctx, {
      household: h,
      amount: 40000,
      submittedOn: '2026-01-05',
      periodFrom: '2026-01-01',
      periodTo: '2026-02-28',
      decidedOn: '2026-01-05',
      paymentMethod: 'cashDesk',
    });
  const run = (await post('/api/v1/payment-runs', { month: '2026-01' })).json();
  expect((await post(`/api/v1/payment-runs/${run.id}/approval`)).statusCode).toBe(200);
  expect(run.lists).toMatchObject([
    { method: 'cashDesk', payOn: '2026-01-10', payUntil: '2026-01-24', itemCount: 2 },
  ]);
  const list = (await get(`/api/v1/payment-lists/${run.lists[0].id}`)).json();
  const order = new Map(homes.slice(0, 2).map((h, i) => [h.members[0], i]));
  items = [...list.items].sort((a, b) => order.get(a.personId)! - order.get(b.personId)!);
});
afterAll(() => t?.close());

describe('cash desk', () => {
  it('pays out against the identity document the registry holds, once', async () => {
    const [first] = items;
    await t.db.query(
      `UPDATE person SET document_type = 'idCard', document_number = 'ABC123456' WHERE id = $1`,
      [first!.personId],
    );
    const payout = (body: object) => post(`/api/v1/payment-items/${first!.id}/cash-payout`, body);
    const early = await payout({ paidOn: '2026-01-09', documentType: 'idCard', documentNumber: 'ABC123456' });
    expect(early.json().error.fields[0].path).toBe('paidOn');
    const short = await payout({ paidOn: '2026-01-12', documentType: 'idCard', documentNumber: 'ab' });
    expect(short.json().error.fields[0].path).toBe('documentNumber');
    const wrong = await payout({ paidOn: '2026-01-12', documentType: 'idCard', documentNumber: 'XYZ999999' });
    expect(wrong.json().error.fields).toEqual([
      { path: 'documentNumber', message: expect.stringContaining('nie zgadza się z zapisanym w rejestrze') },
    ]);
    const paid = await payout({ paidOn: '2026-01-12', documentType: 'idCard', documentNumber: 'abc 123456' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'paid',
      paidOn: '2026-01-12',
      receiptNumber: 'KW/2026/000001',
      documentNumber: 'ABC 123456',
      paidByName: 'Beata Świadczeniowa',
    });
    const again = await payout({ paidOn: '2026-01-12', documentType: 'idCard', documentNumber: 'ABC123456' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('wypłacona');
  });

  it('prints the receipt with the amount in words', async () => {
    const item = (await get(`/api/v1/payment-items/${items[0]!.id}`)).json();
    const res = await get(`/api/v1/payment-items/${items[0]!.id}/receipt`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    for (const s of [
      'DOWÓD WYPŁATY ŚWIADCZENIA (KW)',
      'nr KW/2026/000001',
      item.recipientName,
      item.recipientPesel,
      'dowód osobisty ABC 123456',
      item.title,
      '400,00 zł',
      'czterysta złotych 00/100',
      'Wypłacił (kasjer): Beata Świadczeniowa',
      'Miejski Ośrodek Pomocy Społecznej w Pruszkowie',
    ])
      expect(text).toContain(s);
    expect((await get(`/api/v1/payment-items/${items[1]!.id}/receipt`)).json().error.code).toBe('noReceipt');
  });

  it('closes the day with a cash report; a closed day takes no more payouts', async () => {
    const res = await post('/api/v1/cash-desk/days', { date: '2026-01-12' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      day: '2026-01-12',
      count: 1,
      total: 40000,
      expired: { count: 0, total: 0 },
      payouts: [{ receiptNumber: 'KW/2026/000001', amount: 40000 }],
      closedBy: 'Beata Świadczeniowa',
    });
    expect((await post('/api/v1/cash-desk/days', { date: '2026-01-12' })).json().error.code).toBe(
      'cashDayClosed',
    );
    const late = await post(`/api/v1/payment-items/${items[1]!.id}/cash-payout`, {
      paidOn: '2026-01-12',
      documentType: 'passport',
      documentNumber: 'EA1234567',
    });
    expect(late.json().error.code).toBe('cashDayClosed');
    const pdf = await get('/api/v1/cash-desk/days/2026-01-12/report');
    expectPdf(pdf, [
      'RAPORT KASOWY — wypłaty świadczeń z dnia 12.01.2026 r.',
      'KW/2026/000001',
      'Razem: 1 wypł.',
      '400,00 zł',
      'Niepodjęte w terminie i zwrócone do harmonogramu: 0',
    ]);
  });

  it('returns items not collected by the deadline to the schedule, to be paid in the next run', async () => {
    const res = await post('/api/v1/cash-desk/days', { date: '2026-01-24' });
    expect(res.json()).toMatchObject({ count: 0, total: 0, expired: { count: 1, total: 40000 } });
    const item = (await get(`/api/v1/payment-items/${items[1]!.id}`)).json();
    expect(item.status).toBe('expired');
    const after = await post(`/api/v1/payment-items/${items[1]!.id}/cash-payout`, {
      paidOn: '2026-01-26',
      documentType: 'passport',
      documentNumber: 'EA1234567',
    });
    expect(after.statusCode).toBe(409);
    const feb = (await post('/api/v1/payment-runs', { month: '2026-02' })).json();
    expect(feb.itemCount).toBe(3);
    expect(feb.lists.map((l: { payOn: string; itemCount: number }) => [l.payOn, l.itemCount])).toEqual([
      ['2026-02-01', 1], // January's arrears
      ['2026-02-10', 2],
    ]);
    const ledger = (await get(`/api/v1/persons/${items[0]!.personId}/ledger`)).json();
    expect(ledger).toMatchObject({ balanced: true, balances: { expense: 40000, cash: -40000 } });
  });
});
