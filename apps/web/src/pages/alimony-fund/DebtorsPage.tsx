import type { DebtorSummary } from '@ostoja/domain/alimony-fund/debtor';
import { Link } from 'react-router-dom';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { amountColumn, dateColumn, textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { debtorKeys } from './debtor-queries.ts';

function useColumns(): Column<DebtorSummary>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn(
      'number',
      t('ad.number'),
      (d) => d.number,
      (d) => `/alimony-fund/debtors/${d.id}`,
    ),
    textColumn('name', t('ad.name')),
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
    dateColumn('registeredOn', t('ad.registeredOn'), date),
    amountColumn('paid', t('ad.paid'), money),
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
