import type { ProceedingSummary } from '@ostoja/domain/alcohol-commission/proceeding';
import { useState } from 'react';
import { alcoholCommissionApi } from '../../api/alcohol-commission.ts';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StateFilter } from '../../components/kit/state-filter.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { commissionKeys } from './queries.ts';

type State = '' | 'open' | 'closed';

/** A proceeding's page. */
export const proceedingPath = (p: { id: string }) => `/alcohol-commission/proceedings/${p.id}`;

/** The deadline a proceeding waits on, red when past. */
export function DueCell({ p, today }: { p: ProceedingSummary; today: string }) {
  const { t, date } = useI18n();
  if (!p.nextDue || !p.nextDueKind) return <>—</>;
  const label = t('ac.due', { kind: t(`ac.dueKind.${p.nextDueKind}`), date: date(p.nextDue) });
  return p.nextDue < today ? <StatusBadge tone="overdue">{label}</StatusBadge> : label;
}

/** Proceedings towards treatment, newest report first: only the commission reaches this screen. */
export function ProceedingsPage() {
  const { t, date } = useI18n();
  const [state, setState] = useState<State>('open');
  const today = todayIso();
  const list = useCursorQuery([...commissionKeys.proceedings, state], (after, signal) =>
    alcoholCommissionApi.proceedings({ after, limit: 50, state: state || undefined }, signal),
  );
  const columns: Column<ProceedingSummary>[] = [
    linkColumn<ProceedingSummary>('number', t('ac.number'), (p) => p.number, proceedingPath),
    {
      key: 'person',
      header: t('ac.person'),
      cell: (p) => p.person.fullName,
      sortValue: (p) => p.person.fullName,
    },
    dateColumn('reportedOn', t('ac.reportedOn'), date, 'reported'),
    {
      key: 'status',
      header: t('ac.status'),
      cell: (p) => <StatusBadge tone="neutral">{t(`ac.status.${p.status}`)}</StatusBadge>,
      sortValue: (p) => p.status,
    },
    {
      key: 'due',
      header: t('ac.nextDue'),
      cell: (p) => <DueCell p={p} today={today} />,
      sortValue: (p) => p.nextDue,
    },
  ];
  return (
    <Page title={t('ac.list.title')} lead={t('ac.list.lead')}>
      <NewLink to="/alcohol-commission/proceedings/new" allowed>
        {t('ac.open.title')}
      </NewLink>
      <StateFilter id="proceedings-state" prefix="ac.list.state" all="" value={state} onValue={setState} />
      <ListTable empty={t('ac.list.none')} caption={t('ac.list.title')} columns={columns} list={list} />
    </Page>
  );
}
