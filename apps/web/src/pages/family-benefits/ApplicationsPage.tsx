import type { FamilyBenefitApplicationSummary } from '@ostoja/domain/family-benefits/application';
import { Link } from 'react-router-dom';
import { familyBenefitsApi } from '../../api/family-benefits.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { familyBenefitsKeys } from './queries.ts';

export const statusTone = (s: FamilyBenefitApplicationSummary['status']) =>
  s === 'decided' ? 'ok' : s === 'incomplete' ? 'due-soon' : 'neutral';

function useColumns(): Column<FamilyBenefitApplicationSummary>[] {
  const { t, date, money } = useI18n();
  return [
    {
      key: 'number',
      header: t('fb.number'),
      cell: (a) => <Link to={`/family-benefits/${a.id}`}>{a.number}</Link>,
      sortValue: (a) => a.number,
    },
    {
      key: 'applicant',
      header: t('fb.applicant'),
      cell: (a) => a.applicantName,
      sortValue: (a) => a.applicantName,
    },
    {
      key: 'submittedOn',
      header: t('fb.submittedOn'),
      cell: (a) => date(a.submittedOn),
      sortValue: (a) => a.submittedOn,
    },
    { key: 'period', header: t('fb.period'), cell: (a) => a.period },
    { key: 'income', header: t('fb.incomePerPerson'), cell: (a) => money(a.incomePerPerson) },
    {
      key: 'status',
      header: t('fb.status'),
      cell: (a) => <StatusBadge tone={statusTone(a.status)}>{t(`fb.status.${a.status}`)}</StatusBadge>,
      sortValue: (a) => a.status,
    },
  ];
}

/** The family benefit applications, newest first. */
export function ApplicationsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useCursorQuery(familyBenefitsKeys.list, (after, signal) =>
    familyBenefitsApi.list({ after, limit: 50 }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('fb.title')} lead={t('fb.lead')}>
      {can('familyBenefits.write') ? (
        <p>
          <Link className="button primary" to="/family-benefits/new">
            {t('fb.new')}
          </Link>
        </p>
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      {list.loaded && !list.items.length ? <p className="empty">{t('fb.none')}</p> : null}
      {list.items.length ? (
        <PagedTable caption={t('fb.title')} columns={columns} list={list} rowKey={(a) => a.id} />
      ) : null}
    </Page>
  );
}
