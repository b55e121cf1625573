import { type ReactNode, useState } from 'react';
import { DataTable } from '../table.tsx';

export interface Column<T> {
  /** Unique within the table. */
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** The value to sort by; a column without one cannot be sorted. */
  sortValue?: (row: T) => string | number | null;
  className?: string;
  /** Amounts and counts line up on the right, the header with them. */
  alignEnd?: boolean;
  /** The cell names its row (`<th scope="row">`), as a report's first column does. */
  rowHeader?: boolean;
}

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

export function compareCells(a: string | number | null, b: string | number | null) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

const END = { textAlign: 'right' } as const;

/** Rows that are records are keyed by their id unless told otherwise; other rows must say their key. */
export type RowKey<T> = [T] extends [{ id: string | number }]
  ? { rowKey?(row: T): string | number }
  : { rowKey(row: T): string | number };
export const byId = (row: unknown) => (row as { id: string | number }).id;

/**
 * A table whose columns are declared once, each with its header and its cell: the rows in the order
 * given, and headers that sort them (Polish collation: Ł after L) where a column has a sort value.
 * A column given as `false` (an action the role may not take) is left out.
 */
export function ColumnTable<T>({
  caption,
  columns,
  rows,
  rowKey = byId,
  rowClassName,
  compact,
  showCaption,
  foot,
}: RowKey<T> & {
  caption: string;
  columns: (Column<T> | false)[];
  rows: readonly T[];
  rowClassName?: (row: T) => string | undefined;
  compact?: boolean;
  /** The caption is seen too (see DataTable). */
  showCaption?: boolean;
  /** A last row after the sorted ones (a total). */
  foot?: ReactNode;
}) {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const by = sort && shown.find((c) => c.key === sort.key)?.sortValue;
  const sorted = by && sort ? [...rows].sort((a, b) => sort.dir * compareCells(by(a), by(b))) : rows;

  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? (s.dir === 1 ? { key, dir: -1 } : null) : { key, dir: 1 }));

  return (
    <DataTable caption={caption} compact={compact} showCaption={showCaption}>
      <thead>
        <tr>
          {shown.map((c) => {
            const dir = sort?.key === c.key ? sort.dir : 0;
            return (
              <th
                key={c.key}
                scope="col"
                style={c.alignEnd ? END : undefined}
                aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : undefined}
              >
                {c.sortValue ? (
                  <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                    {c.header}
                    <span aria-hidden="true">{dir === 1 ? ' ▲' : dir === -1 ? ' ▼' : ''}</span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {shown.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row" className={c.className} style={c.alignEnd ? END : undefined}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={c.className} style={c.alignEnd ? END : undefined}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
        {foot}
      </tbody>
    </DataTable>
  );
}
