import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../feedback.tsx';
import { byId, type Column, ColumnTable } from './column-table.tsx';

const overdueClass = (row: { overdue: boolean }) => (row.overdue ? 'is-overdue' : undefined);

/**
 * A card of a worker's home page over one read of open items (nearest due first, as the server
 * sends them): the heading, then the load error (with a retry), loading, the line for none, or the
 * table, its overdue rows marked.
 */
export function HomeListCard<T extends { id: string; overdue: boolean }>({
  id,
  title,
  caption = title,
  empty,
  query,
  columns,
}: {
  /** The heading's id, which names the card. */
  id: string;
  title: string;
  /** The table's caption, when it is not the heading. */
  caption?: string;
  empty: string;
  query: UseQueryResult<{ items: T[] }, ApiError>;
  columns: Column<T>[];
}) {
  const { data, error } = query;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {error ? <LoadError error={error} onRetry={() => query.refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && !data.items.length ? <p className="empty">{empty}</p> : null}
      {data?.items.length ? (
        <ColumnTable
          caption={caption}
          compact
          rows={data.items}
          rowKey={byId}
          rowClassName={overdueClass}
          columns={columns}
        />
      ) : null}
    </section>
  );
}
