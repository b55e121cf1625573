import type { HousingAllowanceSummary as Summary } from '@ostoja/domain/housing-allowances/application';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { housingKeys } from './queries.ts';

/** The housing allowance applications, newest first, with the manager and the amount computed. */
export function ApplicationsPage() {
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const list = usePagedList(housingKeys.list, housingAllowancesApi.list);
  const columns: Column<Summary>[] = [
    linkColumn<Summary>('number', t('fb.number'), (a) => a.number, recordPath('/housing-allowances')),
    textColumn('applicantName', t('fb.applicant'), 'applicant'),
    textColumn('managerName', t('ha.manager'), 'manager'),
    dateColumn<Summary>('submittedOn', t('fb.submittedOn'), date),
    { key: 'amount', header: t('ha.amount'), cell: (a) => money(a.amount), sortValue: (a) => a.amount },
    {
      key: 'status',
      header: t('fb.status'),
      cell: (a) => (
        <StatusBadge tone={a.status === 'decided' ? 'ok' : 'neutral'}>
          {tk('ha.status', a.status)}
        </StatusBadge>
      ),
      sortValue: (a) => a.status,
    },
  ];
  return (
    <Page title={t('ha.title')} lead={t('ha.lead')}>
      <NewLink to="/housing-allowances/new" allowed={can('housingAllowances.write')}>
        {t('ha.new')}
      </NewLink>
      <ListTable empty={t('ha.none')} caption={t('ha.title')} columns={columns} list={list} />
    </Page>
  );
}
