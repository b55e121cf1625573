import { OTHER_ACT_BENEFITS } from '@ostoja/domain/benefits/benefit-kinds';
import { MRPIPS_SECTIONS } from '@ostoja/domain/reporting/mrpips';
import { todayInPoland } from '@ostoja/domain/shared/today';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HELPED } from './helped-repo.ts';
import type { MrpipsOut } from './mrpips-types.ts';
import {
  allPages,
  blueCardProcedures,
  caseloadApp,
  decisionRows,
  http,
  ledgerRows,
  overlaps,
} from './test-data.ts';

// MRPiPS-03 on the demo caseload with its months paid through the payments API and one bank
// return cancelled: the amounts equal the ledger to the grosz, the counts equal counts made here,
// every list behind a figure holds what the figure counts (within the reader's row scope).

let r: MrpipsOut;
const year = Number(todayInPoland().slice(0, 4));
const from = `${year}-01-01`;
const to = `${year}-12-31`;
const base = `/api/v1/reports/mrpips-03/${year}/Y`;

const sectionOf = (s: string) => r.sections.find((x) => x.section === s)!;
const value = (s: string, row: string, col: string): number =>
  sectionOf(s).rows.find((x) => x.row === row)!.values[col]!;

const caseload = caseloadApp({ openOnly: true }, async (_c, clerk) => {
  // One paid transfer comes back and is cancelled as not due: the ledger reverses the expense.
  const paid = await caseload.t.db.query<{ id: string; paidOn: string }>(
    `SELECT id, paid_on::text AS "paidOn" FROM payment_item WHERE status = 'paid' AND method = 'transfer' ORDER BY ref LIMIT 1`,
  );
  const item = paid.rows[0]!;
  const h = http(caseload.t);
  expect(
    (
      await h.post(`/api/v1/payment-items/${item.id}/bank-return`, clerk, {
        returnedOn: item.paidOn,
        reason: 'Konto zamknięte',
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await h.post(`/api/v1/payment-items/${item.id}/return-resolution`, clerk, {
        action: 'cancel',
        note: 'Nienależne',
      })
    ).statusCode,
  ).toBe(200);
  const res = await h.get(base, caseload.director);
  expect(res.statusCode).toBe(200);
  r = res.json();
});

describe('MRPiPS-03 figures', () => {
  it('benefit amounts equal the payments ledger to the grosz, per kind and in total', async () => {
    const expense = (await ledgerRows(caseload.t)).filter(
      (e) =>
        e.account === 'expense' &&
        e.onDate >= from &&
        e.onDate <= to &&
        !OTHER_ACT_BENEFITS.some((b) => b === e.benefit),
    );
    const total = expense.reduce((s, e) => s + e.amount, 0);
    expect(total).toBeGreaterThan(0);
    expect(value('benefits', 'total', 'amount')).toBe(total);
    for (const row of sectionOf('benefits').rows.filter((x) => x.row !== 'total'))
      expect(row.values.amount).toBe(
        expense.filter((e) => e.benefit === row.row).reduce((s, e) => s + e.amount, 0),
      );
    const accounting = await caseload.t.db.query<{ n: number }>(
      `SELECT COALESCE(sum(e.amount), 0)::bigint AS n FROM ledger_entry e JOIN ledger_txn x ON x.id = e.txn_id
         LEFT JOIN payment_item i ON i.id = x.payment_item_id
        WHERE e.account = 'expense' AND x.on_date BETWEEN $1 AND $2 AND (i.benefit IS NULL OR i.benefit <> ALL($3))`,
      [from, to, OTHER_ACT_BENEFITS],
    );
    expect(value('benefits', 'total', 'amount')).toBe(accounting.rows[0]!.n);
  });

  it('persons, families, reasons and family types equal counts made from the rows', async () => {
    const helped = (await decisionRows(caseload.t)).filter(
      (d) => d.outcome === 'grant' && overlaps(d.periodFrom, d.periodTo, from, to),
    );
    expect(value('benefits', 'total', 'persons')).toBe(new Set(helped.map((d) => d.personId)).size);
    expect(value('benefits', 'total', 'families')).toBe(new Set(helped.map((d) => d.householdId)).size);
    for (const b of ['zasilekOkresowy', 'zasilekStaly', 'zasilekCelowy'])
      expect(value('benefits', b, 'persons')).toBe(
        new Set(helped.filter((d) => d.benefit === b).map((d) => d.personId)).size,
      );
    for (const reason of ['1', '4', '5'])
      expect(value('reasons', reason, 'families')).toBe(
        new Set(helped.filter((d) => d.reasons.includes(reason)).map((d) => d.householdId)).size,
      );
    const members = await caseload.t.db.query<{ householdId: string; personId: string }>(
      `SELECT household_id AS "householdId", person_id AS "personId" FROM household_membership
        WHERE valid_from <= $2 AND (valid_to IS NULL OR valid_to >= $1)`,
      [from, to],
    );
    const families = new Set(helped.map((d) => d.householdId));
    const sizes = new Map<string, number>();
    for (const m of members.rows)
      if (families.has(m.householdId)) sizes.set(m.householdId, (sizes.get(m.householdId) ?? 0) + 1);
    expect(value('familyTypes', 'total', 'families')).toBe(families.size);
    expect(value('familyTypes', 'total', 'personsInFamilies')).toBe(
      [...sizes.values()].reduce((a, b) => a + b, 0),
    );
    expect(value('familyTypes', 'size1', 'families')).toBe([...sizes.values()].filter((n) => n === 1).length);
    expect(value('familyTypes', 'size3', 'families')).toBe([...sizes.values()].filter((n) => n === 3).length);
    expect(value('benefits', 'total', 'personsInFamilies')).toBe(
      value('familyTypes', 'total', 'personsInFamilies'),
    );
    expect(value('familyTypes', 'pensioners', 'families')).toBeGreaterThan(0);
  });

  it('staffing is the headcount by position on the last day of the period', async () => {
    expect(value('staffing', 'socialWorker', 'headcount')).toBe(2);
    expect(value('staffing', 'carer', 'headcount')).toBe(2);
    expect(value('staffing', 'total', 'headcount')).toBe(8);
    const h1 = (await http(caseload.t).get(`/api/v1/reports/mrpips-03/${year}/H1`, caseload.director)).json();
    expect(h1).toMatchObject({ period: 'H1', to: `${year}-06-30` });
    expect(h1.sections[0].title).toContain(`30.06.${year}`);
  });
});

describe('the cross-checks (mrpipsChecks) on the demo centre', () => {
  it('hold: totals add up, each person is counted once per section, the sections agree', () => {
    expect(r.checks).toEqual([]);
    // The demo's services are in the report, so the checks are not vacuous.
    for (const [section, row] of [
      ['careServices', 'total'],
      ['meals', 'meal'],
      ['dps', 'residing'],
      ['foodAid', 'total'],
    ] as const)
      expect(value(section, row, 'persons')).toBeGreaterThan(0);
    expect(value('dps', 'residing', 'amount')).toBeGreaterThan(0);
  });

  it('the lists behind the services’ persons hold what the figures count', async () => {
    for (const figure of ['careServices.total.persons', 'meals.total.persons', 'dps.residing.persons'])
      expect(
        (await allPages(caseload.t, `${base}/figures/${figure}?limit=5`, caseload.director)).length,
      ).toBe(value(...(figure.split('.') as [string, string, string])));
  });
});

describe('speed', () => {
  it('reads the period from the projections’ covering indexes, never the source tables', async () => {
    const plan = await caseload.t.db.tx(async (q) => {
      await q.query('SET LOCAL enable_seqscan = off');
      const explain = async (sql: string) =>
        (await q.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, [from, to])).rows
          .map((x) => x['QUERY PLAN'])
          .join('\n');
      return [
        await explain(`WITH ${HELPED} SELECT count(DISTINCT person_id) FROM helped`),
        await explain('SELECT sum(amount) FROM report_expense WHERE on_date BETWEEN $1 AND $2'),
      ].join('\n');
    });
    // Index-only at national size, once VACUUM has set the visibility map (bench/reports.ts writes the plans).
    expect(plan).toMatch(/Scan (using|on) report_decision_period_idx/);
    expect(plan).toMatch(/Scan (using|on) report_expense_date_idx/);
    expect(plan).not.toMatch(/on (decision|application|ledger_entry|payment_item)\b/);
  });
});

describe('the lists behind the figures', () => {
  const drillAll = (figure: string, cookie = caseload.director) =>
    allPages(caseload.t, `${base}/figures/${figure}?limit=3`, cookie);

  it('hold exactly what the figures count, page by page', async () => {
    expect((await drillAll('benefits.total.persons')).length).toBe(value('benefits', 'total', 'persons'));
    expect((await drillAll('benefits.total.families')).length).toBe(value('benefits', 'total', 'families'));
    expect((await drillAll('reasons.4.personsInFamilies')).length).toBe(
      value('reasons', '4', 'personsInFamilies'),
    );
    expect((await drillAll('familyTypes.size2.families')).length).toBe(
      value('familyTypes', 'size2', 'families'),
    );
    const payments = await drillAll('benefits.zasilekOkresowy.amount');
    expect(payments.reduce((s, p) => s + (p.amount as number), 0)).toBe(
      value('benefits', 'zasilekOkresowy', 'amount'),
    );
    expect((await drillAll('benefits.total.benefits')).length).toBe(value('benefits', 'total', 'benefits'));
    expect((await drillAll('staffing.total.headcount')).length).toBe(8);
  });

  it('leave out a person sealed in a Niebieska Karta the reader does not see; the count stays', async () => {
    const [procedure] = await blueCardProcedures(caseload.t, [`${year}-03-01`], 0);
    const all = await drillAll('benefits.total.persons');
    const hidden = all[0]!.id as string;
    await caseload.t.db.query(
      `INSERT INTO blue_card_person (procedure_id, person_id, role, sealed, added_on) VALUES ($1, $2, 'victim', true, $3)`,
      [procedure, hidden, `${year}-03-01`],
    );
    const after = await drillAll('benefits.total.persons');
    expect(after.length).toBe(all.length - 1);
    expect(after.map((p) => p.id)).not.toContain(hidden);
    const again = (await http(caseload.t).get(base, caseload.director)).json();
    expect(again.sections[1].rows.at(-1).values.persons).toBe(value('benefits', 'total', 'persons'));
    await caseload.t.db.query('DELETE FROM blue_card_person WHERE procedure_id = $1', [procedure]);
  });

  it('refuse an unknown figure, and readers without reports.drilldown', async () => {
    const bad = await http(caseload.t).get(`${base}/figures/blueCard.total.persons`, caseload.director);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('figure');
    for (const login of ['pracownik', 'swiadczenia', 'admin'])
      expect(
        (await http(caseload.t).get(`${base}/figures/benefits.total.persons`, await caseload.t.login(login)))
          .statusCode,
      ).toBe(403);
    expect(
      (
        await http(caseload.t).get(
          `${base}/figures/benefits.total.persons`,
          await caseload.t.login('audytor'),
        )
      ).statusCode,
    ).toBe(200);
  });
});

describe('exports', () => {
  it('the report as XLSX in the section layout, the total amount in złoty', async () => {
    const res = await http(caseload.t).get(`${base}/xlsx`, caseload.director);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    // A sheet per section (Dział 1, 2, …), the cross-checks last (mrpips-services.int.test.ts reads it).
    expect(wb.worksheets.length).toBe(MRPIPS_SECTIONS.length + 1);
    expect(String(wb.getWorksheet('Dział 5')!.getCell('A2').value)).toContain('Praca socjalna');
    expect(String(wb.getWorksheet('Dział 6')!.getCell('A2').value)).toContain('Kontrakty socjalne');
    const ws = wb.getWorksheet('Dział 2')!;
    expect(String(ws.getCell('A2').value)).toContain('Świadczenia przyznane decyzją');
    const totalRow = ws.getRow(ws.rowCount);
    expect(totalRow.getCell(2).value).toBe('Ogółem');
    expect(Math.round((totalRow.getCell(5).value as number) * 100)).toBe(
      value('benefits', 'total', 'amount'),
    );
  });

  it('lists as CSV and XLSX, protected against formula injection, each export in the audit log', async () => {
    const persons = (
      await http(caseload.t).get(`${base}/figures/benefits.total.persons?limit=1`, caseload.director)
    ).json();
    const id = persons.items[0].id;
    await caseload.t.db.query(
      `UPDATE person SET surname = '=HYPERLINK("http://x","y")', first_name = '@SUM(A1)' WHERE id = $1`,
      [id],
    );
    const csv = await http(caseload.t).get(
      `${base}/figures/benefits.total.persons/export?format=csv`,
      caseload.director,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"",""y"")";'@SUM(A1)`);
    expect(csv.body).not.toMatch(/(^|;)=HYPERLINK/m);
    const xlsx = await http(caseload.t).get(
      `${base}/figures/benefits.total.persons/export?format=xlsx`,
      caseload.director,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getColumn(1).values.map(String);
    expect(cells).toContain(`'=HYPERLINK("http://x","y")`);
    expect(wb.worksheets[0]!.rowCount).toBe(value('benefits', 'total', 'persons') + 1);
    const log = await caseload.t.db.query<{ details: { format: string; rows: number } }>(
      `SELECT details FROM audit_log WHERE action = 'export' AND entity = 'mrpipsFigure' AND entity_id = 'benefits.total.persons' ORDER BY id`,
    );
    expect(log.rows.map((x) => x.details.format)).toEqual(['csv', 'xlsx']);
    expect(log.rows[0]!.details.rows).toBe(value('benefits', 'total', 'persons'));
  });
});
