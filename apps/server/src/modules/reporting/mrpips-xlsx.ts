import ExcelJS from 'exceljs';
import { safeText } from '../../shared/export.ts';
import type { MrpipsOut } from './mrpips-types.ts';

// MRPiPS-03 as a workbook in the section layout: one sheet per section (Dział), the section's
// title, a header row, a row per item with the total last; amounts in złoty with 2 decimals.
// Every figure cell carries its figure id as a note, so a reader can ask for the list behind it.
// The last sheet, Kontrola, lists the cross-checks that fail.

export async function renderMrpipsXlsx(
  r: MrpipsOut & { checksTitle: string; checksOk: string },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ostoja';
  wb.title = r.title;
  r.sections.forEach((s, i) => {
    const ws = wb.addWorksheet(`Dział ${i + 1}`);
    ws.addRow([safeText(r.title)]).font = { bold: true, size: 12 };
    ws.addRow([safeText(`Dział ${i + 1}. ${s.title}`)]).font = { bold: true };
    ws.addRow([safeText(`${r.from} – ${r.to}`)]);
    ws.addRow([]);
    ws.addRow([
      'Lp.',
      safeText(s.columns.length ? 'Wyszczególnienie' : ''),
      ...s.columns.map((c) => safeText(c.label)),
    ]).font = { bold: true };
    s.rows.forEach((row, n) => {
      const xl = ws.addRow([
        n + 1,
        safeText(row.label),
        ...s.columns.map((c) =>
          c.unit === 'grosze' ? (row.values[c.key] ?? 0) / 100 : (row.values[c.key] ?? 0),
        ),
      ]);
      s.columns.forEach((c, j) => {
        const cell = xl.getCell(j + 3);
        if (c.unit !== 'count') cell.numFmt = '#,##0.00';
        cell.note = row.figures[c.key] ?? '';
      });
      if (row.row === 'total') xl.font = { bold: true };
    });
    ws.getColumn(1).width = 5;
    ws.getColumn(2).width = 60;
    for (let j = 0; j < s.columns.length; j++) ws.getColumn(j + 3).width = 18;
  });
  // The cross-checks last: what fails, or that nothing does.
  const sheet = wb.addWorksheet('Kontrola');
  sheet.addRow([safeText(r.checksTitle)]).font = { bold: true };
  sheet.addRow([]);
  if (r.checks.length === 0) sheet.addRow([safeText(r.checksOk)]);
  for (const c of r.checks) sheet.addRow([safeText(c.message), c.figure]);
  sheet.getColumn(1).width = 100;
  sheet.getColumn(2).width = 40;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
