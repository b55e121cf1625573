import { csvLine, protectCell } from '@ostoja/domain/payments/accounting';
import ExcelJS from 'exceljs';
import { personsOf, type StaffContext } from '../http/context.ts';

// Exports of lists as CSV and XLSX, for any module: the cells are protected against formula
// injection (a text starting with =, +, -, @, tab or CR gets a leading apostrophe, OWASP), and
// every export is written to the audit log (action 'export') with what was exported and how many rows.

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportColumn {
  key: string;
  label: string;
  /** grosze: written as złoty (a number in XLSX, "123,45" in CSV). */
  type?: 'text' | 'number' | 'grosze';
}

export interface ExportFile {
  body: Buffer;
  filename: string;
  contentType: string;
}

type Cell = string | number | null | undefined;

/** A text cell made safe for spreadsheets; numbers are ours and stay numbers. */
export const safeText = (v: Cell) => protectCell(v === null || v === undefined ? '' : String(v));

/** CSV for Polish spreadsheets: UTF-8 with BOM, semicolons, CRLF, text cells protected. */
export function toCsv(columns: readonly ExportColumn[], rows: readonly Record<string, Cell>[]): Buffer {
  const cell = (c: ExportColumn, v: Cell) => {
    if (v === null || v === undefined) return '';
    if (c.type === 'grosze' && typeof v === 'number') return { zloty: v };
    if (c.type === 'number' && typeof v === 'number') return v;
    return String(v);
  };
  const lines = [
    csvLine(columns.map((c) => c.label)),
    ...rows.map((r) => csvLine(columns.map((c) => cell(c, r[c.key])))),
  ];
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: text cells protected and stored as strings, numbers as numbers, money in złoty with 2 decimals. */
export async function toXlsx(
  sheetName: string,
  columns: readonly ExportColumn[],
  rows: readonly Record<string, Cell>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Ostoja';
  // Sheet names may not hold []:*?/\ and are at most 31 characters.
  const ws = wb.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Lista');
  ws.addRow(columns.map((c) => safeText(c.label))).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(
      columns.map((c) => {
        const v = r[c.key];
        if (typeof v === 'number' && c.type === 'grosze') return v / 100;
        if (typeof v === 'number' && c.type === 'number') return v;
        return safeText(v);
      }),
    );
    columns.forEach((c, i) => {
      if (c.type === 'grosze') row.getCell(i + 1).numFmt = '#,##0.00';
    });
  }
  ws.columns.forEach((c) => {
    c.width = 20;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A list exported in the asked format, logged: who exported which list, with which filter,
 * how many rows. `entity` names the list in the audit log (e.g. 'mrpipsFigure').
 */
export async function exportList(
  ctx: StaffContext,
  format: ExportFormat,
  list: {
    entity: string;
    entityId?: string | null;
    details?: Record<string, unknown>;
    name: string;
    columns: readonly ExportColumn[];
    rows: readonly Record<string, Cell>[];
  },
): Promise<ExportFile> {
  await ctx.audit({
    action: 'export',
    entity: list.entity,
    entityId: list.entityId ?? null,
    details: { ...list.details, format, rows: list.rows.length },
    persons: personsOf(list.rows),
  });
  // Header-safe ASCII file name (Content-Disposition).
  const base = list.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9._-]+/g, '_');
  if (format === 'csv')
    return {
      body: toCsv(list.columns, list.rows),
      filename: `${base}.csv`,
      contentType: 'text/csv; charset=utf-8',
    };
  return {
    body: await toXlsx(list.name, list.columns, list.rows),
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
