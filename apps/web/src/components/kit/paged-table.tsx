import { useI18n } from '../../app/i18n.tsx';
import { type Column, ColumnTable } from './column-table.tsx';
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
  rowKey(row: T): string;
}) {
  const { t } = useI18n();
  return (
    <>
      <ColumnTable caption={caption} columns={columns} rows={list.items} rowKey={rowKey} />
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
