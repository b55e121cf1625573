import type { FieldError } from '../shared/validation.ts';

// The powiat's notes as CSV: a header line, then `pesel;month;number;cost;charged`, separated by
// semicolons (Polish spreadsheets), amounts in złoty with a comma or a dot ("4 123,45").

export interface CsvNoteRow {
  line: number;
  pesel: string;
  month: string;
  number: string;
  costGrosze: number;
  chargedGrosze: number;
}

const COLUMNS = ['pesel', 'month', 'number', 'cost', 'charged'] as const;

/** "4 123,45" → 412345 grosze, without floating point; null when not an amount. */
export function parseZloty(s: string): number | null {
  const v = s.replace(/[\s\u00a0]/g, '').replace(',', '.');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(v);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/**
 * Every row checked; the errors name the line (1 = the header) and the column, as `csv.<line>.<column>`,
 * so that nothing is imported from a file with one bad row.
 */
export function parseChargeNotesCsv(csv: string): { rows: CsvNoteRow[]; errors: FieldError[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: CsvNoteRow[] = [];
  const errors: FieldError[] = [];
  const bad = (line: number, column: string, message: string) => {
    errors.push({ path: `csv.${line}.${column}`, message });
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    if (line === 1 || text.trim() === '') return;
    const cells = text.split(';').map((c) => c.trim());
    if (cells.length !== COLUMNS.length) {
      bad(line, 'columns', 'validation.fosterCare.csvColumns');
      return;
    }
    const [pesel = '', month = '', number = '', cost = '', charged = ''] = cells;
    const row = {
      line,
      pesel,
      month,
      number,
      costGrosze: parseZloty(cost),
      chargedGrosze: parseZloty(charged),
    };
    if (!/^\d{11}$/.test(pesel)) bad(line, 'pesel', 'validation.pesel.format');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) bad(line, 'month', 'validation.month');
    if (!number || number.length > 60) bad(line, 'number', 'validation.required');
    if (row.costGrosze === null) bad(line, 'cost', 'validation.fosterCare.amount');
    if (row.chargedGrosze === null) bad(line, 'charged', 'validation.fosterCare.amount');
    if (errors.length === 0) rows.push(row as CsvNoteRow);
  });
  if (rows.length === 0 && errors.length === 0)
    errors.push({ path: 'csv', message: 'validation.fosterCare.csvEmpty' });
  return { rows, errors };
}
