import { type Column, ColumnTable } from '../../components/kit/column-table.tsx';

/** The rows' key: given, or the row's id where the rows have one. */
type RowKey<T> = T extends { id: string | number }
  ? { rowKey?: (row: T) => string | number }
  : { rowKey: (row: T) => string | number };

/**
 * A section of the procedure page over one of its lists (forms, referrals, the log…): the heading,
 * then the rows in a table with its own caption, or the line saying there are none (when `empty` is given).
 */
export function RecordSection<T>({
  title,
  caption,
  rows,
  columns,
  rowKey,
  empty,
  compact,
}: {
  title: string;
  caption: string;
  rows: readonly T[];
  columns: (Column<T> | false)[];
  /** Shown instead of an empty table. */
  empty?: string;
  compact?: boolean;
} & RowKey<T>) {
  return (
    <section>
      <h2>{title}</h2>
      {rows.length === 0 && empty !== undefined ? (
        <p className="empty">{empty}</p>
      ) : (
        <ColumnTable
          caption={caption}
          compact={compact}
          rows={rows}
          rowKey={rowKey ?? ((row) => (row as { id: string | number }).id)}
          columns={columns}
        />
      )}
    </section>
  );
}
