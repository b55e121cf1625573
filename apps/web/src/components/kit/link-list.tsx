import type { ReactNode } from 'react';
import { LoadError } from '../feedback.tsx';
import type { CursorList } from './use-cursor-query.ts';

/**
 * A short cursor list of links to records (a person page's section): the load error (with a retry),
 * the line saying there is nothing yet, or one item a row, as `item` writes it.
 */
export function LinkList<T extends { id: string }>({
  list,
  empty,
  item,
}: {
  list: CursorList<T>;
  /** Shown once the list has loaded with no rows. */
  empty: string;
  item(row: T): ReactNode;
}) {
  return (
    <>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{empty}</p> : null}
      {list.items.length ? (
        <ul className="link-list">
          {list.items.map((row) => (
            <li key={row.id}>{item(row)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
