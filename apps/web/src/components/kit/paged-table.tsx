import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../feedback.tsx';
import { byId, type Column, ColumnTable } from './column-table.tsx';
import type { CursorList } from './use-cursor-query.ts';

export { type Column, compareCells } from './column-table.tsx';

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
  /** The row's key; by default its `id`. */
  rowKey?(row: T): string | number;
}) {
  const { t } = useI18n();
  return (
    <>
      <ColumnTable caption={caption} columns={columns} rows={list.items} rowKey={rowKey ?? byId} />
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

/**
 * A cursor list with its states, as every register screen shows it: the load error (with a retry),
 * the line saying there is nothing yet, or the paged table.
 */
export function ListTable<T>({
  empty,
  list,
  ...table
}: {
  /** Shown once the list has loaded with no rows. */
  empty: string;
  caption: string;
  columns: Column<T>[];
  list: CursorList<T>;
  /** The row's key; by default its `id`. */
  rowKey?(row: T): string | number;
}) {
  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{empty}</p> : null}
      {list.items.length ? <PagedTable list={list} {...table} /> : null}
    </>
  );
}
