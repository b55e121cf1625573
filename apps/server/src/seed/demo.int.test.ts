import { OTHER_ACT_BENEFITS } from '@ostoja/domain/benefits/benefit-kinds';
import type { Chart } from '@ostoja/domain/reporting/charts';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext } from '../http/context.ts';
import { computeIndicators } from '../modules/reporting/indicator-repo.ts';
import { createTestApp, type TestApp } from '../test/db.ts';
import { http } from '../test/http.ts';
import { monthsBack } from './demo-caseload.ts';

// The demo centre as the director first sees it: a year of paid history made through the real
// use cases, so MRPiPS-03 and the dashboard show numbers, and the numbers are those of the items paid.

let t: TestApp;
let director: string;
const lastMonth = monthsBack(todayInPoland(), 1);
const year = Number(lastMonth.slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  director = await t.login('dyrektor');
});
afterAll(() => t?.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: director } });

describe('the demo centre’s history', () => {
  it('pays every one of the last 12 months', async () => {
    const months = await t.db.query<{ month: string }>(
      `SELECT DISTINCT to_char(paid_on, 'YYYY-MM') AS month FROM payment_item WHERE status = 'paid'`,
    );
    const paid = new Set(months.rows.map((r) => r.month));
    for (let n = 1; n <= 12; n++)
      expect(paid, monthsBack(todayInPoland(), n)).toContain(monthsBack(todayInPoland(), n));
  });

  it('MRPiPS-03 shows benefits granted and paid, in persons, families, benefits and złoty', async () => {
    const res = await get(`/api/v1/reports/mrpips-03/${year}/Y`);
    expect(res.statusCode).toBe(200);
    const benefits = res.json().sections.find((s: { section: string }) => s.section === 'benefits');
    const total = benefits.rows.find((r: { row: string }) => r.row === 'total').values;
    expect(total.persons).toBeGreaterThan(10);
    expect(total.families).toBeGreaterThan(10);
    expect(total.benefits).toBeGreaterThan(20);
    expect(total.amount).toBeGreaterThan(1_000_000);
    for (const b of ['zasilekStaly', 'zasilekOkresowy']) {
      const row = benefits.rows.find((r: { row: string }) => r.row === b).values;
      expect(row.persons, b).toBeGreaterThan(0);
      expect(row.amount, b).toBeGreaterThan(0);
    }
  });

  it('MRPiPS-03 counts the demo’s clothing allowance (art. 48 ups): one person, 500,00 zł in cash', async () => {
    const res = await get(`/api/v1/reports/mrpips-03/${year}/Y`);
    const clothing = res.json().sections.find((s: { section: string }) => s.section === 'clothing');
    const row = (r: string) => clothing.rows.find((x: { row: string }) => x.row === r).values;
    expect(row('cash')).toEqual({ persons: 1, amount: 50000 });
    expect(row('inKind')).toEqual({ persons: 0, amount: 0 });
  });

  it('the dashboard’s payments are the social assistance items paid, less the returned payment found not due', async () => {
    const res = await get(`/api/v1/reports/dashboard?year=${year}`);
    expect(res.statusCode).toBe(200);
    const chart = (res.json().charts as Chart[]).find((c) => c.id === 'paymentsPerMonth')!;
    const items = await t.db.query<{ month: string; amount: number }>(
      `SELECT to_char(paid_on, 'YYYY-MM') AS month, amount FROM payment_item
        WHERE NOT reissue AND status IN ('paid', 'returned') AND extract(year FROM paid_on) = $1
          AND benefit <> ALL($2)
       UNION ALL
       SELECT to_char(returned_on, 'YYYY-MM'), -amount FROM payment_item
        WHERE status = 'returned' AND resolution = 'cancel' AND extract(year FROM returned_on) = $1
          AND benefit <> ALL($2)`,
      [year, OTHER_ACT_BENEFITS],
    );
    let total = 0;
    chart.x.forEach((m, i) => {
      const shown = chart.series.reduce((s, x) => s + x.values[i]!, 0);
      const paid = items.rows.filter((r) => r.month === m.key).reduce((s, r) => s + r.amount, 0);
      expect(shown, m.key).toBe(paid);
      total += shown;
    });
    expect(total).toBeGreaterThan(1_000_000);
    // One transfer came back and was paid again, one came back and was not due.
    const returned = await t.db.query<{ resolution: string }>(
      `SELECT resolution FROM payment_item WHERE status = 'returned' ORDER BY resolution`,
    );
    expect(returned.rows.map((r) => r.resolution)).toEqual(['cancel', 'reissue']);
  });
});

describe('the demo centre’s social work and family support', () => {
  it('the worker’s day has case tasks, one of them overdue, and the caseload counts the case files', async () => {
    const worker = await t.login('pracownik');
    const tasks = await http(t).get('/api/v1/my-case-tasks', worker);
    expect(tasks.statusCode).toBe(200);
    expect(tasks.json().items.length).toBeGreaterThan(2);
    expect(tasks.json().items.some((x: { overdue: boolean }) => x.overdue)).toBe(true);
    const caseload = await get('/api/v1/caseload');
    expect(caseload.statusCode).toBe(200);
    const open = await t.db.query<{ n: number }>(
      `SELECT count(DISTINCT household_id)::int AS n FROM case_file WHERE closed_on IS NULL`,
    );
    expect(open.rows[0]!.n).toBe(11);
    expect(caseload.json().households).toBeGreaterThanOrEqual(open.rows[0]!.n);
  });

  it('contracts stand in every state, as the director reads them from the case files', async () => {
    const files = await get('/api/v1/case-files?limit=100');
    expect(files.statusCode).toBe(200);
    const statuses: string[] = [];
    for (const f of files.json().items) {
      const file = await get(`/api/v1/case-files/${f.id}`);
      for (const k of file.json().contracts) statuses.push(k.status);
    }
    expect(statuses.sort()).toEqual(['broken', 'completed', 'draft', 'endedEarly', 'inForce', 'inForce']);
  });

  it('the gmina’s foster care cost of the year is the notes’ expected shares, one note off by 50 zł', async () => {
    const notes = await t.db.query<{ y: number }>(
      `SELECT DISTINCT extract(year FROM month)::int AS y FROM charge_note`,
    );
    for (const { y } of notes.rows) {
      const res = await get(`/api/v1/foster-care/years/${y}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().expectedGrosze).toBeGreaterThan(0);
    }
    const diff = await t.db.query<{ d: number }>(
      `SELECT sum(charged_grosze - expected_grosze)::int AS d FROM charge_note`,
    );
    expect(diff.rows[0]!.d).toBe(50_00);
  });

  it('the strategy report counts them: case files, signed contracts, assistants’ families, foster children and their cost', async () => {
    const director = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
      .rows[0]!;
    const ctx = staffContext(t.db, director.id);
    const thisYear = Number(todayInPoland().slice(0, 4));
    const keys = [
      'socialWork.families',
      'socialWork.familiesWithoutBenefit',
      'socialContracts.concluded',
      'socialContracts.completed',
      'socialContracts.broken',
      'familySupport.familiesWithAssistant',
      'fosterCare.children',
      'fosterCare.gminaShare',
    ];
    const now = await computeIndicators(ctx, keys, thisYear);
    const before = await computeIndicators(ctx, keys, thisYear - 1);
    const both = (k: string) => now.get(k)!.value! + before.get(k)!.value!;
    // Twelve case files were opened in the last seven months, one closed today: all open this year.
    expect(now.get('socialWork.families')!.value).toBe(12);
    expect(now.get('socialWork.familiesWithoutBenefit')!.value).toBeGreaterThan(0);
    // Six contracts drawn up: five signed, one completed, one broken (a draft is no contract).
    expect(both('socialContracts.concluded')).toBe(5);
    expect(both('socialContracts.completed')).toBe(1);
    expect(both('socialContracts.broken')).toBe(1);
    expect(now.get('fosterCare.children')!.value).toBe(2);
    const notes = await t.db.query<{ s: string }>(`SELECT sum(expected_grosze)::text AS s FROM charge_note`);
    expect(both('fosterCare.gminaShare')).toBe(Number(notes.rows[0]!.s));
    // The assistants' families as each family's page shows them.
    const list = (await get('/api/v1/family-assistance?limit=100')).json().items as { id: string }[];
    const pages = await Promise.all(
      list.map(async (a) => (await get(`/api/v1/family-assistance/${a.id}`)).json()),
    );
    const working = pages.filter(
      (a: { assignedOn: string | null; endedOn: string | null }) =>
        a.assignedOn && (!a.endedOn || a.endedOn >= `${thisYear}-01-01`),
    );
    expect(now.get('familySupport.familiesWithAssistant')!.value).toBe(working.length);
    expect(working.length).toBeGreaterThan(0);
  });
});
