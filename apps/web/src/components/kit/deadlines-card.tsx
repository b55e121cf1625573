import type { UseQueryResult } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';
import { LoadError } from '../feedback.tsx';
import { byId, type Column, ColumnTable } from './column-table.tsx';

/**
 * A card of a clerk's home page listing the deadlines still open (nearest first, as the server
 * sends them). Nothing is shown while there are none, or where the role may not ask (the query is
 * then disabled); a failed read says so.
 */
export function DeadlinesCard<T>({
  id,
  title,
  query,
  columns,
  rowKey,
  rowClassName,
}: {
  /** The heading's id, which names the card. */
  id: string;
  title: string;
  query: UseQueryResult<{ items: T[] }, ApiError>;
  columns: Column<T>[];
  /** The row's key; by default its `id`. */
  rowKey?(row: T): string | number;
  rowClassName?: (row: T) => string | undefined;
}) {
  const items = query.data?.items;
  if (!items?.length)
    return query.error ? <LoadError error={query.error} onRetry={() => query.refetch()} /> : null;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      <ColumnTable
        caption={title}
        compact
        rows={items}
        rowKey={rowKey ?? byId}
        rowClassName={rowClassName}
        columns={columns}
      />
    </section>
  );
}
