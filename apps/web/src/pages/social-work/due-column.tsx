import type { ReactNode } from 'react';
import type { I18n } from '../../app/i18n.tsx';
import type { Column } from '../../components/kit/column-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';

/** A task's due date, marked when it is overdue (the case's tasks, the worker's own). */
export function dueColumn<T extends { due: string }>(
  { t, date }: Pick<I18n, 't' | 'date'>,
  overdue: (row: T) => boolean,
): Column<T> {
  return {
    key: 'due',
    header: t('sw.task.due'),
    className: 'nowrap',
    cell: (row): ReactNode => (
      <>
        {date(row.due)}{' '}
        {overdue(row) ? <StatusBadge tone="overdue">{t('deadline.overdue')}</StatusBadge> : null}
      </>
    ),
  };
}
