import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { alimonyApplication } from './debtor-fixtures.ts';
import { paidByBank } from './test-paid.ts';

// The debtor's debt on PostgreSQL: the fund's payments paid by bank become the debt, statutory
// interest to the day on each, a bailiff's repayment booked interest first and split between the
// State and the gminas, the notice to the debtor's gmina, and who may see debtors at all.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 0;

/** Registers the debtor of an application, as the clerk. */
const registerDebtor = (applicationId: string, gmina: string, resident: boolean) =>
  call('POST', '/api/v1/alimony-fund/debtors', who.swiadczenia!, { applicationId, gmina, resident });

/** Books a repayment to the debtor with the session `cookie`, received on 1 December 2026 unless told. */
const repay = (
  debtorId: string,
  cookie: string,
  amount: number,
  source: string,
  reference: string,
  receivedOn = '2026-12-01',
) =>
  call('POST', `/api/v1/alimony-fund/debtors/${debtorId}/repayments`, cookie, {
    receivedOn,
    amount,
    source,
    reference,
  });

describe('the debt of a debtor living in another gmina', () => {
  let debtorId = '';

  it('registers the debtor of a granted application and sends the notice to the debtor’s gmina', async () => {
    // October and November, 1050 zł each, paid by bank on 27 November.
    const application = await paidByBank(s, ++n);
    const res = await registerDebtor(application.id, 'Gmina Raszyn', false);
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json();
    debtorId = d.id;
    expect(d).toMatchObject({
      number: expect.stringMatching(/^DA\/\d{4}\/0001$/),
      name: 'Jan Dłużny',
      paid: 210_000,
    });
    expect(d.notices).toEqual([
      expect.objectContaining({
        number: expect.stringMatching(/^ZD\/\d{4}\/0001$/),
        kind: 'actionRequest',
        direction: 'outgoing',
        gmina: 'Gmina Raszyn',
        on: todayInPoland(),
      }),
    ]);
    const again = await registerDebtor(application.id, 'Gmina Raszyn', false);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('alimonyDebtor.registered');

    const letter = await call('GET', `/api/v1/alimony-fund/notices/${d.notices[0].id}/pdf`, who.swiadczenia!);
    expect(letter.headers['content-type']).toBe('application/pdf');
    const text = pdfText(letter.rawPayload);
    expect(text).toContain('Wniosek o podjęcie działań wobec dłużnika alimentacyjnego');
    expect(text).toContain('2100,00');
    const register = (await call('GET', '/api/v1/alimony-fund/notices', who.swiadczenia!)).json();
    expect(register.items.map((x: { debtorName: string }) => x.debtorName)).toContain('Jan Dłużny');
  });

  it('on the payment day nothing but the benefits; 30 days later 8.20 zł interest on each', async () => {
    const paidDay = (
      await call('GET', `/api/v1/alimony-fund/debtors/${debtorId}?on=2026-11-27`, who.swiadczenia!)
    ).json();
    expect(paidDay.statement).toMatchObject({
      principal: 210_000,
      interestAccrued: 0,
      totalOutstanding: 210_000,
    });
    expect(
      paidDay.statement.lines.map((l: { month: string; paidOn: string; amount: number }) => [
        l.month,
        l.paidOn,
        l.amount,
      ]),
    ).toEqual([
      ['2026-10', '2026-11-27', 105_000],
      ['2026-11', '2026-11-27', 105_000],
    ]);
    // 1050 zł × 9.50 % × 30 / 365 = 8.1986 zł, rounded on each benefit.
    const later = (
      await call('GET', `/api/v1/alimony-fund/debtors/${debtorId}?on=2026-12-27`, who.swiadczenia!)
    ).json();
    expect(later.statement.lines.map((l: { interest: number }) => l.interest)).toEqual([820, 820]);
    expect(later.statement.totalOutstanding).toBe(211_640);
  });

  it('books the bailiff’s 500 zł: 2.18 zł interest, 497.82 zł to October; 20 % to each gmina', async () => {
    const res = await repay(debtorId, who.swiadczenia!, 50_000, 'bailiff', 'Km 1/26');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().statement.repayments).toEqual([
      {
        id: expect.any(String),
        receivedOn: '2026-12-01',
        amount: 50_000,
        source: 'bailiff',
        reference: 'Km 1/26',
        interest: 218,
        principal: 49_782,
        overpayment: 0,
        split: { state: 30_000, creditorGmina: 10_000, debtorGmina: 10_000 },
      },
    ]);
    // To 31 December: October 4 days on 1050 zł and 30 on 552.18 zł = 5.40 zł; November 34 days = 9.29 zł.
    const s = (
      await call('GET', `/api/v1/alimony-fund/debtors/${debtorId}?on=2026-12-31`, who.swiadczenia!)
    ).json().statement;
    expect(s).toMatchObject({
      principalOutstanding: 160_218,
      interestAccrued: 1_469,
      interestRepaid: 218,
      interestOutstanding: 1_251,
      totalOutstanding: 161_469,
    });
  });

  it('refuses a repayment dated after today or of 0 zł, naming the field, writing nothing', async () => {
    const count = async () =>
      (await s.t.db.query('SELECT count(*)::int AS c FROM alimony_debt_repayment')).rows[0]!.c as number;
    const before = await count();
    const future = await repay(debtorId, who.swiadczenia!, 100, 'debtor', 'przelew', '2099-01-01');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual([
      { path: 'receivedOn', message: 'Ta data nie może być późniejsza niż dzisiaj.' },
    ]);
    const zero = await repay(debtorId, who.swiadczenia!, 0, 'debtor', 'przelew');
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.fields[0].path).toBe('amount');
    expect(await count()).toBe(before);
  });

  it('a debtor is registered only once the fund is granted', async () => {
    const { application } = await alimonyApplication(fx(), ++n);
    const res = await registerDebtor(application.id, 'Gmina Pruszków', true);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('alimonyDebtor.notGranted');
  });
});

describe('who may see debtors', () => {
  it('the clerk and the auditor read; the auditor books nothing; the director and the social worker see none', async () => {
    const list = await call('GET', '/api/v1/alimony-fund/debtors', who.audytor!);
    expect(list.statusCode).toBe(200);
    const id = list.json().items[0].id;
    expect((await call('GET', `/api/v1/alimony-fund/debtors/${id}`, who.audytor!)).statusCode).toBe(200);
    const booked = await repay(id, who.audytor!, 100, 'debtor', 'x');
    expect(booked.statusCode).toBe(403);
    for (const login of ['dyrektor', 'pracownik']) {
      expect((await call('GET', '/api/v1/alimony-fund/debtors', who[login]!)).statusCode).toBe(403);
      expect((await call('GET', `/api/v1/alimony-fund/debtors/${id}`, who[login]!)).statusCode).toBe(403);
      expect((await call('GET', '/api/v1/alimony-fund/notices', who[login]!)).statusCode).toBe(403);
    }
    const reads = await s.t.db.query(
      `SELECT count(*)::int AS c FROM audit_log WHERE entity = 'alimonyDebtor' AND action = 'read' AND entity_id = $1`,
      [id],
    );
    expect(reads.rows[0]!.c).toBeGreaterThan(0);
  });
});
