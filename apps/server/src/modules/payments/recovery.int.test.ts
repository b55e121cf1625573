import { makeIban } from '@ostoja/domain/payments/iban';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { pdfText } from '../../test/pdf-text.ts';
import { clerkApp } from './test-app.ts';
import { grantDecision, type Household } from './test-fixtures.ts';

// Returns and recovery keep every person's ledger balanced: a transfer returned by the bank
// and paid again at the desk, an undue benefit recovered by deduction, repayment and waiver;
// then the month's accounting export agrees with it all to the grosz.

let t: TestApp;
let clerk: string;
let homes: Household[];
const decisions: string[] = [];
const person = (i: number) => homes[i]!.members[0]!;

const post = (url: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: clerk }, payload });
const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: clerk } });

async function itemOf(personId: string, month: string, reissue = false) {
  const r = await t.db.query<{ id: string }>(
    `SELECT id FROM payment_item WHERE person_id = $1 AND month = ($2 || '-01')::date AND reissue = $3
        AND status NOT IN ('excluded', 'expired')`,
    [personId, month, reissue],
  );
  return r.rows[0]!.id;
}

async function runMonth(month: string) {
  const run = (await post('/api/v1/payment-runs', { month })).json();
  const approved = await post(`/api/v1/payment-runs/${run.id}/approval`);
  expect(approved.statusCode).toBe(200);
  return approved.json();
}

const cash = (itemId: string, paidOn: string) =>
  post(`/api/v1/payment-items/${itemId}/cash-payout`, {
    paidOn,
    documentType: 'idCard',
    documentNumber: 'AAA111111',
  });

/** The bank's return of a transfer item, on the day and for the reason given. */
const bankReturn = (itemId: string, returnedOn: string, reason: string) =>
  post(`/api/v1/payment-items/${itemId}/bank-return`, { returnedOn, reason });
/** What the clerk does with a returned item: `{ action, method?, note? }`. */
const resolveReturn = (itemId: string, body: object) =>
  post(`/api/v1/payment-items/${itemId}/return-resolution`, body);

/** The database's own check: every ledger transaction and every person's ledger sums to zero. */
async function everyLedgerBalances() {
  const txns = await t.db.query('SELECT txn_id FROM ledger_entry GROUP BY txn_id HAVING sum(amount) <> 0');
  const persons = await t.db.query(
    'SELECT person_id FROM ledger_entry GROUP BY person_id HAVING sum(amount) <> 0',
  );
  return txns.rowCount === 0 && persons.rowCount === 0;
}

beforeAll(async () => {
  const app = await clerkApp();
  ({ t, clerk, homes } = app);
  const { ctx } = app;
  const base = {
    submittedOn: '2026-01-05',
    periodFrom: '2026-01-01',
    periodTo: '2026-03-31',
    decidedOn: '2026-01-05',
  };
  decisions.push(
    await grantDecision(ctx, {
      ...base,
      household: homes[0]!,
      amount: 40000,
      paymentMethod: 'transfer',
      iban: makeIban('PL', '105000990000000000000001'),
    }),
    await grantDecision(ctx, { ...base, household: homes[1]!, amount: 30000, paymentMethod: 'cashDesk' }),
  );
});
afterAll(() => t?.close());

describe('returns and recovery', () => {
  it('a transfer returned by the bank is owed to the person until paid again', async () => {
    const jan = await runMonth('2026-01');
    const transfer = jan.lists.find((l: { method: string }) => l.method === 'transfer');
    await post(`/api/v1/payment-lists/${transfer.id}/exports`, { format: 'pain001' });
    expect(
      (await post(`/api/v1/payment-lists/${transfer.id}/paid`, { paidOn: '2026-01-10' })).statusCode,
    ).toBe(200);
    expect((await cash(await itemOf(person(1), '2026-01'), '2026-01-12')).statusCode).toBe(200);

    const item = await itemOf(person(0), '2026-01');
    const early = await bankReturn(item, '2026-01-09', 'x');
    expect(early.json().error.fields[0].path).toBe('returnedOn');
    const ret = await bankReturn(item, '2026-01-15', 'Rachunek odbiorcy zamknięty.');
    expect(ret.json()).toMatchObject({ status: 'returned', returnedOn: '2026-01-15' });
    let ledger = (await get(`/api/v1/persons/${person(0)}/ledger`)).json();
    expect(ledger.summary).toMatchObject({ owedToPerson: 40000, paidOut: 0, benefitsExpense: 40000 });
    expect(ledger.balanced).toBe(true);

    const noIban = await resolveReturn(item, {
      action: 'reissue',
      method: 'transfer',
    });
    expect(noIban.json().error.fields[0].path).toBe('iban');
    const reissue = await resolveReturn(item, {
      action: 'reissue',
      method: 'cashDesk',
    });
    expect(reissue.json().resolution).toBe('reissue');
    expect((await resolveReturn(item, { action: 'cancel' })).statusCode).toBe(409);
    const schedule = (await get(`/api/v1/payment-schedules/${decisions[0]}`)).json();
    expect(schedule.items.filter((i: { kind: string }) => i.kind === 'reissue')).toMatchObject([
      { month: '2026-01', amount: 40000, method: 'cashDesk', status: 'open' },
    ]);
    ledger = (await get(`/api/v1/persons/${person(0)}/ledger`)).json();
    expect(ledger.summary.owedToPerson).toBe(40000);
  });

  it('an undue benefit becomes a receivable by decision, with instalments and deduction from payments', async () => {
    const bad = await post('/api/v1/receivables', {
      personId: person(0),
      kind: 'undueBenefit',
      sourceDecisionId: decisions[1],
      decidedOn: '2026-01-20',
      amount: 30000,
      dueOn: '2026-02-15',
      justification: 'x',
    });
    expect(bad.json().error.fields[0].path).toBe('sourceDecisionId');
    const res = await post('/api/v1/receivables', {
      personId: person(1),
      kind: 'undueBenefit',
      sourceDecisionId: decisions[1],
      months: ['2026-01'],
      decidedOn: '2026-01-20',
      amount: 30000,
      dueOn: '2026-02-15',
      instalments: 2,
      deductFromPayments: true,
      deductionCap: 10000,
      justification: 'Zatajenie dochodu z umowy zlecenia w styczniu 2026 r. (art. 6 pkt 16).',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      number: expect.stringMatching(/^OPS\.8111\.\d+\.2026$/),
      status: 'open',
      outstanding: 30000,
      legalBasis: expect.stringContaining('art. 104 ust. 3'),
      instalments: [
        { no: 1, dueOn: '2026-02-15', amount: 15000 },
        { no: 2, dueOn: '2026-03-15', amount: 15000 },
      ],
    });
    const receivable = res.json().id;
    // The decision to print and deliver: what is owed, the two instalments, the deduction's cap.
    const letter = await get(`/api/v1/receivables/${receivable}/pdf`);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = pdfText(letter.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain(res.json().number);
    expect(text).toMatch(/za miesiąc 2026-01 w kwocie 300,00 zł stanowią świadczenia nienależnie pobrane/);
    expect(text).toContain('w 2 ratach miesięcznych');
    expect(text).toContain('1 15.02.2026 r. 150,00 zł 2 15.03.2026 r. 150,00 zł');
    expect(text).toContain('potrącana z bieżąco wypłacanych świadczeń do kwoty 100,00 zł miesięcznie');
    expect(text).toContain('Zatajenie dochodu z umowy zlecenia');
    expect((await get(`/api/v1/receivables/${crypto.randomUUID()}/pdf`)).statusCode).toBe(404);

    const feb = await runMonth('2026-02');
    expect(feb).toMatchObject({
      itemCount: 3,
      grossAmount: 110000,
      deductionAmount: 10000,
      netAmount: 100000,
    });
    const r = (await get(`/api/v1/receivables/${receivable}`)).json();
    expect(r).toMatchObject({ outstanding: 30000, reserved: 10000, available: 20000 });
    const whole = await post(`/api/v1/receivables/${receivable}/waivers`, {
      decidedOn: '2026-02-01',
      whole: true,
      reason: 'x',
    });
    expect(whole.json().error.code).toBe('receivableReserved');
    const tooMuch = await post(`/api/v1/receivables/${receivable}/repayments`, {
      paidOn: '2026-02-01',
      amount: 25000,
      channel: 'cash',
    });
    expect(tooMuch.json().error.fields[0].message).toContain('200,00');

    const paid = await cash(await itemOf(person(1), '2026-02'), '2026-02-10');
    expect(paid.json()).toMatchObject({ amount: 30000, deduction: 10000 });
    const after = (await get(`/api/v1/receivables/${receivable}`)).json();
    expect(after).toMatchObject({ recovered: 10000, reserved: 0, outstanding: 20000 });
    expect(after.history.map((h: { kind: string; reducedBy: number }) => [h.kind, h.reducedBy])).toEqual([
      ['receivable', -30000],
      ['deduction', 10000],
    ]);
  });

  it('repayment and waiver settle it; every ledger balances and matches the receivables', async () => {
    const receivable = (
      await t.db.query<{ id: string }>('SELECT id FROM receivable WHERE person_id = $1', [person(1)])
    ).rows[0]!.id;
    await post(`/api/v1/receivables/${receivable}/repayments`, {
      paidOn: '2026-02-20',
      amount: 5000,
      channel: 'cash',
    });
    const part = await post(`/api/v1/receivables/${receivable}/waivers`, {
      decidedOn: '2026-02-25',
      amount: 5000,
      reason: 'Trudna sytuacja zdrowotna (art. 104 ust. 4).',
    });
    expect(part.json()).toMatchObject({ waived: 5000, outstanding: 10000, status: 'open' });
    const whole = await post(`/api/v1/receivables/${receivable}/waivers`, {
      decidedOn: '2026-02-26',
      whole: true,
      reason: 'Umorzenie reszty.',
    });
    expect(whole.json()).toMatchObject({
      waived: 15000,
      recovered: 15000,
      outstanding: 0,
      status: 'settled',
    });
    expect(
      (
        await post(`/api/v1/receivables/${receivable}/waivers`, {
          decidedOn: '2026-02-27',
          whole: true,
          reason: 'x',
        })
      ).json().error.code,
    ).toBe('nothingOutstanding');

    // The returned January transfer is paid at the desk; February's transfer list is paid.
    expect((await cash(await itemOf(person(0), '2026-01', true), '2026-02-02')).statusCode).toBe(200);
    const feb = (await get('/api/v1/payment-runs?month=2026-02')).json().items[0];
    const transfer = (await get(`/api/v1/payment-runs/${feb.id}`))
      .json()
      .lists.find((l: { method: string }) => l.method === 'transfer');
    await post(`/api/v1/payment-lists/${transfer.id}/exports`, { format: 'elixir' });
    await post(`/api/v1/payment-lists/${transfer.id}/paid`, { paidOn: '2026-02-10' });

    const p0 = (await get(`/api/v1/persons/${person(0)}/ledger`)).json();
    expect(p0.balanced).toBe(true);
    expect(p0.balances).toEqual({
      expense: 80000,
      bank: -40000,
      cash: -40000,
      payable: 0,
      receivable: 0,
      undue: 0,
      waived: 0,
    });
    const p1 = (await get(`/api/v1/persons/${person(1)}/ledger`)).json();
    expect(p1.balanced).toBe(true);
    expect(p1.balances).toEqual({
      expense: 60000,
      bank: 0,
      cash: -45000, // 300 + 200 zł paid out, 50 zł repaid
      payable: 0,
      receivable: 0,
      undue: -30000,
      waived: 15000,
    });
    expect(p1.balances.receivable).toBe(
      p1.receivables.reduce((s: number, r: { outstanding: number }) => s + r.outstanding, 0),
    );
    expect(await everyLedgerBalances()).toBe(true);
  });

  it('a returned payment that was not due is cancelled: the expense is reversed', async () => {
    const item = await itemOf(person(0), '2026-02');
    await bankReturn(item, '2026-02-16', 'Odbiorca zmarł.');
    await resolveReturn(item, {
      action: 'cancel',
      note: 'Nienależne po zgonie.',
    });
    const p0 = (await get(`/api/v1/persons/${person(0)}/ledger`)).json();
    expect(p0.balances).toMatchObject({ expense: 40000, bank: 0, cash: -40000, payable: 0 });
    expect(await everyLedgerBalances()).toBe(true);
  });

  it('the database refuses an unbalanced ledger transaction and any change to the ledger', async () => {
    await expect(
      t.db.tx(async (q) => {
        await q.query(
          `INSERT INTO ledger_txn (id, person_id, kind, on_date) VALUES ('00000000-0000-4000-8000-000000000001', $1, 'repayment', '2026-02-01')`,
          [person(0)],
        );
        await q.query(
          `INSERT INTO ledger_entry (txn_id, person_id, account, amount) VALUES ('00000000-0000-4000-8000-000000000001', $1, 'cash', 100)`,
          [person(0)],
        );
      }),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(t.db.query('UPDATE ledger_entry SET amount = amount + 1')).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('accounting export', () => {
  it('totals the month per benefit with its budget classification, in JSON, CSV and XLSX', async () => {
    const json = (await get('/api/v1/accounting/payments?month=2026-02')).json();
    // February: 300 zł (100 zł deducted) and the reissued 400 zł at the desk, 400 zł by transfer (returned).
    expect(json.rows).toEqual([
      {
        benefit: 'zasilekOkresowy',
        name: 'Zasiłek okresowy',
        dzial: '852',
        rozdzial: '85214',
        paragraf: '3110',
        payments: 3,
        gross: 110000,
        deductions: 10000,
        net: 100000,
        transfer: 40000,
        cash: 60000,
        returned: 40000,
      },
    ]);
    expect(json.total).toMatchObject({ payments: 3, gross: 110000, net: 100000 });

    const csv = await get('/api/v1/accounting/payments?month=2026-02&format=csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="wyplaty-2026-02.csv"');
    const text = csv.rawPayload.toString('utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(';'));
    expect(lines[0]![0]).toBe('Miesiąc');
    expect(lines.slice(1)).toEqual([
      [
        '2026-02',
        'Zasiłek okresowy',
        '852',
        '85214',
        '3110',
        '3',
        '1100,00',
        '100,00',
        '1000,00',
        '400,00',
        '600,00',
        '400,00',
      ],
      ['2026-02', 'Razem', '', '', '', '3', '1100,00', '100,00', '1000,00', '400,00', '600,00', '400,00'],
    ]);

    const xlsx = await get('/api/v1/accounting/payments?month=2026-02&format=xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Wypłaty 2026-02');
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '2026-02',
      'Zasiłek okresowy',
      '852',
      '85214',
      '3110',
      3,
      1100,
      100,
      1000,
      400,
      600,
      400,
    ]);
    expect(ws.getRow(3).getCell(2).value).toBe('Razem');
    expect(ws.getRow(2).getCell(7).numFmt).toBe('#,##0.00');

    const jan = (await get('/api/v1/accounting/payments?month=2026-01')).json();
    expect(jan.total).toMatchObject({ payments: 2, gross: 70000, net: 70000, returned: 40000 });
  });
});
