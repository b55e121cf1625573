import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { visitedApplication } from './test-care.ts';

// The programme's zasiłek celowy for food is a cash benefit: the month's payment run lists it like
// any other, to the grosz, at the cash desk or by transfer. (No demo caseload: the run holds only ours.)
const s = benefitsStaffApp();
const { who, call } = s;
let n = 3000;
const fx = () => ({ ...s.fx(), seq: () => ++n });

const MONTH = '2031-03';
const decide = async (body: object) => {
  const a = await visitedApplication(fx(), fx().seq(), [100_000, 0]);
  return call('POST', '/api/v1/meals-programme/decisions', who.swiadczenia!, {
    ...a,
    form: 'zasilekCelowy',
    periodFrom: `${MONTH}-01`,
    periodTo: `${MONTH}-31`,
    decidedOn: `${MONTH}-10`,
    ...body,
  });
};

async function runItems(month: string) {
  const run = await call('POST', '/api/v1/payment-runs', who.swiadczenia!, { month });
  expect(run.statusCode).toBe(200);
  const items = [];
  for (const l of run.json().lists)
    items.push(...(await call('GET', `/api/v1/payment-lists/${l.id}`, who.swiadczenia!)).json().items);
  return items as {
    title: string;
    amount: number;
    method: string;
    iban: string | null;
    recipientName: string;
  }[];
}

describe('a zasiłek celowy for food in the payment runs', () => {
  it('is paid in the month of its decision: 123,45 zł at the cash desk, 87,66 zł by transfer', async () => {
    const cash = await decide({ amountGrosze: 12_345 });
    expect(cash.statusCode).toBe(201);
    expect(cash.json()).toMatchObject({
      form: 'zasilekCelowy',
      amountGrosze: 12_345,
      paymentMethod: 'cashDesk',
    });
    const transfer = await decide({
      amountGrosze: 8_766,
      paymentMethod: 'transfer',
      iban: 'PL61 1090 1014 0000 0712 1981 2874',
    });
    expect(transfer.statusCode).toBe(201);
    // Nothing before the decision's month.
    expect((await runItems('2031-02')).filter((i) => i.title.includes(cash.json().number))).toEqual([]);

    const items = await runItems(MONTH);
    const ours = (number: string) => items.filter((i) => i.title.includes(number));
    expect(ours(cash.json().number)).toMatchObject([
      {
        amount: 12_345,
        method: 'cashDesk',
        title: `Zasiłek celowy za 03/2031, decyzja ${cash.json().number}`,
      },
    ]);
    expect(ours(transfer.json().number)).toMatchObject([
      { amount: 8_766, method: 'transfer', iban: 'PL61109010140000071219812874' },
    ]);
  });

  it('prints the decision: the zasiłek of 123,45 zł at the cash desk, the period and the criterion', async () => {
    const d = (await decide({ amountGrosze: 12_345, decidedOn: '2031-05-10' })).json();
    const res = await call('GET', `/api/v1/meals-programme/decisions/${d.id}/pdf`, who.swiadczenia!);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain(`Znak: ${d.number}`);
    expect(text).toContain(
      'zasiłek celowy na zakup posiłku lub żywności w kwocie 123,45 zł, płatny w kasie ośrodka na okres od 01.03.2031 r. do 31.03.2031 r.',
    );
    expect(text).toContain('nie przekracza 200% kryterium dochodowego');
  });

  it('a meal or food in kind is not paid in cash', async () => {
    const food = await decide({ form: 'foodInKind', amountGrosze: 18_000, decidedOn: '2031-04-10' });
    expect(food.statusCode).toBe(201);
    expect(food.json().paymentMethod).toBeNull();
    expect((await runItems('2031-04')).filter((i) => i.title.includes(food.json().number))).toEqual([]);
  });

  it('a transfer without an account, or to a wrong one, is a 400 naming the account, and nothing is written', async () => {
    const count = async () =>
      (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM meal_aid')).rows[0]!.n;
    const before = await count();
    for (const iban of [null, 'PL61 1090 1014 0000 0712 1981 2875']) {
      const res = await decide({ amountGrosze: 10_000, paymentMethod: 'transfer', iban });
      expect(res.statusCode, String(iban)).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['iban']);
    }
    expect(await count()).toBe(before);
  });
});
