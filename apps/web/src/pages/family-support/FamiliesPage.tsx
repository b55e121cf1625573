import { ASSISTANCE_STATUSES, type FamilyAssistanceSummary } from '@ostoja/domain/family-support/assistance';
import { useState } from 'react';
import { assistanceApi } from '../../api/family-support.ts';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { familySupportKeys } from './queries.ts';

function useColumns(): Column<FamilyAssistanceSummary>[] {
  const { t, date } = useI18n();
  return [
    linkColumn<FamilyAssistanceSummary>(
      'family',
      t('fa.family'),
      (a) => a.familyName,
      recordPath('/family-assistance'),
    ),
    { key: 'address', header: t('fa.address'), cell: (a) => a.address },
    {
      key: 'status',
      header: t('fa.status'),
      cell: (a) => (
        <StatusBadge tone={a.status === 'ended' ? 'off' : a.status === 'active' ? 'ok' : 'neutral'}>
          {t(`fa.status.${a.status}`)}
        </StatusBadge>
      ),
      sortValue: (a) => a.status,
    },
    { key: 'assistant', header: t('fa.assistant'), cell: (a) => a.assistantName ?? '—' },
    dateColumn('referredOn', t('fa.referredOn'), date),
  ];
}

/** "Moje rodziny" for an assistant (the server shows them only theirs); all, for the head. */
export function FamiliesPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const list = useCursorQuery(familySupportKeys.assistanceList(status), (after, signal) =>
    assistanceApi.list({ after, limit: 50, status: (status || undefined) as never }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('fa.title')} lead={t('fa.lead')}>
      <NoneSelect
        id="fa-status"
        label={t('fa.status')}
        value={status}
        onValue={setStatus}
        none={t('fa.status.all')}
        options={ASSISTANCE_STATUSES.map((s) => ({ value: s, label: t(`fa.status.${s}`) }))}
      />
      <ListTable empty={t('fa.none')} caption={t('fa.title')} columns={columns} list={list} />
    </Page>
  );
}
