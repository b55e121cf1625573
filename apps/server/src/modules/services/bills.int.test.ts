import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import { expectPdf } from '../../test/pdf-text.ts';
import { staffApp } from '../../test/staff-app.ts';
import { addCarer, lastMonth, runningDecision, visit } from './schedule-fixtures.ts';

// Monthly bills for care services on PostgreSQL: hours delivered × the decision's hourly fee to
// the grosz, the bill's PDF, payments and arrears, and the provider's invoice against the hours.
const s = staffApp({ logins: ['swiadczenia', 'pracownik', 'dyrektor'], staff: 'swiadczenia' });
const { who, fx, call } = s;
let n = 700;
const today = todayInPoland();
const day = (d: number) => `${lastMonth}-${String(d).padStart(2, '0')}`;
const issue = (month = lastMonth, cookie = who.swiadczenia!) =>
  call('POST', '/api/v1/care-bills', cookie, { month });

/** A decision at 7,00 zł an hour with visits of these hours on the first days of last month. */
async function delivered(hours: number[], providerName?: string) {
  const d = await runningDecision(fx(), ++n, providerName);
  const carer = await addCarer(
    fx(),
    `Opiekunka ${n}`,
    providerName ? { employer: 'contracted', providerName } : {},
  );
  for (const [i, h] of hours.entries())
    await visit(fx(), {
      careServiceId: d.id,
      carerId: carer.id,
      visitOn: day(i + 1),
      startsAt: '08:00',
      hours: h,
    });
  await visit(fx(), {
    careServiceId: d.id,
    carerId: carer.id,
    visitOn: day(20),
    startsAt: '08:00',
    hours: 0,
    missedReason: 'carerIll',
  });
  return d;
}

describe('the month’s bills', () => {
  it('bills 1,25 + 2,5 + 0,6 = 4,35 hours × 7,00 zł = 30,45 zł, once per month, and prints it', async () => {
    const d = await delivered([1.25, 2.5, 0.6]);
    const res = await issue();
    expect(res.statusCode).toBe(201);
    const bill = res.json().items.find((b: { careServiceId: string }) => b.careServiceId === d.id);
    expect(bill).toMatchObject({
      decisionNumber: d.number,
      month: lastMonth,
      hours: 4.35,
      hourlyFeeGrosze: 700,
      amountGrosze: 3_045,
      issuedOn: today,
      dueOn: addDays(today, 14),
      paidGrosze: 0,
      balanceGrosze: 3_045,
      arrearsGrosze: 0,
    });
    expect(bill.number).toMatch(new RegExp(`^UO/\\d+/${today.slice(0, 4)}$`));
    const again = await issue();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual([
      { path: 'month', message: 'W tym miesiącu nie ma wykonanych godzin bez rachunku.' },
    ]);

    const pdf = await call('GET', `/api/v1/care-bills/${bill.id}/pdf`, who.pracownik!);
    const text = expectPdf(pdf, [
      `RACHUNEK nr ${bill.number}`,
      `Halina ${d.surname}`,
      `Decyzja nr ${d.number}`,
    ]);
    expect(text).toMatch(/4,35 godz\. × 7,00 zł = 30,45 zł/);
    expect(text).toContain(`Termin zapłaty: ${addDays(today, 14).split('-').reverse().join('.')}`);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'careBill' AND entity_id = $1 AND details->>'document' = 'pdf'`,
      [bill.id],
    );
    expect(logged.rowCount).toBe(1);
  });

  it('bills a month only once it has ended, naming the month', async () => {
    const res = await issue(addDays(today, 40).slice(0, 7));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('month');
  });

  it('records payments in cash and by transfer, refuses an overpayment, and shows arrears after the due date', async () => {
    const d = await delivered([3]);
    const bill = (await issue())
      .json()
      .items.find((b: { careServiceId: string }) => b.careServiceId === d.id);
    expect(bill.amountGrosze).toBe(2_100);
    const pay = (amountGrosze: number, method: string) =>
      call('POST', `/api/v1/care-bills/${bill.id}/payments`, who.swiadczenia!, {
        paidOn: today,
        amountGrosze,
        method,
      });
    expect((await pay(1_000, 'cash')).json()).toMatchObject({ paidGrosze: 1_000, balanceGrosze: 1_100 });
    const over = await pay(1_101, 'transfer');
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toEqual([
      { path: 'amountGrosze', message: 'Wpłata przekracza kwotę pozostałą do zapłaty (11,00 zł).' },
    ]);
    expect((await pay(600, 'transfer')).json()).toMatchObject({
      paidGrosze: 1_600,
      balanceGrosze: 500,
      arrearsGrosze: 0,
      payments: [
        { amountGrosze: 1_000, method: 'cash' },
        { amountGrosze: 600, method: 'transfer' },
      ],
    });
    // Time passes beyond the payment date: what is unpaid becomes arrears in the register.
    await s.t.db.query('UPDATE care_bill SET issued_on = $2, due_on = $3 WHERE id = $1', [
      bill.id,
      addDays(today, -30),
      addDays(today, -16),
    ]);
    const register = await call('GET', `/api/v1/care-bills?month=${lastMonth}&limit=100`, who.dyrektor!);
    expect(register.statusCode).toBe(200);
    expect(register.json().items.find((b: { id: string }) => b.id === bill.id)).toMatchObject({
      amountGrosze: 2_100,
      paidGrosze: 1_600,
      balanceGrosze: 500,
      arrearsGrosze: 500,
    });
  });

  it('checks the provider’s invoice against the hours its carers delivered, showing the difference', async () => {
    const provider = `Stowarzyszenie „Razem” ${n}`;
    await delivered([3, 2.5], provider);
    await delivered([1.25], provider);
    const invoice = {
      providerName: provider,
      month: lastMonth,
      number: 'FV/11/2026',
      issuedOn: day(28),
      hours: 8,
      amountGrosze: 28_000,
    };
    const res = await call('POST', '/api/v1/care-bills/provider-invoices', who.swiadczenia!, invoice);
    expect(res.statusCode).toBe(201);
    // 6,75 h delivered at the table's 35,00 zł an hour: 5,5 h → 192,50 zł and 1,25 h → 43,75 zł.
    expect(res.json()).toMatchObject({
      hours: 8,
      deliveredHours: 6.75,
      deliveredGrosze: 23_625,
      hoursDifference: 1.25,
      amountDifferenceGrosze: 4_375,
    });
    const twice = await call('POST', '/api/v1/care-bills/provider-invoices', who.swiadczenia!, invoice);
    expect(twice.statusCode).toBe(409);
  });

  it('lets the social worker read the register but only the clerk bill and take payments', async () => {
    expect((await issue(lastMonth, who.pracownik!)).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/care-bills?month=${lastMonth}`, who.pracownik!)).statusCode).toBe(200);
  });
});
