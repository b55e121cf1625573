import type { ReactNode } from 'react';
import { Section } from '../page.tsx';
import { byId, type Column, ColumnTable } from './column-table.tsx';

/**
 * A section of a record's page over rows it holds (its contacts, its plan): the heading (its id is
 * `${id}-h`), the rows in a table captioned by that heading or the line saying there are none yet,
 * then what follows (the form that adds a row).
 */
export function RowsSection<T extends { id: string }>({
  id,
  title,
  rows,
  columns,
  empty,
  compact,
  children,
}: {
  id: string;
  title: string;
  rows: readonly T[];
  columns: (Column<T> | false)[];
  /** Shown when there are no rows. */
  empty: string;
  compact?: boolean;
  children?: ReactNode;
}) {
  return (
    <Section id={id} title={title}>
      {rows.length ? (
        <ColumnTable caption={title} compact={compact} rows={rows} rowKey={byId} columns={columns} />
      ) : (
        <p className="empty">{empty}</p>
      )}
      {children}
    </Section>
  );
}
