import type { DebtorNotice } from '@ostoja/domain/alimony-fund/debtor';
import { Link } from 'react-router-dom';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { debtorKeys } from './debtor-queries.ts';

/** One notice's cells, shared by the register and the debtor's page. */
export function useNoticeColumns(withDebtor: boolean): Column<DebtorNotice>[] {
  const { t, date } = useI18n();
  const columns: Column<DebtorNotice>[] = [
    { key: 'number', header: t('ad.number'), cell: (n) => n.number, sortValue: (n) => n.number },
    { key: 'on', header: t('ad.noticeOn'), cell: (n) => date(n.on), sortValue: (n) => n.on },
    { key: 'kind', header: t('ad.noticeKind'), cell: (n) => t(`ad.notice.${n.kind}`) },
    { key: 'direction', header: t('ad.direction'), cell: (n) => t(`ad.direction.${n.direction}`) },
    { key: 'gmina', header: t('ad.noticeGmina'), cell: (n) => n.gmina, sortValue: (n) => n.gmina },
    {
      key: 'letter',
      header: t('ad.letter'),
      cell: (n) =>
        n.direction === 'outgoing' ? (
          <a href={alimonyDebtorsApi.noticePdfUrl(n.id)} target="_blank" rel="noreferrer">
            {t('ad.letter')} {n.number}
          </a>
        ) : (
          (n.note ?? '')
        ),
    },
  ];
  if (withDebtor)
    columns.splice(2, 0, {
      key: 'debtor',
      header: t('ad.name'),
      cell: (n) => <Link to={`/alimony-fund/debtors/${n.debtorId}`}>{n.debtorName}</Link>,
      sortValue: (n) => n.debtorName,
    });
  return columns;
}

/** The register of notices between the creditor's and the debtor's gmina, newest first. */
export function NoticesPage() {
  const { t } = useI18n();
  const list = useCursorQuery(debtorKeys.notices, (after, signal) =>
    alimonyDebtorsApi.notices({ after, limit: 50 }, signal),
  );
  const columns = useNoticeColumns(true);
  return (
    <Page title={t('ad.noticesLink')}>
      <ListTable empty={t('ad.noNotices')} caption={t('ad.notices')} columns={columns} list={list} />
    </Page>
  );
}
