import { Link } from 'react-router-dom';
import type { Column } from './column-table.tsx';

/**
 * A column that names the row and links to its page (its number, a name): sorted by that text in
 * Polish order.
 */
export function linkColumn<T>(
  key: string,
  header: string,
  text: (row: T) => string,
  to: (row: T) => string,
): Column<T> {
  return { key, header, cell: (row) => <Link to={to(row)}>{text(row)}</Link>, sortValue: text };
}
