import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext } from '../../http/context.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, http } from '../blue-card/test-helpers.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { partnerInput, referralInput } from './routes.examples.ts';

// FEPŻ food aid: the worker's referral against 265 % of the criterion (dated), the partner's month
// list as CSV, its report back imported all or nothing with errors by line, the year's figures.
let t: TestApp;
let call: Call;
let worker: string;
let clerk: string;
let persons: string[];
const today = todayInPoland();
const month = today.slice(0, 7);

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  worker = await t.login('pracownik');
  clerk = await t.login('swiadczenia');
  persons = (
    await t.db.query<{ id: string }>(
      `SELECT p.id FROM person p WHERE NOT EXISTS (SELECT 1 FROM food_aid_referral r WHERE r.person_id = p.id)
        ORDER BY p.sort_key LIMIT 3`,
    )
  ).rows.map((r) => r.id);
});
afterAll(() => t?.close());

let seq = 0;
async function addPartner() {
  const r = await call('POST', '/api/v1/food-aid/partners', clerk, partnerInput(`Bank Żywności ${++seq}`));
  expect(r.statusCode).toBe(201);
  return r.json().id as string;
}

describe('food aid (FEPŻ)', () => {
  it('refers a person with an art. 7 reason and income up to 265 % of the criterion; else 400 naming the field', async () => {
    const partner = await addPartner();
    const url = '/api/v1/food-aid/referrals';
    /** The worker refers the person with the changes given to the valid referral. */
    const refer = (personId: string, change: Parameters<typeof referralInput>[2]) =>
      call('POST', url, worker, referralInput(personId, partner, change));
    // 2026: 265 % of 1010 zł (single) is 2676,50 zł.
    const over = await refer(persons[0]!, { incomePerPersonGrosze: 267_651 });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.fields).toEqual([
      {
        path: 'incomePerPersonGrosze',
        message: 'Dochód przekracza 265% kryterium dochodowego (2676,50 zł).',
      },
    ]);
    const noReason = await refer(persons[0]!, { reasons: [] });
    expect(noReason.json().error.fields).toEqual([
      { path: 'reasons', message: 'Wskaż co najmniej jedną przesłankę z art. 7 ustawy o pomocy społecznej.' },
    ]);
    // In 2023 the threshold was 235 % (from 15.05.2023) of 776 zł: 1823,60 zł.
    const in2023 = await refer(persons[0]!, {
      issuedOn: '2023-06-01',
      validUntil: '2023-12-31',
      incomePerPersonGrosze: 182_361,
    });
    expect(in2023.json().error.fields[0].message).toBe(
      'Dochód przekracza 235% kryterium dochodowego (1823,60 zł).',
    );
    const ok = await refer(persons[0]!, { incomePerPersonGrosze: 267_650 });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ thresholdPercent: 265, limitGrosze: 267_650, issuedOn: today });
    // A family of four: 265 % of 823 zł per person, 2180,95 zł.
    const family = await refer(persons[1]!, { householdSize: 4, incomePerPersonGrosze: 100_000 });
    expect(family.json()).toMatchObject({ limitGrosze: 218_095 });
    expect((await call('POST', url, clerk, referralInput(persons[2]!, partner))).statusCode).toBe(403);
  });

  it('exports the month list for the partner and imports its report back: all lines or none, errors by line', async () => {
    const partner = await addPartner();
    const ids: string[] = [];
    for (const p of persons.slice(0, 2))
      ids.push(
        (await call('POST', '/api/v1/food-aid/referrals', worker, referralInput(p, partner))).json().id,
      );
    expect(
      (await call('GET', `/api/v1/food-aid/month-list?partnerId=${partner}&month=${month}`, worker))
        .statusCode,
    ).toBe(403);
    const list = await call('GET', `/api/v1/food-aid/month-list?partnerId=${partner}&month=${month}`, clerk);
    expect(list.statusCode).toBe(200);
    expect((list as unknown as { headers: Record<string, string> }).headers['content-type']).toContain(
      'text/csv',
    );
    const lines = list.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Nr skierowania;Nazwisko;Imię;PESEL;Liczba osób w gospodarstwie;Skierowanie ważne do;Wydano kg;Wydano paczek',
    );
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual([...ids].sort());

    // The partner fills in the last two columns; line 3 has a bad weight, line 4 a stranger's number.
    const filled = lines
      .slice(1)
      .map((l, i) => `${l.slice(0, l.lastIndexOf(';', l.lastIndexOf(';') - 1))};${i ? '12,x' : '25,5'};2`);
    const bad = [lines[0], ...filled, `${crypto.randomUUID()};X;Y;;1;2026-12-31;3;1`].join('\n');
    const url = `/api/v1/food-aid/partners/${partner}/distributions`;
    const r = await call('POST', url, clerk, { month, csv: bad });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toBe('Plik ma błędy (pierwszy w wierszu 3); nic nie zaimportowano.');
    expect(r.json().error.fields).toEqual([
      { path: 'csv.3.kilograms', message: 'Podaj kilogramy liczbą (np. 12,5).' },
    ]);
    const stranger = [lines[0], filled[0], `${crypto.randomUUID()};X;Y;;1;2026-12-31;3;1`].join('\n');
    const r2 = await call('POST', url, clerk, { month, csv: stranger });
    expect(r2.json().error.fields).toEqual([
      {
        path: 'csv.3.referral',
        message: 'Tego skierowania nie ma na liście tej organizacji w tym miesiącu.',
      },
    ]);
    expect(
      (await t.db.query('SELECT 1 FROM food_aid_distribution WHERE referral_id = ANY($1::uuid[])', [ids]))
        .rowCount,
    ).toBe(0);

    const good = [lines[0], filled[0], filled[1]!.replace('12,x', '12,25')].join('\r\n');
    const imported = await call('POST', url, clerk, { month, csv: good });
    expect(imported.json()).toEqual({ rows: 2, kilograms: 37.75, parcels: 4 });
    // Imported again: the month's figures are replaced, not added.
    await call('POST', url, clerk, { month, csv: good });
    const year = (
      await call('GET', `/api/v1/food-aid/year?year=${today.slice(0, 4)}`, await t.login('dyrektor'))
    ).json();
    const mine = year.partners.find((p: { partnerId: string }) => p.partnerId === partner);
    expect(mine).toMatchObject({ persons: 2, kilograms: 37.75, parcels: 4 });
  });

  it('the demo partner’s month of referrals and its report feed the strategy indicators', async () => {
    const id = (await t.db.query<{ id: string }>("SELECT id FROM staff_user WHERE login = 'dyrektor'"))
      .rows[0]!.id;
    const keys = ['foodAid.persons', 'foodAid.kilograms', 'foodAid.parcels'];
    const y = Number(today.slice(0, 4));
    const v = await computeIndicators(staffContext(t.db, id), keys, y);
    const figures = (await call('GET', `/api/v1/food-aid/year?year=${y}`, await t.login('audytor'))).json();
    expect(v.get('foodAid.persons')!.value).toBe(figures.persons);
    expect(v.get('foodAid.parcels')!.value).toBe(figures.parcels);
    expect(v.get('foodAid.kilograms')!.value).toBe(Math.round(figures.kilograms));
    const demo = figures.partners.find((p: { name: string }) => p.name.startsWith('Bank Żywności — punkt'));
    expect(demo.persons).toBe(20);
    expect(demo.parcels).toBe(50);
  });

  it('shows referrals to the workers and the section, never to the centre staff', async () => {
    const got = await call('GET', `/api/v1/food-aid/referrals?month=${month}`, worker);
    expect(got.statusCode).toBe(200);
    expect(got.json().items.length).toBeGreaterThan(0);
    expect(
      (await call('GET', `/api/v1/food-aid/referrals?month=${month}`, await t.login('kadra'))).statusCode,
    ).toBe(403);
    const bad = await call('GET', '/api/v1/food-aid/referrals?month=2026-13', worker);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('month');
  });
});
