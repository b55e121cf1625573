import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { DataTable } from '../table.tsx';
import type { CursorList } from './use-cursor-query.ts';

export interface Column<T> {
  /** Unique within the table. */
  key: string;
  header: string;
  cell(row: T): ReactNode;
  /** The value to sort by; a column without one cannot be sorted. */
  sortValue?: (row: T) => string | number | null;
  className?: string;
}

const collator = new Intl.Collator('pl', { sensitivity: 'base', numeric: true });

export function compareCells(a: string | number | null, b: string | number | null) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

/**
 * A table over a cursor list: the rows loaded so far in the server's order, a "load more" button
 * while the server has more, and headers that sort the loaded rows (Polish collation: Ł after L).
 */
export function PagedTable<T>({
  caption,
  columns,
  list,
  rowKey,
}: {
  caption: string;
  columns: Column<T>[];
  list: Pick<CursorList<T>, 'items' | 'hasMore' | 'loading' | 'loadMore'>;
  rowKey(row: T): string;
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const rows = useMemo(() => {
    const col = sort && columns.find((c) => c.key === sort.key);
    if (!col?.sortValue || !sort) return list.items;
    const value = col.sortValue;
    return [...list.items].sort((a, b) => sort.dir * compareCells(value(a), value(b)));
  }, [list.items, columns, sort]);

  const toggle = (key: string) =>
    setSort((s) => (s?.key === key ? (s.dir === 1 ? { key, dir: -1 } : null) : { key, dir: 1 }));

  return (
    <>
      <DataTable caption={caption}>
        <thead>
          <tr>
            {columns.map((c) => {
              const dir = sort?.key === c.key ? sort.dir : 0;
              return (
                <th
                  key={c.key}
                  scope="col"
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
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {list.hasMore ? (
        <p>
          <button
            type="button"
            className="button secondary"
            disabled={list.loading}
            onClick={() => list.loadMore()}
          >
            {t('action.loadMore')}
          </button>
        </p>
      ) : null}
    </>
  );
}
