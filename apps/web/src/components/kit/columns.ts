import type { Column } from './column-table.tsx';

/** The row's fields that hold a calendar date (YYYY-MM-DD, or none). */
type DateField<T> = { [K in keyof T]: T[K] extends string | null | undefined ? K : never }[keyof T] & string;

/**
 * A table column of one of the row's dates: shown as the language writes it (`date` from useI18n),
 * sorted by the ISO date. The column's key is the field's name unless given.
 */
export function dateColumn<T>(
  field: DateField<T>,
  header: string,
  date: (iso: string | null | undefined) => string,
  key: string = field,
): Column<T> {
  const value = (row: T) => (row[field] as string | null | undefined) ?? null;
  return { key, header, cell: (row) => date(value(row)), sortValue: value };
}

/** How a column of amounts looks: on one line, lined up on the right with its header. */
export const AMOUNT = { className: 'nowrap', alignEnd: true } as const;
