import { describe, expect, it } from 'vitest';
import { staffApp } from '../../test/staff-app.ts';
import { payMonth } from '../reporting/test-data.ts';
import { familyApplication } from './routes.examples.ts';

// Family benefits are paid through the same runs and ledger as social assistance, but they are
// another act's benefits: a paid zasiłek rodzinny must not change MRPiPS-03 or the dashboard.
const s = staffApp({ logins: ['swiadczenia', 'dyrektor'], staff: 'swiadczenia', app: { caseload: false } });
const { who, fx, call } = s;

const mrpips = async () => {
  const r = await call('GET', '/api/v1/reports/mrpips-03/2027/Y', who.dyrektor!);
  expect(r.statusCode).toBe(200);
  const rows = (r.json().sections as { section: string; rows: { row: string; values: object }[] }[]).find(
    (x) => x.section === 'benefits',
  )!.rows;
  return rows;
};

describe('a paid family benefit in the social assistance reports', () => {
  it('is booked in the ledger, and changes neither MRPiPS-03 nor the dashboard’s payments', async () => {
    const before = await mrpips();
    const { application } = await familyApplication(fx(), 1);
    const decided = await call(
      'POST',
      `/api/v1/family-benefits/applications/${application.id}/decision`,
      who.swiadczenia!,
      {
        outcome: 'grant',
        decidedOn: '2026-11-20',
        paymentMethod: 'transfer',
        iban: '61 1090 1014 0000 0712 1981 2874',
      },
    );
    expect(decided.statusCode).toBe(200);
    await payMonth(s.t, who.swiadczenia!, '2027-01');

    // Paid in January 2027: Nov 2026 – Jan 2027, 2 × 124 zł a month and 100 zł for the school year.
    const booked = await s.t.db.query<{ amount: string }>(
      `SELECT sum(amount)::text AS amount FROM report_expense WHERE benefit = 'zasilekRodzinny'
          AND on_date BETWEEN '2027-01-01' AND '2027-12-31'`,
    );
    expect(Number(booked.rows[0]!.amount)).toBe(3 * 24_800 + 10_000);

    const after = await mrpips();
    expect(after).toEqual(before);
    expect(after.find((r) => r.row === 'total')!.values).toMatchObject({
      amount: 0,
      benefits: 0,
      persons: 0,
    });

    const dash = await call('GET', '/api/v1/reports/dashboard?year=2027', who.dyrektor!);
    expect(dash.statusCode).toBe(200);
    const payments = (
      dash.json().charts as { id: string; series: { key: string; values: number[] }[] }[]
    ).find((c) => c.id === 'paymentsPerMonth')!;
    expect(payments.series.map((x) => x.key)).not.toContain('zasilekRodzinny');
    expect(payments.series.flatMap((x) => x.values).every((v) => !v)).toBe(true);
  });
});
