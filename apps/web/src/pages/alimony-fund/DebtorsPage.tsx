import type { DebtorSummary } from '@ostoja/domain/alimony-fund/debtor';
import { Link } from 'react-router-dom';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { debtorKeys } from './debtor-queries.ts';

function useColumns(): Column<DebtorSummary>[] {
  const { t, date, money } = useI18n();
  return [
    {
      key: 'number',
      header: t('ad.number'),
      cell: (d) => <Link to={`/alimony-fund/debtors/${d.id}`}>{d.number}</Link>,
      sortValue: (d) => d.number,
    },
    { key: 'name', header: t('ad.name'), cell: (d) => d.name, sortValue: (d) => d.name },
    {
      key: 'gmina',
      header: t('ad.gmina'),
      cell: (d) => (
        <>
          {d.gmina}{' '}
          <StatusBadge tone={d.resident ? 'ok' : 'neutral'}>
            {t(d.resident ? 'ad.residentYes' : 'ad.residentNo')}
          </StatusBadge>
        </>
      ),
      sortValue: (d) => d.gmina,
    },
    {
      key: 'registeredOn',
      header: t('ad.registeredOn'),
      cell: (d) => date(d.registeredOn),
      sortValue: (d) => d.registeredOn,
    },
    { key: 'paid', header: t('ad.paid'), cell: (d) => money(d.paid), sortValue: (d) => d.paid },
  ];
}

/** The register of alimony debtors, newest first. */
export function DebtorsPage() {
  const { t } = useI18n();
  const list = useCursorQuery(debtorKeys.list, (after, signal) =>
    alimonyDebtorsApi.list({ after, limit: 50 }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('ad.title')} lead={t('ad.lead')}>
      <p>
        <Link to="/alimony-fund/notices">{t('ad.noticesLink')}</Link>
      </p>
      <ListTable empty={t('ad.none')} caption={t('ad.title')} columns={columns} list={list} />
    </Page>
  );
}
