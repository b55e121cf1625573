import type { HousingAllowanceSummary } from '@ostoja/domain/housing-allowances/application';
import { Link } from 'react-router-dom';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { housingKeys } from './queries.ts';

/** The housing allowance applications, newest first, with the manager and the amount computed. */
export function ApplicationsPage() {
  const { t, tk, date, money } = useI18n();
  const { can } = useAuth();
  const list = useCursorQuery(housingKeys.list, (after, signal) =>
    housingAllowancesApi.list({ after, limit: 50 }, signal),
  );
  const columns: Column<HousingAllowanceSummary>[] = [
    {
      key: 'number',
      header: t('fb.number'),
      cell: (a) => <Link to={`/housing-allowances/${a.id}`}>{a.number}</Link>,
      sortValue: (a) => a.number,
    },
    {
      key: 'applicant',
      header: t('fb.applicant'),
      cell: (a) => a.applicantName,
      sortValue: (a) => a.applicantName,
    },
    { key: 'manager', header: t('ha.manager'), cell: (a) => a.managerName, sortValue: (a) => a.managerName },
    {
      key: 'submittedOn',
      header: t('fb.submittedOn'),
      cell: (a) => date(a.submittedOn),
      sortValue: (a) => a.submittedOn,
    },
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
      {can('housingAllowances.write') ? (
        <p>
          <Link className="button primary" to="/housing-allowances/new">
            {t('ha.new')}
          </Link>
        </p>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{t('ha.none')}</p> : null}
      {list.items.length ? (
        <PagedTable caption={t('ha.title')} columns={columns} list={list} rowKey={(a) => a.id} />
      ) : null}
    </Page>
  );
}
