import { describe, expect, it } from 'vitest';
import { staffApp } from '../../test/staff-app.ts';
import { payMonth } from '../reporting/test-data.ts';
import { alimonyApplication } from './debtor-fixtures.ts';
import { paidByBank } from './test-paid.ts';

// Undue alimony-fund benefits on PostgreSQL (art. 23 uFA): the decision on October's payment and
// part of November's, with statutory interest from the first day of the month after the payment
// to the decision day; the receivable repaid in part and the rest deducted from the next payment.
const s = staffApp({ logins: ['swiadczenia', 'pracownik'], staff: 'swiadczenia', app: { caseload: false } });
const { who, fx } = s;
let n = 0;
const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  s.call(method, url, cookie, payload);
const undueUrl = (id: string) => `/api/v1/alimony-fund/applications/${id}/undue-benefits`;
const body = (over: object = {}) => ({
  decidedOn: '2026-12-15',
  ground: 'a',
  months: [{ month: '2026-10' }, { month: '2026-11', amount: 50_000 }],
  dueOn: '2027-01-15',
  justification:
    'Wnioskodawczyni nie zgłosiła, że dłużnik wpłacił alimenty za październik i część listopada.',
  ...over,
});

describe('undue benefits of the alimony fund', () => {
  let applicationId = '';
  let receivableId = '';

  it('states October and 500 zł of November as undue with 6.05 zł interest: 1556.05 zł to repay', async () => {
    // October and November, 1050 zł each, paid by bank on 27 November: interest runs from 1 December.
    applicationId = (await paidByBank(s, ++n)).id;

    const res = await call('POST', undueUrl(applicationId), who.swiadczenia!, body());
    expect(res.statusCode, res.body).toBe(201);
    const u = res.json();
    receivableId = u.receivableId;
    // 1–15 December: 15 days at 9.50 % on 1550 zł = 155 000 × 950 × 15 / 3 650 000 = 605.14 gr.
    expect(u).toMatchObject({
      ground: 'a',
      principal: 155_000,
      interest: 605,
      amount: 155_605,
      outstanding: 155_605,
      decidedOn: '2026-12-15',
    });
    expect(u.payments.map((p: { month: string; amount: number }) => [p.month, p.amount])).toEqual([
      ['2026-10', 105_000],
      ['2026-11', 50_000],
    ]);
    expect(u.legalBasis).toBe(
      'art. 2 pkt 7 lit. a, art. 23 ust. 1, 1a i 7 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów',
    );
    expect(u.justification).toMatch(/w kwocie 1550,00\szł/);
    expect(u.justification).toMatch(/do dnia 2026-12-15: 6,05\szł/);
    expect(u.justification).toMatch(/Do zwrotu: 1556,05\szł/);

    // The payments module's receivable: one decision number, the same amount in the person's ledger.
    const r = (await call('GET', `/api/v1/receivables/${receivableId}`, who.swiadczenia!)).json();
    expect(r).toMatchObject({
      kind: 'undueBenefit',
      amount: 155_605,
      number: u.number,
      deductFromPayments: true,
    });
  });

  it('a repayment of 556.05 zł is booked; 1000 zł is deducted from December’s payment', async () => {
    const repaid = await call('POST', `/api/v1/receivables/${receivableId}/repayments`, who.swiadczenia!, {
      paidOn: '2026-12-20',
      amount: 55_605,
      channel: 'bank',
    });
    expect(repaid.statusCode, repaid.body).toBe(200);
    expect(repaid.json()).toMatchObject({ recovered: 55_605, outstanding: 100_000, status: 'open' });

    await payMonth(s.t, who.swiadczenia!, '2026-12', '2026-12-28');
    const list = (await call('GET', undueUrl(applicationId), who.swiadczenia!)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ recovered: 155_605, outstanding: 0 });
    const dec = await s.t.db.query<{ amount: number; deduction: number }>(
      `SELECT pi.amount, pi.deduction FROM payment_item pi JOIN decision d ON d.id = pi.decision_id
        WHERE d.alimony_fund_application_id = $1 AND pi.month = '2026-12-01'`,
      [applicationId],
    );
    expect(dec.rows).toEqual([{ amount: 105_000, deduction: 100_000 }]);
  });

  it('names the month not paid, the amount over the payment and a decision before it, writing nothing', async () => {
    const before = (await call('GET', undueUrl(applicationId), who.swiadczenia!)).json().items.length;
    const notPaid = await call(
      'POST',
      undueUrl(applicationId),
      who.swiadczenia!,
      body({ months: [{ month: '2027-03' }] }),
    );
    expect(notPaid.statusCode).toBe(400);
    expect(notPaid.json().error.fields).toEqual([
      { path: 'months.0.month', message: 'Za ten miesiąc nie wypłacono świadczenia z tej decyzji.' },
    ]);
    const tooMuch = await call(
      'POST',
      undueUrl(applicationId),
      who.swiadczenia!,
      body({ months: [{ month: '2026-11', amount: 55_001 }] }),
    );
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().error.fields).toEqual([
      {
        path: 'months.0.amount',
        message: 'Kwota przekracza świadczenie wypłacone za ten miesiąc (550,00\u00a0zł).', // 500 zł of November's 1050 zł were found undue already.
      },
    ]);
    const again = await call(
      'POST',
      undueUrl(applicationId),
      who.swiadczenia!,
      body({ months: [{ month: '2026-10' }] }),
    );
    expect(again.json().error.fields[0].path).toBe('months.0.amount');
    const early = await call(
      'POST',
      undueUrl(applicationId),
      who.swiadczenia!,
      body({ decidedOn: '2026-11-01', months: [{ month: '2026-11', amount: 100 }] }),
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('decidedOn');
    expect((await call('GET', undueUrl(applicationId), who.swiadczenia!)).json().items).toHaveLength(before);
  });

  it('an application not granted is a 409; a social worker may not decide', async () => {
    const { application } = await alimonyApplication(fx(), ++n);
    const res = await call('POST', undueUrl(application.id), who.swiadczenia!, body());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('alimonyFund.notGranted');
    expect((await call('POST', undueUrl(applicationId), who.pracownik!, body())).statusCode).toBe(403);
  });
});
