import type { Column } from './column-table.tsx';

/** A column whose empty cells (a day that has not come yet: resumed on, forwarded on) show '—'. */
export const orDash = <T>(column: Column<T>): Column<T> => ({
  ...column,
  cell: (row) => column.cell(row) || '—',
});
