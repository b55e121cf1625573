import type { ProcedureListItem } from '@ostoja/domain/blue-card/responses';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import type { CursorList } from '../../components/kit/use-cursor-query.ts';
import { DueDate } from './common.tsx';

/** Procedures as a table: number (the link), opening, status, the deadline waited on, the persons. */
export function ProcedureTable({
  caption,
  list,
}: {
  caption: string;
  list: Pick<CursorList<ProcedureListItem>, 'items' | 'hasMore' | 'loading' | 'loadMore'>;
}) {
  const { date, t, tk } = useI18n();
  const columns: Column<ProcedureListItem>[] = [
    {
      key: 'number',
      header: t('blueCard.register.number'),
      cell: (p) => <Link to={`/blue-cards/${p.id}`}>{p.number}</Link>,
      sortValue: (p) => p.number,
      className: 'nowrap',
    },
    dateColumn('openedOn', t('blueCard.register.openedOn'), date),
    {
      key: 'status',
      header: t('blueCard.register.status'),
      cell: (p) =>
        `${tk('blueCard.status', p.status)}${p.closureReason ? ` (${tk('blueCard.closure', p.closureReason)})` : ''}`,
    },
    {
      key: 'nextDue',
      header: t('blueCards.list.nextDue'),
      cell: (p) =>
        p.nextDue && p.nextDueKind ? (
          <>
            {tk('blueCard.deadline', p.nextDueKind)}: <DueDate due={p.nextDue} />
          </>
        ) : (
          '—'
        ),
      sortValue: (p) => p.nextDue,
    },
    textColumn('victims', t('blueCard.register.victims')),
    textColumn('perpetrators', t('blueCard.register.perpetrators')),
  ];
  return <PagedTable caption={caption} columns={columns} list={list} />;
}
