import { addWorkingDays } from '@ostoja/domain/calendar/working-days';
import type { Chart } from '@ostoja/domain/reporting/charts';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import {
  allPages,
  blueCardProcedures,
  bookings,
  caseloadApp,
  decisionRows,
  http,
  ledgerRows,
  overlaps,
} from './test-data.ts';

// The director's dashboard on the demo caseload: each chart's series against counts made here,
// and each chart's table holding the same numbers (its accessible form).

let charts: Chart[];
const today = todayInPoland();
const year = Number(today.slice(0, 4));
const chartOf = (id: string) => charts.find((c) => c.id === id)!;
const lastDay = (m: string) => {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mm, 0)).getUTCDate()).padStart(2, '0')}`;
};

const caseload = caseloadApp({ openOnly: true }, async () => {
  await blueCardProcedures(caseload.t, [addWorkingDays(today, -10)], 0);
  // The demo has no counselling visits: some in January, so the appointment lists are not all empty.
  await bookings(caseload.t.db, [
    [`${year}-01-12`, 'attended'],
    [`${year}-01-12`, 'attended'],
    [`${year}-01-13`, 'noShow'],
    [`${year}-01-14`, 'cancelled'],
  ]);
  const res = await http(caseload.t).get(`/api/v1/reports/dashboard?year=${year}`, caseload.director);
  expect(res.statusCode).toBe(200);
  charts = res.json().charts;
});

/** Every row of the list behind a figure, page by page, as the director reads it. */
const list = (figure: string, at: string, param = 'month') =>
  allPages<{ id: string; amount?: number }>(
    caseload.t,
    `/api/v1/reports/dashboard/lists/${figure}?${param}=${at}&limit=7`,
    caseload.director,
  );

/** Caseload per worker and deadlines per kind: each listed figure, the length of its list. */
async function expectListsMatch(cs: Chart[]) {
  let counted = 0;
  for (const c of cs)
    for (const s of c.series)
      for (const [i, x] of c.x.entries()) {
        if (x.unlisted) continue;
        const rows = await list(s.list!, x.key, c.listParam ?? 'month');
        expect(rows.length, `${s.list} ${x.key}`).toBe(s.values[i]);
        counted += rows.length;
      }
  return counted;
}

describe('the director’s dashboard', () => {
  it('has five charts, each with a table of the same numbers', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'helpedPerMonth',
      'paymentsPerMonth',
      'caseload',
      'deadlinesAtRisk',
      'appointments',
    ]);
    for (const c of charts) {
      expect(c.table.rows.length).toBe(c.x.length);
      expect(c.table.columns.map((x) => x.key)).toEqual(['category', ...c.series.map((s) => s.key)]);
      for (const s of c.series) expect(c.table.rows.map((r) => r[s.key])).toEqual(s.values);
    }
  });

  it('persons (every member of the families helped) and families per month equal counts made from the decisions', async () => {
    const d = (await decisionRows(caseload.t)).filter((x) => x.outcome === 'grant');
    const members = (
      await caseload.t.db.query<{ householdId: string; personId: string; from: string; to: string | null }>(
        `SELECT household_id AS "householdId", person_id AS "personId", valid_from::text AS from, valid_to::text AS to
           FROM household_membership`,
      )
    ).rows;
    const c = chartOf('helpedPerMonth');
    c.x.forEach((m, i) => {
      const [from, to] = [`${m.key}-01`, lastDay(m.key)];
      const inMonth = d.filter((x) => overlaps(x.periodFrom, x.periodTo, from, to));
      const families = new Set(inMonth.map((x) => x.householdId));
      const persons = new Set(
        members
          .filter((x) => families.has(x.householdId) && x.from <= to && (x.to ?? to) >= from)
          .map((x) => x.personId),
      );
      expect(c.series[0]!.values[i]).toBe(persons.size);
      expect(c.series[1]!.values[i]).toBe(families.size);
    });
    // More persons than families: the series counts persons, not the families' applicants.
    const sum = (k: number) => c.series[k]!.values.reduce((a, b) => a + b, 0);
    expect(sum(0)).toBeGreaterThan(sum(1));
    expect(c.series.map((s) => s.label)).toEqual([
      'Osoby w rodzinach objętych pomocą (liczba osób)',
      'Rodziny (liczba rodzin)',
    ]);
  });

  it('each figure of persons, families and payments is the length (or the sum) of the list it links to', async () => {
    let checked = 0;
    for (const id of ['helpedPerMonth', 'paymentsPerMonth']) {
      const c = chartOf(id);
      for (const s of c.series) {
        expect(s.list, `${id} ${s.key}`).toBeTruthy();
        for (const [i, m] of c.x.entries()) {
          if (s.values[i] === 0 && id === 'paymentsPerMonth') continue;
          const rows = await list(s.list!, m.key);
          const figure = c.unit === 'grosze' ? rows.reduce((a, r) => a + r.amount!, 0) : rows.length;
          expect(figure, `${s.list} ${m.key}`).toBe(s.values[i]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(24);
    // Caseload per worker, deadlines per kind (today) and appointments per month: every figure
    // that has a list, the list's length — and a figure of zero, an empty list.
    const own = ['caseload', 'deadlinesAtRisk', 'appointments'].map(chartOf);
    for (const c of own) for (const s of c.series) expect(s.list, `${c.id} ${s.key}`).toBeTruthy();
    expect(await expectListsMatch(own)).toBeGreaterThan(0);
    // January's visits: two attended, one missed, one cancelled — each list as long.
    expect(chartOf('appointments').series.map((s) => s.values[0])).toEqual([2, 1, 1]);
    expect(
      chartOf('deadlinesAtRisk')
        .x.filter((x) => x.unlisted)
        .map((x) => x.key),
    ).toEqual(['blueCard']);
    const noWorker = await http(caseload.t).get(
      '/api/v1/reports/dashboard/lists/caseload.families',
      caseload.director,
    );
    expect([noWorker.statusCode, noWorker.json().error.fields[0].path]).toEqual([400, 'category']);
    for (const c of charts)
      expect(
        c.series.every((s) => /\((liczba .+|zł)\)$/.test(s.label)),
        c.id,
      ).toBe(true);
    const bad = await http(caseload.t).get(
      '/api/v1/reports/dashboard/lists/helped.nothing?month=2026-01',
      caseload.director,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('figure');
  });

  it('payments per month by benefit equal the ledger', async () => {
    const expense = (await ledgerRows(caseload.t)).filter((e) => e.account === 'expense');
    const c = chartOf('paymentsPerMonth');
    expect(c.unit).toBe('grosze');
    for (const s of c.series)
      c.x.forEach((m, i) => {
        const sum = expense
          .filter((e) => e.benefit === s.key && e.onDate.startsWith(m.key))
          .reduce((a, e) => a + e.amount, 0);
        expect(s.values[i]).toBe(sum);
      });
    expect(c.series.flatMap((s) => s.values).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it('caseload per social worker against the norm of 50 families', async () => {
    const c = chartOf('caseload');
    expect(c.reference).toMatchObject({ value: 50 });
    expect(c.reference!.label).toContain('art. 110 ust. 11');
    const workers = await caseload.t.db.query<{ name: string }>(
      `SELECT u.full_name AS name FROM staff_user u JOIN staff_role r ON r.user_id = u.id AND r.role = 'socialWorker'`,
    );
    expect(c.x.map((x) => x.label).sort()).toEqual(workers.rows.map((w) => w.name).sort());
    const assigned = await caseload.t.db.query<{ n: number }>(
      `SELECT count(DISTINCT a.household_id)::int AS n FROM application a JOIN staff_user u ON u.id = a.assigned_worker_id
        WHERE u.login = 'pracownik'`,
    );
    const i = c.x.findIndex((x) => x.label === 'Paulina Środowiskowa');
    expect(c.series[0]!.values[i]).toBeLessThanOrEqual(assigned.rows[0]!.n);
    expect(c.series[0]!.values[i]).toBeGreaterThan(0);
  });

  it('deadlines at risk are counts, Blue Card steps included only as numbers', async () => {
    const c = chartOf('deadlinesAtRisk');
    expect(c.x.map((x) => x.key)).toEqual(['wywiad', 'decision', 'blueCard']);
    const soon = addWorkingDays(today, 3);
    const apps = await caseload.t.db.query<{ status: string; wywiadDue: string; decisionDue: string }>(
      `SELECT status, wywiad_due::text AS "wywiadDue", decision_due::text AS "decisionDue" FROM application`,
    );
    const waiting = apps.rows.filter((a) => a.status === 'awaitingWywiad');
    expect(c.series[0]!.values[0]).toBe(waiting.filter((a) => a.wywiadDue < today).length);
    expect(c.series[1]!.values[0]).toBe(
      waiting.filter((a) => a.wywiadDue >= today && a.wywiadDue <= soon).length,
    );
    expect(c.series[0]!.values[2]).toBe(1);
    expect(JSON.stringify(c)).not.toMatch(/NK\//);
  });

  it('an application of a person sealed in the Niebieska Karta is neither counted nor listed for the director', async () => {
    // An applicant waiting for a home visit, whose visit is now overdue, in a social worker's caseload.
    const app = (
      await caseload.t.db.query<{ id: string; applicantId: string; workerId: string }>(
        `UPDATE application SET wywiad_due = $1::date - 1
          WHERE id = (SELECT a.id FROM application a WHERE a.status = 'awaitingWywiad' AND a.assigned_worker_id IS NOT NULL
                       ORDER BY a.id LIMIT 1)
          RETURNING id, applicant_id AS "applicantId", assigned_worker_id AS "workerId"`,
        [today],
      )
    ).rows[0]!;
    const read = async () => {
      const res = await http(caseload.t).get(`/api/v1/reports/dashboard?year=${year}`, caseload.director);
      const cs: Chart[] = res.json().charts;
      const of = (id: string) => cs.find((c) => c.id === id)!;
      const worker = of('caseload').x.findIndex((x) => x.key === app.workerId);
      return {
        charts: ['caseload', 'deadlinesAtRisk'].map(of),
        families: of('caseload').series[0]!.values[worker]!,
        overdueVisits: of('deadlinesAtRisk').series[0]!.values[0]!,
      };
    };
    const before = await read();
    expect(await list('deadlines.overdue', 'wywiad', 'category')).toContainEqual(
      expect.objectContaining({ id: app.id }),
    );

    // NK-A registered the applicant (sealed): for the director, outside the compartment, they are missing.
    const [procedure] = await blueCardProcedures(caseload.t, [today], 0);
    await caseload.t.db.query(
      `INSERT INTO blue_card_person (procedure_id, person_id, role, sealed, added_on) VALUES ($1, $2, 'victim', true, $3)`,
      [procedure, app.applicantId, today],
    );
    await caseload.t.db.query('UPDATE person SET sealed = true WHERE id = $1', [app.applicantId]);
    expect(
      (await http(caseload.t).get(`/api/v1/persons/${app.applicantId}`, caseload.director)).statusCode,
    ).toBe(404);

    const after = await read();
    expect(after.overdueVisits).toBe(before.overdueVisits - 1);
    expect(after.families).toBeLessThanOrEqual(before.families);
    expect(await list('deadlines.overdue', 'wywiad', 'category')).not.toContainEqual(
      expect.objectContaining({ id: app.id }),
    );
    // Each figure is still the length of its list: the difference says nothing.
    expect(await expectListsMatch(after.charts)).toBeGreaterThan(0);
  });

  it('is for the director and the auditor only', async () => {
    for (const login of ['pracownik', 'swiadczenia', 'admin'])
      expect(
        (await http(caseload.t).get('/api/v1/reports/dashboard', await caseload.t.login(login))).statusCode,
      ).toBe(403);
    expect(
      (await http(caseload.t).get('/api/v1/reports/dashboard', await caseload.t.login('audytor'))).statusCode,
    ).toBe(200);
  });
});
