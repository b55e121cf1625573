import { type Column, ColumnTable } from './column-table.tsx';

const byId = (row: { id: string | number }) => row.id;

/** A compact `ColumnTable` over records, each row keyed by its `id`. */
export function IdTable<T extends { id: string | number }>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly T[];
  columns: (Column<T> | false)[];
}) {
  return <ColumnTable caption={caption} compact rows={rows} rowKey={byId} columns={columns} />;
}
