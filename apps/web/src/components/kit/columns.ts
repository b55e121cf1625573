import type { Column } from './column-table.tsx';

/** The row's fields that hold a text (or none). */
export type TextField<T> = { [K in keyof T]: T[K] extends string | null | undefined ? K : never }[keyof T] &
  string;

/** The row's fields that hold a calendar date (YYYY-MM-DD, or none). */
type DateField<T> = TextField<T>;

/** The row's fields that hold a number (an amount in grosze). */
type NumberField<T> = { [K in keyof T]: T[K] extends number ? K : never }[keyof T] & string;

/** How a column of amounts looks: on one line, lined up on the right with its header. */
export const AMOUNT = { className: 'nowrap', alignEnd: true } as const;

/**
 * A table column of one of the row's dates: shown as the language writes it (`date` from useI18n,
 * or `dateTime` for a moment), sorted by the ISO date. The column's key is the field's name unless given.
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

/**
 * A column of one of the row's amounts in grosze: shown as money (`money` from useI18n), sorted by
 * the amount, lined up on the right. The column's key is the field's name unless given.
 */
export function amountColumn<T>(
  field: NumberField<T>,
  header: string,
  money: (grosze: number) => string,
  key: string = field,
): Column<T> {
  const value = (row: T) => row[field] as number;
  return { key, header, cell: (row) => money(value(row)), sortValue: value, ...AMOUNT };
}

/**
 * A column of one of the row's texts as it is ('—' where there is none), sorted in Polish order.
 * The column's key is the field's name unless given.
 */
export function textColumn<T>(field: TextField<T>, header: string, key: string = field): Column<T> {
  const value = (row: T) => (row[field] as string | null | undefined) ?? null;
  return { key, header, cell: (row) => value(row) ?? '—', sortValue: value };
}

/** The row's fields that hold a number, or none. */
type CountField<T> = { [K in keyof T]: T[K] extends number | null ? K : never }[keyof T] & string;

/** The row's fields that hold a calendar date (YYYY-MM-DD). */
type DayField<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/**
 * A column of one of the row's counts (a place on a list, a year of care, places in a home): the
 * number as it is ('—' where there is none), sorted by it. The column's key is the field's name unless given.
 */
export function countColumn<T>(field: CountField<T>, header: string, key: string = field): Column<T> {
  const value = (row: T) => row[field] as number | null;
  return { key, header, cell: (row) => value(row) ?? '—', sortValue: value };
}

/**
 * A column of the period a decision or referral runs for, "from – to" as the language writes dates
 * (`date` from useI18n), sorted by its first day. The fields are `periodFrom` and `periodTo` unless given.
 */
export function periodColumn<T>(
  header: string,
  date: (iso: string) => string,
  from: DayField<T> = 'periodFrom' as DayField<T>,
  to: DayField<T> = 'periodTo' as DayField<T>,
): Column<T> {
  const first = (row: T) => row[from] as string;
  return {
    key: 'period',
    header,
    cell: (row) => `${date(first(row))} – ${date(row[to] as string)}`,
    sortValue: first,
  };
}

/** A column whose empty cells (a day that has not come yet: resumed on, forwarded on) show '—'. */
export const orDash = <T>(column: Column<T>): Column<T> => ({
  ...column,
  cell: (row) => column.cell(row) || '—',
});
