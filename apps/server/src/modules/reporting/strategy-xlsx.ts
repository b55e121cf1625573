import { type Locale, t } from '@ostoja/domain/i18n/index';
import ExcelJS from 'exceljs';
import { safeText } from '../../shared/export.ts';
import { reportText } from './strategy-format.ts';
import type { ReportRow, StrategyReport } from './strategy-service.ts';

// The yearly strategy report as a workbook, for a council clerk who adds up or charts the rows:
// one sheet per strategic goal in the PDF's layout (seed 002), this year's and last year's
// values as numbers (złoty with 2 decimals for money) so they can be summed.

const number = (row: ReportRow, v: number | null) =>
  v === null ? null : row.unit === 'grosze' ? v / 100 : v;

export async function renderStrategyXlsx(r: StrategyReport, locale: Locale): Promise<Buffer> {
  const x = reportText(r, locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ostoja';
  wb.title = x.title;
  const restricted = t(locale, 'reporting.restricted');
  r.goals.forEach((g, gi) => {
    const ws = wb.addWorksheet(`${t(locale, 'reporting.report.goal', { n: g.position })}`.slice(0, 31));
    ws.addRow([safeText(x.title)]).font = { bold: true, size: 12 };
    ws.addRow([safeText(x.goals[gi]!.heading)]).font = { bold: true };
    ws.addRow([]);
    ws.addRow(x.headers.map(safeText)).font = { bold: true };
    for (const og of g.operationalGoals)
      og.directions.forEach((d, di) => {
        const inds = d.indicators.length ? d.indicators : [null];
        inds.forEach((ind, ii) => {
          const values =
            !ind || ind.unit === 'text'
              ? ['', '', '']
              : ind.restricted
                ? [restricted, restricted, '']
                : [number(ind, ind.value), number(ind, ind.previous), number(ind, ind.change)];
          const row = ws.addRow([
            safeText(ii === 0 && di === 0 ? og.title : ''),
            safeText(ii === 0 ? d.title : ''),
            safeText(ind ? [ind.label, ind.text].filter(Boolean).join(': ') : ''),
            ...values,
            safeText(ind?.source ?? ''),
            safeText(ind?.commentary ?? ''),
          ]);
          if (ind?.unit === 'grosze') for (const c of [4, 5, 6]) row.getCell(c).numFmt = '#,##0.00';
          row.alignment = { vertical: 'top', wrapText: true };
        });
      });
    [30, 40, 50, 14, 14, 14, 30, 40].forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
