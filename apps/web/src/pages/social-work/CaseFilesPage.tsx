import type { CaseFileSummary } from '@ostoja/domain/social-work/case-file';
import { useState } from 'react';
import { socialWorkApi } from '../../api/social-work.ts';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { computedColumn } from '../../components/kit/computed-column.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StateFilter } from '../../components/kit/state-filter.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { socialWorkKeys } from './queries.ts';

type State = '' | 'open' | 'closed';

function useColumns(today: string): Column<CaseFileSummary>[] {
  const { t, date } = useI18n();
  return [
    linkColumn<CaseFileSummary>('address', t('sw.list.address'), (c) => c.address, recordPath('/case-files')),
    computedColumn('lead', t('sw.lead'), (c) => c.lead.fullName),
    dateColumn('openedOn', t('sw.openedOn'), date, 'opened'),
    {
      key: 'review',
      header: t('sw.reviewDue'),
      cell: (c) =>
        c.closedOn ? (
          <StatusBadge tone="neutral">{t('sw.closedOn', { date: date(c.closedOn) })}</StatusBadge>
        ) : c.reviewDue < today ? (
          <StatusBadge tone="overdue">{t('sw.list.reviewOverdue', { date: date(c.reviewDue) })}</StatusBadge>
        ) : (
          date(c.reviewDue)
        ),
      sortValue: (c) => (c.closedOn ? null : c.reviewDue),
    },
    {
      key: 'tasks',
      header: t('sw.tasks'),
      cell: (c) =>
        c.overdueTasks ? (
          <StatusBadge tone="overdue">
            {t('sw.list.tasksOverdue', { open: c.openTasks, overdue: c.overdueTasks })}
          </StatusBadge>
        ) : (
          String(c.openTasks)
        ),
      sortValue: (c) => c.overdueTasks * 1000 + c.openTasks,
    },
  ];
}

/**
 * The case files the reader works on: for a worker their own, their co-workers' and their field
 * team's (so the team leader sees the team's caseload); for the director all (decision 0011).
 */
export function CaseFilesPage() {
  const { t } = useI18n();
  const [state, setState] = useState<State>('open');
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
  const list = useCursorQuery([...socialWorkKeys.all, 'list', state], (after, signal) =>
    socialWorkApi.caseFiles({ after, limit: 50, state: state || undefined }, signal),
  );
  const columns = useColumns(today);
  return (
    <Page title={t('sw.list.title')} lead={t('sw.list.lead')}>
      <StateFilter id="case-files-state" prefix="sw.list.state" all="" value={state} onValue={setState} />
      <ListTable empty={t('sw.list.none')} caption={t('sw.list.title')} columns={columns} list={list} />
    </Page>
  );
}
