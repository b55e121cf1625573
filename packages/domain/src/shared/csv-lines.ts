import type { FieldError } from './validation.ts';

// The partners' import files (a provider's visits, the monitoring centre's alarms, a food bank's
// distribution): semicolon-separated, a header first, every line checked before anything is
// imported. An error names the line (1 = the header) and the column as `csv.<line>.<column>`.

export interface CsvShape {
  /** The number of cells a line must have, or the least it may have. */
  columns: number | { atLeast: number };
  columnsMessage: string;
  emptyMessage: string;
  /** Cells a spreadsheet wrapped in double quotes lose them. */
  unquote?: boolean;
}

/** Each data line's cells to `parseLine`; its row is kept only when it reported no problem. */
export function parseCsvLines<R>(
  csv: string,
  shape: CsvShape,
  parseLine: (cells: string[], line: number, bad: (column: string, message: string) => void) => R,
): { rows: R[]; errors: FieldError[] } {
  const rows: R[] = [];
  const errors: FieldError[] = [];
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (line === 1 || raw.trim() === '') return;
      const cells = raw
        .split(';')
        .map((c) => (shape.unquote ? c.trim().replace(/^"(.*)"$/, '$1') : c.trim()));
      const fits =
        typeof shape.columns === 'number'
          ? cells.length === shape.columns
          : cells.length >= shape.columns.atLeast;
      if (!fits) {
        errors.push({ path: `csv.${line}.columns`, message: shape.columnsMessage });
        return;
      }
      const before = errors.length;
      const row = parseLine(cells, line, (column, message) =>
        errors.push({ path: `csv.${line}.${column}`, message }),
      );
      if (errors.length === before) rows.push(row);
    });
  if (rows.length === 0 && errors.length === 0) errors.push({ path: 'csv', message: shape.emptyMessage });
  return { rows, errors };
}
