import type { Column } from './column-table.tsx';

/**
 * A column of a text made from the row (a translated kind or category, a name): shown as it is and
 * sorted by it in Polish order.
 */
export function computedColumn<T>(key: string, header: string, text: (row: T) => string): Column<T> {
  return { key, header, cell: text, sortValue: text };
}
