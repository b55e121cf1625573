import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { errorPaths } from '../../test/errors.ts';
import { staffContext } from '../../test/route-examples.ts';
import { computeIndicators } from './indicator-repo.ts';
import type { ReportRow, StrategyReport } from './strategy-service.ts';
import {
  blueCardProcedures,
  caseloadApp,
  consultations,
  decisionRows,
  http,
  ledgerRows,
  overlaps,
} from './test-data.ts';

// The strategy report on the demo data (Pruszków's strategy, the demo caseload) with payments,
// Blue Card procedures and consultations added: every computed value is checked against a count
// made here, in JavaScript over plain rows, and the PDF and DOCX are read back as text.

let strategyId: string;
const today = todayInPoland();
const year = Number(today.slice(0, 4));
const from = `${year}-01-01`;
const to = `${year}-12-31`;
let report: StrategyReport;

const rows = (r: StrategyReport) =>
  r.goals.flatMap((g) => g.operationalGoals.flatMap((o) => o.directions.flatMap((d) => d.indicators)));
const byKey = (r: StrategyReport, key: string) => rows(r).find((x) => x.queryKey === key)!;
const byLabel = (r: StrategyReport, label: string) => rows(r).find((x) => x.label === label)!;

// A Ukrainian family among those paid by transfer, then the months of the caseload paid.
const prepare = async (t: TestApp) => {
  const transferHousehold = await t.db.query<{ id: string }>(
    `SELECT a.applicant_id AS id FROM decision d JOIN application a ON a.id = d.application_id
      WHERE d.payment_method = 'transfer' ORDER BY d.number LIMIT 1`,
  );
  await t.db.query(`UPDATE person SET citizenship = 'UA' WHERE id = $1`, [transferHousehold.rows[0]!.id]);
};
const caseload = caseloadApp({ openOnly: false, prepare }, async () => {
  await blueCardProcedures(caseload.t, [`${year}-02-03`, `${year}-03-10`, `${year - 1}-12-01`], 2);
  await consultations(caseload.t, [
    [`${year}-01-15`, 'inPerson', 'psychological'],
    [`${year}-01-16`, 'inPerson', 'legal'],
    [`${year}-02-01`, 'phone', 'psychological'],
    [`${year - 1}-05-05`, 'phone', 'legal'],
  ]);
  const s = (await http(caseload.t).get('/api/v1/reports/strategies', caseload.director)).json();
  strategyId = s.items[0].id;
  const r = await http(caseload.t).get(
    `/api/v1/reports/strategies/${strategyId}/report?year=${year}`,
    caseload.director,
  );
  expect(r.statusCode).toBe(200);
  report = r.json();
});

describe('the strategy as data', () => {
  it('holds Pruszków’s structure from seed 002: 3 goals, their operational goals and directions', async () => {
    const s = (
      await http(caseload.t).get(`/api/v1/reports/strategies/${strategyId}`, caseload.director)
    ).json();
    expect(s).toMatchObject({ yearFrom: 2023, yearTo: 2029, adoptedOn: '2023-09-28' });
    expect(s.resolution).toContain('LXXXIII.765.2023');
    expect(s.goals.map((g: { operationalGoals: unknown[] }) => g.operationalGoals.length)).toEqual([4, 3, 3]);
    expect(s.goals[0].operationalGoals[0].title).toBe(
      'Wzmacnianie kompetencji rodziny w pełnieniu funkcji opiekuńczo-wychowawczej',
    );
  });

  it('refuses a computed indicator without a query, and a hand-entered one without a source', async () => {
    const body = (indicator: object) => ({
      title: 'S',
      resolution: 'U',
      yearFrom: 2025,
      yearTo: 2024,
      goals: [
        {
          title: 'G',
          operationalGoals: [{ title: 'O', directions: [{ title: 'D', indicators: [indicator] }] }],
        },
      ],
    });
    const r = await http(caseload.t).post(
      '/api/v1/reports/strategies',
      caseload.director,
      body({ label: 'x', kind: 'computed' }),
    );
    expect(r.statusCode).toBe(400);
    const paths = errorPaths(r);
    expect(paths).toEqual(['goals.0.operationalGoals.0.directions.0.indicators.0.queryKey', 'yearTo']);
    const m = await http(caseload.t).post(
      '/api/v1/reports/strategies',
      caseload.director,
      body({ label: 'x', kind: 'manual' }),
    );
    expect(m.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      'goals.0.operationalGoals.0.directions.0.indicators.0.source',
    );
  });
});

describe('the yearly report, computed values against independent counts', () => {
  it('persons and families helped, families by reason, decisions issued', async () => {
    const d = await decisionRows(caseload.t);
    const helped = d.filter((x) => x.outcome === 'grant' && overlaps(x.periodFrom, x.periodTo, from, to));
    expect(helped.length).toBeGreaterThan(5);
    const unemployed = new Set(helped.filter((x) => x.reasons.includes('4')).map((x) => x.householdId));
    expect(byKey(report, 'assistance.familiesByReason.4').value).toBe(unemployed.size);
    const ctx = staffContext(
      caseload.t.db,
      (await caseload.t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
        .rows[0]!.id,
    );
    const v = await computeIndicators(
      ctx,
      ['assistance.persons', 'assistance.families', 'decisions.issued', 'decisions.issued.zasilekOkresowy'],
      year,
    );
    expect(v.get('assistance.persons')!.value).toBe(new Set(helped.map((x) => x.personId)).size);
    expect(v.get('assistance.families')!.value).toBe(new Set(helped.map((x) => x.householdId)).size);
    const issued = d.filter((x) => x.decidedOn.startsWith(String(year)));
    expect(v.get('decisions.issued')!.value).toBe(issued.length);
    expect(v.get('decisions.issued.zasilekOkresowy')!.value).toBe(
      issued.filter((x) => x.benefit === 'zasilekOkresowy').length,
    );
  });

  it('benefits paid to citizens of Ukraine under every act equal the ledger’s expense for them, to the grosz', async () => {
    const ua = new Set(
      (await caseload.t.db.query<{ id: string }>(`SELECT id FROM person WHERE citizenship = 'UA'`)).rows.map(
        (r) => r.id,
      ),
    );
    const expense = (await ledgerRows(caseload.t)).filter(
      (e) => e.account === 'expense' && e.onDate >= from && e.onDate <= to && ua.has(e.personId),
    );
    const sum = expense.reduce((s, e) => s + e.amount, 0);
    expect(sum).toBeGreaterThan(0);
    expect(byKey(report, 'payments.ukrainianCitizens.allActs')).toMatchObject({ value: sum, unit: 'grosze' });
  });

  it('staff, Blue Card counts (through its statistics) and consultations', async () => {
    const staff = (
      await caseload.t.db.query<{ position: string; from: string; to: string | null }>(
        `SELECT position, valid_from::text AS from, valid_to::text AS to FROM staff_position`,
      )
    ).rows.filter((p) => p.from <= to && (p.to === null || p.to >= from));
    expect(byKey(report, 'staff.socialWorkers').value).toBe(
      staff.filter((p) => p.position === 'socialWorker').length,
    );
    expect(byKey(report, 'staff.familyAssistants').value).toBe(
      staff.filter((p) => p.position === 'familyAssistant').length,
    );
    expect(byKey(report, 'staff.carers').value).toBe(2);
    expect(byKey(report, 'blueCard.opened')).toMatchObject({
      value: 2,
      previous: 1,
      change: 1,
      restricted: false,
    });
    expect(byKey(report, 'blueCard.meetingsHeld')).toMatchObject({ value: 4, previous: 2 });
    // Both years also hold the demo's consultation point: counted independently.
    const held = async (y: number, column: 'mode' | 'kind', value: string) =>
      (
        await caseload.t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM counselling_consultation WHERE ${column} = $1 AND held_on BETWEEN $2 AND $3`,
          [value, `${y}-01-01`, `${y}-12-31`],
        )
      ).rows[0]!.n;
    const c = await computeIndicators(
      staffContext(
        caseload.t.db,
        (await caseload.t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'dyrektor'`))
          .rows[0]!.id,
      ),
      ['counselling.inPerson', 'counselling.phone'],
      year,
    );
    expect(c.get('counselling.inPerson')!.value).toBe(await held(year, 'mode', 'inPerson'));
    expect(c.get('counselling.phone')!.value).toBe(await held(year, 'mode', 'phone'));
    expect(byKey(report, 'counselling.psychological')).toMatchObject({
      value: await held(year, 'kind', 'psychological'),
      previous: await held(year - 1, 'kind', 'psychological'),
    });
  });

  it('shows Blue Card figures only to holders of blueCard.statistics, and never the module’s rows', async () => {
    const base = staffContext(caseload.t.db, '00000000-0000-4000-8000-000000000000');
    const ctx = { ...base, actor: { ...base.actor, roles: ['socialWorker' as const] } };
    const v = await computeIndicators(ctx, ['blueCard.opened', 'staff.socialWorkers'], year);
    expect(v.get('blueCard.opened')).toEqual({ value: null, restricted: true });
    expect(v.get('staff.socialWorkers')!.value).toBeGreaterThan(0);
    expect(JSON.stringify(report)).not.toMatch(/NK\/T\//);
  });
});

describe('hand-entered rows, commentary and the previous year', () => {
  const label = 'Osoby wykonujące prace społecznie użyteczne';
  it('compares 2025 with the seeded 2024 figure, keeps the commentary, refuses a stale version', async () => {
    const r2024 = (
      await http(caseload.t).get(
        `/api/v1/reports/strategies/${strategyId}/report?year=2024`,
        caseload.director,
      )
    ).json();
    const row: ReportRow = byLabel(r2024, label);
    expect(row).toMatchObject({ value: 3, kind: 'manual' });
    expect(row.source).toContain('Porozumienie gminy z powiatem');
    const url = `/api/v1/reports/strategies/${strategyId}/report/2025/indicators/${row.id}`;
    const first = await http(caseload.t).put(url, caseload.director, {
      value: 6,
      commentary: 'Nowy pracownik socjalny.',
      version: null,
    });
    expect(first.json()).toMatchObject({ version: 1 });
    const again = await http(caseload.t).put(url, caseload.director, { value: 16, version: null });
    expect(again.statusCode).toBe(409);
    const r2025 = (
      await http(caseload.t).get(
        `/api/v1/reports/strategies/${strategyId}/report?year=2025`,
        caseload.director,
      )
    ).json();
    expect(byLabel(r2025, label)).toMatchObject({
      value: 6,
      previous: 3,
      change: 3,
      changePercent: 100,
      commentary: 'Nowy pracownik socjalny.',
      version: 1,
    });
    const computed = byKey(r2025, 'staff.socialWorkers');
    const put = await http(caseload.t).put(
      `/api/v1/reports/strategies/${strategyId}/report/2025/indicators/${computed.id}`,
      caseload.director,
      { value: 3 },
    );
    expect(put.statusCode).toBe(400);
  });

  it('refuses a year outside the strategy and the auditor may read but not write', async () => {
    const r = await http(caseload.t).get(
      `/api/v1/reports/strategies/${strategyId}/report?year=2031`,
      caseload.director,
    );
    expect(r.statusCode).toBe(400);
    const auditor = await caseload.t.login('audytor');
    expect(
      (await http(caseload.t).get(`/api/v1/reports/strategies/${strategyId}/report?year=${year}`, auditor))
        .statusCode,
    ).toBe(200);
    const row = byLabel(report, label);
    const put = await http(caseload.t).put(
      `/api/v1/reports/strategies/${strategyId}/report/${year}/indicators/${row.id}`,
      auditor,
      { value: 1 },
    );
    expect(put.statusCode).toBe(403);
    const worker = await caseload.t.login('pracownik');
    expect(
      (await http(caseload.t).get(`/api/v1/reports/strategies/${strategyId}/report?year=${year}`, worker))
        .statusCode,
    ).toBe(403);
  });
});

describe('exports of the report', () => {
  const fileText = async (format: 'pdf' | 'docx') => {
    const res = await http(caseload.t).get(
      `/api/v1/reports/strategies/${strategyId}/report/file?year=${year}&format=${format}`,
      caseload.director,
    );
    expect(res.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'ostoja-strategy-'));
    const path = join(dir, `r.${format}`);
    writeFileSync(path, res.rawPayload);
    if (format === 'pdf') return execFileSync('pdftotext', [path, '-']).toString('utf8');
    const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
    return xml
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  };
  const fmt = (n: number) => new Intl.NumberFormat('pl-PL').format(n);

  it.each(['pdf', 'docx'] as const)('%s holds the layout and the computed values', async (format) => {
    const text = (await fileText(format)).replace(/\s+/g, ' ');
    expect(text).toContain(`Realizacja strategii za ${year} rok`);
    expect(text).toContain('Kompleksowe wsparcie mieszkańców oraz rodzin z terenu Miasta Pruszkowa');
    expect(text).toContain('Cele operacyjne');
    expect(text).toContain('Wskaźniki ewaluacji');
    expect(text).toContain('Pracownicy socjalni prowadzący pracę socjalną');
    const families = byKey(report, 'assistance.familiesByReason.4').value!;
    expect(text).toMatch(
      new RegExp(`Rodziny objęte pomocą materialną z powodu bezrobocia.{0,200}\\b${fmt(families)}\\b`),
    );
    expect(text).toMatch(/Wszczęte procedury „Niebieskie Karty” .{0,80}\b2\b/);
    const ua = byKey(report, 'payments.ukrainianCitizens.allActs').value!;
    const zl = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' })
      .format(ua / 100)
      .replace(/\s/g, ' ');
    expect(text.replace(/\s/g, ' ')).toContain(zl);
    const log = await caseload.t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'export' AND entity = 'strategyReport' AND details->>'format' = $1`,
      [format],
    );
    expect(log.rowCount).toBeGreaterThan(0);
  });
});
