import type { AlimonyFundApplicationSummary } from '@ostoja/domain/alimony-fund/application';
import { Link } from 'react-router-dom';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { alimonyFundKeys } from './queries.ts';

export const statusTone = (s: AlimonyFundApplicationSummary['status']) =>
  s === 'decided' ? 'ok' : 'neutral';

function useColumns(): Column<AlimonyFundApplicationSummary>[] {
  const { t, date, money } = useI18n();
  return [
    {
      key: 'number',
      header: t('fb.number'),
      cell: (a) => <Link to={`/alimony-fund/${a.id}`}>{a.number}</Link>,
      sortValue: (a) => a.number,
    },
    {
      key: 'applicant',
      header: t('fb.applicant'),
      cell: (a) => a.applicantName,
      sortValue: (a) => a.applicantName,
    },
    { key: 'debtor', header: t('af.debtor'), cell: (a) => a.debtorName, sortValue: (a) => a.debtorName },
    {
      key: 'submittedOn',
      header: t('fb.submittedOn'),
      cell: (a) => date(a.submittedOn),
      sortValue: (a) => a.submittedOn,
    },
    { key: 'period', header: t('af.period'), cell: (a) => a.period },
    { key: 'income', header: t('fb.incomePerPerson'), cell: (a) => money(a.incomePerPerson) },
    {
      key: 'status',
      header: t('fb.status'),
      cell: (a) => <StatusBadge tone={statusTone(a.status)}>{t(`af.status.${a.status}`)}</StatusBadge>,
      sortValue: (a) => a.status,
    },
  ];
}

/** The alimony fund applications, newest first. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useCursorQuery(alimonyFundKeys.list, (after, signal) =>
    alimonyFundApi.list({ after, limit: 50 }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('af.title')} lead={t('af.lead')}>
      {can('alimonyFund.write') ? (
        <p>
          <Link className="button primary" to="/alimony-fund/new">
            {t('af.new')}
          </Link>
        </p>
      ) : null}
      {can('alimonyDebtors.read') ? (
        <p>
          <Link to="/alimony-fund/debtors">{t('ad.registerLink')}</Link>
        </p>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{t('af.none')}</p> : null}
      {list.items.length ? (
        <PagedTable caption={t('af.title')} columns={columns} list={list} rowKey={(a) => a.id} />
      ) : null}
    </Page>
  );
}
