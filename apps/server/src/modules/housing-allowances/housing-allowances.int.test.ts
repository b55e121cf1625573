import { describe, expect, it } from 'vitest';
import { pdfText } from '../../test/pdf-text.ts';
import { staffContext } from '../../test/route-examples.ts';
import { staffApp } from '../../test/staff-app.ts';
import { newFamily } from '../family-benefits/routes.examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { housingBody, MANAGER } from './routes.examples.ts';

// The dodatek mieszkaniowy end to end on PostgreSQL: the application, the decision for 6 months,
// its payments to the building manager in the payment run, the dodatek energetyczny with it.
const s = staffApp({
  logins: ['swiadczenia', 'dyrektor', 'pracownik', 'audytor', 'admin'],
  staff: 'swiadczenia',
  app: { caseload: false },
});
const { who, fx, call } = s;
let n = 0;
const APPS = '/api/v1/housing-allowances/applications';
const decide = (id: string, body: object, cookie = who.swiadczenia!) =>
  call('POST', `${APPS}/${id}/decision`, cookie, body);
const count = async () =>
  (await s.t.db.query('SELECT count(*)::int AS c FROM housing_allowance_application')).rows[0]!.c as number;

describe('application → decision → 6 months paid to the building manager', () => {
  it('grants 270 zł a month from December to May, pays the manager in the run and 26,67 zł of dodatek energetyczny to the mother', async () => {
    const f = await newFamily(fx(), ++n);
    const res = await call('POST', APPS, who.swiadczenia!, housingBody(f));
    expect(res.statusCode).toBe(201);
    const app = res.json();
    // 4500 zł / 3 persons = 1500 zł ≤ 30 % of 9197,79 zł (IV kw. 2025, in force since 9.02.2026)
    // = 2759,34 zł. 50 m² over 45 m² normative
    // (58,50 m² with the tolerance): 900 zł × 45/50 = 810 zł; less 12 % of 4500 zł = 540 zł → 270 zł.
    expect(app.calculation).toMatchObject({
      eligible: true,
      averageWage: 919_779,
      incomeLimit: 275_934,
      incomePerPerson: 150_000,
      normativeArea: 45,
      maxArea: 58.5,
      expensesOnNormativeArea: 81_000,
      ownShare: 54_000,
      floor: 4_599,
      amount: 27_000,
      energyAmount: 2_667,
    });
    expect(app.calculation.explanation[0].article).toBe('art. 3 ust. 3 ustawy o dodatkach mieszkaniowych');
    expect(app).toMatchObject({
      number: 'DM/2026/000001',
      status: 'complete',
      amount: 27_000,
      decision: null,
    });

    const decided = await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-20' });
    expect(decided.statusCode).toBe(200);
    const { decision, energyDecision, status } = decided.json();
    expect(status).toBe('decided');
    expect(decision).toMatchObject({
      number: 'DM/2026/0001',
      outcome: 'grant',
      amount: 27_000,
      periodFrom: '2026-12-01',
      periodTo: '2027-05-31',
    });
    expect(decision.schedule.map((m: { month: string }) => m.month)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
    ]);
    expect(energyDecision).toMatchObject({ number: 'DM/2026/0002', amount: 2_667, periodTo: '2027-05-31' });
    expect((await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-21' })).json().error.code).toBe(
      'housing.decided',
    );

    const pdf = await call('GET', `${APPS}/${app.id}/decisions/housing/pdf`, who.swiadczenia!);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
    expect(text).toContain('DM/2026/0001');
    expect(text).toContain('270,00 zł miesięcznie');
    expect(text).toContain('z komunikatu Prezesa GUS za IV kw. 2025, obowiązującego od 09.02.2026');
    expect(text).toContain('zarządcy budynku: Spółdzielnia Mieszkaniowa');

    // The May run lists all six months (arrears included): the allowance by transfer to the manager.
    const run = await call('POST', '/api/v1/payment-runs', who.swiadczenia!, { month: '2027-05' });
    expect(run.statusCode).toBe(200);
    const items = [];
    for (const l of run.json().lists)
      items.push(...(await call('GET', `/api/v1/payment-lists/${l.id}`, who.swiadczenia!)).json().items);
    const housing = items.filter((i: { title: string }) => i.title.includes('DM/2026/0001'));
    expect(housing).toHaveLength(6);
    for (const i of housing)
      expect(i).toMatchObject({
        amount: 27_000,
        method: 'transfer',
        iban: MANAGER.iban,
        recipientName: MANAGER.name,
      });
    expect(housing[0].title).toMatch(/^Dodatek mieszkaniowy za \d\d\/\d{4}, decyzja DM\/2026\/0001/);
    const energy = items.filter((i: { title: string }) => i.title.includes('DM/2026/0002'));
    expect(energy.map((i: { amount: number; method: string }) => [i.amount, i.method])).toEqual(
      Array(6).fill([2_667, 'cashDesk']),
    );
    expect(energy[0].recipientName).toBe(`Marta Zasiłkowa-${n}`);
    const address = await s.t.db.query(
      `SELECT DISTINCT recipient_address AS a FROM payment_item WHERE decision_number = 'DM/2026/0001'`,
    );
    expect(address.rows).toEqual([{ a: MANAGER.address }]);

    // The strategy report's figures: one household, 6 months of 270 zł, 6 of 26,67 zł.
    const rep = await call('GET', '/api/v1/housing-allowances/report?from=2026-12&to=2027-05', who.dyrektor!);
    expect(rep.json()).toEqual({
      from: '2026-12',
      to: '2027-05',
      households: 1,
      months: 6,
      amount: 162_000,
      energyHouseholds: 1,
      energyAmount: 16_002,
    });
    // The strategy report's indicators for 2027: the months January–May of the grant.
    const director = staffContext(s.t.db, await userId(s.t.db, 'dyrektor'));
    const keys = ['households', 'amount', 'energyHouseholds', 'energyAmount'].map(
      (k) => `housingAllowances.${k}`,
    );
    const v = await computeIndicators(director, keys, 2027);
    expect(keys.map((k) => v.get(k)!.value)).toEqual([1, 135_000, 1, 13_335]);
  });

  it('over the income limit nothing is granted: 409 on a grant, a refusal is written without payments', async () => {
    const f = await newFamily(fx(), ++n);
    // 2759,35 zł per person: one grosz over the limit.
    const body = { ...housingBody(f), incomes: [827_805, 827_805, 827_805] };
    const app = (await call('POST', APPS, who.swiadczenia!, body)).json();
    expect(app.calculation).toMatchObject({ eligible: false, incomePerPerson: 275_935, amount: 0 });
    const grant = await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-20' });
    expect(grant.statusCode).toBe(409);
    expect(grant.json().error.code).toBe('housing.notEligible');
    const refused = await decide(app.id, {
      outcome: 'refuse',
      decidedOn: '2026-11-20',
      refusalReason: 'Dochód przekracza granicę.',
    });
    expect(refused.json().decision).toMatchObject({ outcome: 'refuse', amount: 0, schedule: [] });
    expect(refused.json().energyDecision).toBeNull();
  });

  it('names a flat area of 0, negative expenses and a bad manager account in a 400, writing nothing', async () => {
    const f = await newFamily(fx(), ++n);
    const before = await count();
    const body = housingBody(f);
    const res = await call('POST', APPS, who.swiadczenia!, {
      ...body,
      flatArea: 0,
      monthlyExpenses: -5,
      manager: { ...MANAGER, iban: 'PL61109010140000071219812875' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect(fields.map((x) => x.path).sort()).toEqual(['flatArea', 'manager.iban', 'monthlyExpenses']);
    expect(fields.find((x) => x.path === 'flatArea')!.message).toBe(
      'Powierzchnia lokalu musi być większa od zera.',
    );
    expect(await count()).toBe(before);
  });
});

describe('who may do what', () => {
  it('lets the director and the auditor read, not decide; the social worker not even read', async () => {
    const f = await newFamily(fx(), ++n);
    const app = (await call('POST', APPS, who.swiadczenia!, housingBody(f))).json();
    for (const login of ['dyrektor', 'audytor'])
      expect((await call('GET', `${APPS}/${app.id}`, who[login]!)).statusCode).toBe(200);
    expect((await call('GET', APPS, who.pracownik!)).statusCode).toBe(403);
    expect((await call('POST', APPS, who.dyrektor!, housingBody(f))).statusCode).toBe(403);
    expect(
      (await decide(app.id, { outcome: 'grant', decidedOn: '2026-11-20' }, who.dyrektor!)).statusCode,
    ).toBe(403);
  });
});

const NOTICES = '/api/v1/average-wage-notices';
const Q3_2026 = { year: 2026, quarter: 3, amountGrosze: 950_000, appliesFrom: '2026-11-20' };

describe('the average wage: notices of the Prezes GUS the administrator enters', () => {
  it('shows the IV kw. 2025 notice used on 16.11.2026 and that I–II kw. 2026 are missing', async () => {
    const f = await newFamily(fx(), ++n);
    const app = (await call('POST', APPS, who.swiadczenia!, housingBody(f))).json();
    expect(app.wageNotice).toMatchObject({
      year: 2025,
      quarter: 4,
      amountGrosze: 919_779,
      appliesFrom: '2026-02-09',
      missing: [
        { year: 2026, quarter: 1 },
        { year: 2026, quarter: 2 },
      ],
    });
    // On 4.12.2026 the III kw. 2026 (published in November) is missing too.
    const today = (await call('POST', APPS, who.swiadczenia!, housingBody(f, '2026-12-04'))).json();
    expect(today.wageNotice.missing).toEqual([
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
      { year: 2026, quarter: 3 },
    ]);
  });

  it('a clerk may not enter a notice (403); bad ones get a 400 naming the field; a second live one for the quarter a 409 on quarter', async () => {
    expect((await call('POST', NOTICES, who.swiadczenia!, Q3_2026)).statusCode).toBe(403);
    const fieldsOf = async (body: object) => {
      const r = await call('POST', NOTICES, who.admin!, body);
      expect(r.statusCode).toBe(400);
      return (r.json().error.fields as { path: string }[]).map((x) => x.path).sort();
    };
    expect(await fieldsOf({ ...Q3_2026, amountGrosze: 0 })).toEqual(['amountGrosze']);
    expect(await fieldsOf({ ...Q3_2026, quarter: 5 })).toEqual(['quarter']);
    expect(await fieldsOf({ ...Q3_2026, appliesFrom: '2026-09-30' })).toEqual(['appliesFrom']);
    const again = await call('POST', NOTICES, who.admin!, { ...Q3_2026, year: 2025, quarter: 4 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields.map((x: { path: string }) => x.path)).toEqual(['quarter']);
    const count = await s.t.db.query(`SELECT count(*)::int AS c FROM average_wage_notice`);
    expect(count.rows[0]!.c).toBe(3);
  });

  it('an application filed on or after the new notice’s day uses it, one filed the day before the older one', async () => {
    const added = await call('POST', NOTICES, who.admin!, {
      ...Q3_2026,
      monitorPolski: 'M.P. 2026 poz. 1001',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ ...Q3_2026, supersedesId: null, supersededById: null });
    const audit = await s.t.db.query(
      `SELECT details FROM audit_log WHERE entity = 'averageWageNotice' AND entity_id = $1`,
      [added.json().id],
    );
    expect(audit.rows[0]!.details).toMatchObject({ year: 2026, quarter: 3, amountGrosze: 950_000 });

    const f = await newFamily(fx(), ++n);
    const after = (await call('POST', APPS, who.swiadczenia!, housingBody(f, '2026-11-20'))).json();
    // 30 % of 9500,00 zł = 2850,00 zł; 0,5 % = 47,50 zł. Up to date on 20.11.2026: nothing missing.
    expect(after.calculation).toMatchObject({ averageWage: 950_000, incomeLimit: 285_000, floor: 4_750 });
    expect(after.wageNotice).toMatchObject({ year: 2026, quarter: 3, monitorPolski: 'M.P. 2026 poz. 1001' });
    expect(after.wageNotice.missing).toEqual([]);
    const before = (await call('POST', APPS, who.swiadczenia!, housingBody(f, '2026-11-19'))).json();
    expect(before.calculation).toMatchObject({ averageWage: 919_779, incomeLimit: 275_934 });

    // The resident's calculator reads the same notice, with no login.
    const pub = await call('GET', '/api/v1/calculators/housing-allowance/average-wage?date=2026-12-04', null);
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ year: 2026, quarter: 3, amountGrosze: 950_000, missing: [] });
  });

  it('a correction supersedes the live notice; a decided application keeps the one it was decided with', async () => {
    const f = await newFamily(fx(), ++n);
    const decided = (await call('POST', APPS, who.swiadczenia!, housingBody(f, '2026-11-25'))).json();
    expect((await decide(decided.id, { outcome: 'grant', decidedOn: '2026-11-26' })).statusCode).toBe(200);
    const live = (await call('GET', NOTICES, who.swiadczenia!))
      .json()
      .items.find((x: { year: number; quarter: number }) => x.year === 2026 && x.quarter === 3);
    const fix = { ...Q3_2026, amountGrosze: 960_000, supersedesId: live.id };
    expect((await call('POST', NOTICES, who.admin!, fix)).statusCode).toBe(201);
    // The superseded one cannot be corrected again.
    const twice = await call('POST', NOTICES, who.admin!, { ...fix, amountGrosze: 970_000 });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0].path).toBe('supersedesId');
    const list = (await call('GET', NOTICES, who.swiadczenia!)).json().items;
    expect(list.find((x: { id: string }) => x.id === live.id).supersededById).toBeTruthy();

    const kept = (await call('GET', `${APPS}/${decided.id}`, who.swiadczenia!)).json();
    expect(kept.calculation.averageWage).toBe(950_000);
    const fresh = (await call('POST', APPS, who.swiadczenia!, housingBody(f, '2026-11-25'))).json();
    expect(fresh.calculation.averageWage).toBe(960_000);
  });

  it('with no notice in force on the day: a 400 naming the date, never a 500', async () => {
    const f = await newFamily(fx(), ++n);
    const res = await call('POST', APPS, who.swiadczenia!, housingBody(f, '2024-02-08'));
    expect(res.statusCode).toBe(400);
    const [field] = res.json().error.fields;
    expect(field.path).toBe('submittedOn');
    expect(field.message).toContain('w dniu 08.02.2024');
    const pub = await call('GET', '/api/v1/calculators/housing-allowance/average-wage?date=2020-01-01', null);
    expect(pub.statusCode).toBe(400);
    expect(pub.json().error.fields[0].path).toBe('date');
  });
});
