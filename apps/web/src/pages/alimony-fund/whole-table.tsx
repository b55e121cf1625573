import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { wholeList } from '../../components/kit/whole-list.ts';

/** Rows the API answers whole, in a table under `caption`; `empty` says there are none. */
export function WholeTable<T extends { id: string }>({
  caption,
  columns,
  rows,
  empty,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  empty: string;
}) {
  return rows.length ? (
    <PagedTable caption={caption} columns={columns} list={wholeList(rows)} />
  ) : (
    <p className="empty">{empty}</p>
  );
}
