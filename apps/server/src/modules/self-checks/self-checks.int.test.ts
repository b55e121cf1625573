import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOCAL_TABLE, DEMO_REGULATION_TABLE } from '../../seed/demo-services.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import * as servicesRepo from '../services/repo.ts';

// The portal's public self-checks: no sign-in, the parameters the centre holds for the day,
// a 400 naming the field, and nothing written to the audit log.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t?.close());

async function ask(kind: string, body: object, lang = 'pl') {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/calculators/${kind}`,
    payload: body,
    headers: { 'accept-language': lang },
  });
  return { status: res.statusCode, body: res.json() };
}

const ON = '2026-12-04';
/** The care fee of a single person in care services on `ON`, for the income and hours given. */
const singleCareFee = (monthlyIncome: number, hoursPerMonth?: number) =>
  ask('care-fee', { date: ON, serviceKind: 'careService', persons: 1, monthlyIncome, hoursPerMonth });

describe('meals: 200 % of the criterion held for the day', () => {
  it('a family of 4 exactly at 6584 zł is eligible, a grosz more is not; the figures and dates', async () => {
    const at = await ask('meals', { date: ON, persons: 4, monthlyIncome: 658_400 });
    expect(at.status).toBe(200);
    expect(at.body).toMatchObject({
      verdict: 'yes',
      criterion: 82_300,
      limit: 164_600,
      percent: 200,
      criterionFrom: '2025-01-01',
      percentFrom: '2024-01-01',
    });
    expect(at.body.explanation[0].text).toContain('200%');
    const over = await ask('meals', { date: ON, persons: 4, monthlyIncome: 658_401 });
    expect(over.body).toMatchObject({ verdict: 'no', reason: 'overLimit' });
  });
});

describe('food aid: 265 % of the criterion', () => {
  it('a single person at 2676,50 zł is eligible, 2676,51 zł is not', async () => {
    const at = await ask('food-aid', { date: ON, persons: 1, monthlyIncome: 267_650, difficulty: 'yes' });
    expect(at.body).toMatchObject({ verdict: 'yes', limit: 267_650, percent: 265 });
    const over = await ask('food-aid', { date: ON, persons: 1, monthlyIncome: 267_651, difficulty: 'yes' });
    expect(over.body).toMatchObject({ verdict: 'no', reason: 'overLimit' });
  });

  it('bad input is a translated 400 naming each field', async () => {
    const r = await ask('food-aid', { date: ON, persons: 0, monthlyIncome: -5 }, 'en');
    expect(r.status).toBe(400);
    const fields = Object.fromEntries(
      r.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields).toMatchObject({
      persons: 'Enter the number of people in the household: 1 to 20.',
      monthlyIncome: 'Enter the monthly net income in złoty, e.g. 2500 or 2500.50 (0 if none).',
      difficulty: 'Choose one of the answers.',
    });
  });

  it('a day before any criterion held: 400 on the date', async () => {
    const r = await ask('food-aid', { date: '2001-01-01', persons: 1, monthlyIncome: 0, difficulty: 'yes' });
    expect(r.status).toBe(400);
    expect(r.body.error.fields[0].path).toBe('date');
  });
});

describe('housing allowance', () => {
  // The limit is 30 % of the IV kw. 2025 notice in force on the day (9 197,79 zł: 2 759,34 zł a person).
  it('the estimated amount, the limit of 30 % of the average wage and the normative area, in Ukrainian', async () => {
    const r = await ask(
      'housing-allowance',
      {
        date: ON,
        persons: 3,
        monthlyIncome: 600_000,
        areaHundredths: 5_000,
        monthlyExpenses: 120_000,
        legalTitle: 'yes',
      },
      'uk',
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ verdict: 'yes', amount: 36_000, limit: 275_934, normativeArea: 45 });
    expect(r.body.explanation.map((s: { article: string }) => s.article)).toContain(
      'art. 6 ust. 1–3 ustawy o dodatkach mieszkaniowych',
    );
  });
});

describe('care fee: the demo fee tables (35 zł an hour of care; the regulation, 42,10 zł)', () => {
  beforeAll(async () => {
    // The demo centre's tables, as the seed adds them (the council's from 2025-01-01, the regulation's).
    for (const x of [DEMO_LOCAL_TABLE, DEMO_REGULATION_TABLE]) await servicesRepo.insertTable(t.db, x, null);
  });

  it('a single person at 1600 zł (158,42 % of 1010 zł) pays 20 %: 7,00 zł an hour, 210,00 zł for 30 h', async () => {
    const r = await singleCareFee(160_000, 30);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      tableNumber: 'XII/140/2025',
      tableValidFrom: '2025-01-01',
      criterion: 101_000,
      criterionFrom: '2025-01-01',
      incomeRatioPct: 158.42,
      hourlyCost: 3_500,
      feePct: 20,
      hourlyFee: 700,
      hoursPerMonth: 30,
      monthlyFee: 21_000,
    });
    const texts = r.body.explanation.map((s: { text: string }) => s.text.replace(/\s/g, ' '));
    expect(texts).toContain('Odpłatność za jedną godzinę usług: 7,00 zł.');
    expect(texts).toContain('Za 30 godz. w miesiącu: 30 × 7,00 zł = 210,00 zł (szacunkowo).');
    expect(r.body.explanation.at(-1).article).toBe('art. 64 ustawy o pomocy społecznej');
  });

  it('at the criterion (1010 zł) a single person pays nothing', async () => {
    const r = await singleCareFee(101_000);
    expect(r.body).toMatchObject({ feePct: 0, hourlyFee: 0, monthlyFee: null });
  });

  it('mental disorders, by the regulation: a family of 3 at 243,01 % pays 5 % of 42,10 zł = 2,11 zł; 85,46 zł for 40,5 h', async () => {
    const r = await ask(
      'care-fee',
      {
        date: ON,
        serviceKind: 'mentalDisorderCareService',
        persons: 3,
        monthlyIncome: 600_000,
        hoursPerMonth: 40.5,
      },
      'en',
    );
    expect(r.body).toMatchObject({
      tableNumber: 'Dz.U. 2005 nr 189 poz. 1598',
      incomeRatioPct: 243.01,
      feePct: 5,
      hourlyFee: 211,
      monthlyFee: 8_546,
    });
    expect(r.body.explanation[0].article).toMatch(/^art\. 50 ust\. 7/);
  });

  it('400 naming the field: the kind, the hours; and on the date when no table is in force', async () => {
    const bad = await ask('care-fee', { date: ON, persons: 1, monthlyIncome: 0, hoursPerMonth: 10.1 }, 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path)).toEqual([
      'serviceKind',
      'hoursPerMonth',
    ]);
    const before = await ask('care-fee', {
      date: '2024-12-31',
      serviceKind: 'careService',
      persons: 1,
      monthlyIncome: 0,
    });
    expect(before.status).toBe(400);
    expect(before.body.error.fields[0].path).toBe('date');
  });
});

it('nothing the resident typed is kept: no audit entry', async () => {
  const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  await ask('meals', { date: ON, persons: 2, monthlyIncome: 100_000 });
  const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
  expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
});
