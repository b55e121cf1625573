import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { LoadError, Loading } from '../../../components/feedback.tsx';
import { type Column, PagedTable } from '../../../components/kit/paged-table.tsx';
import { wholeList } from '../../../components/kit/whole-list.ts';

// The lists of the portal's content as staff see them (forms of help, news, documents).

/** A kind of content: its heading, the button to write a new one, then the list. */
export function ContentSection({
  part,
  path,
  children,
}: {
  /** Names the heading's id (`content-news`) and texts (`content.news.title`, `content.news.new`). */
  part: 'news' | 'help';
  /** The list's path; the link to a new one goes to `${path}/new`. */
  path: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = `content-${part}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(`content.${part}.title`)}</h2>
      <p>
        <Link to={`${path}/new`} className="button primary">
          {t(`content.${part}.new`)}
        </Link>
      </p>
      {children}
    </section>
  );
}

/** A list the API answers whole, with its states: the load error (with a retry), loading, the table, and the line for none. */
export function WholeTable<T extends { id: string }>({
  query,
  caption,
  columns,
  empty,
}: {
  query: { data?: { items: T[] } | undefined; error: ApiError | null; refetch(): unknown };
  caption: string;
  columns: Column<T>[];
  /** Shown once the list has loaded with no rows; without it, nothing is. */
  empty?: string;
}) {
  const { data, error } = query;
  return (
    <>
      {error ? <LoadError error={error} onRetry={() => query.refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data?.items.length ? (
        <PagedTable caption={caption} columns={columns} list={wholeList(data.items)} />
      ) : null}
      {empty && data && data.items.length === 0 ? <p className="empty">{empty}</p> : null}
    </>
  );
}
