import type { DebtorNotice } from '@ostoja/domain/alimony-fund/debtor';
import { alimonyDebtorsApi } from '../../api/alimony-debtors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { debtorKeys } from './debtor-queries.ts';

/** One notice's cells, shared by the register and the debtor's page. */
export function useNoticeColumns(withDebtor: boolean): Column<DebtorNotice>[] {
  const { t, date } = useI18n();
  const columns: Column<DebtorNotice>[] = [
    textColumn('number', t('ad.number')),
    dateColumn('on', t('ad.noticeOn'), date),
    { key: 'kind', header: t('ad.noticeKind'), cell: (n) => t(`ad.notice.${n.kind}`) },
    { key: 'direction', header: t('ad.direction'), cell: (n) => t(`ad.direction.${n.direction}`) },
    textColumn('gmina', t('ad.noticeGmina')),
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
    columns.splice(
      2,
      0,
      linkColumn(
        'debtor',
        t('ad.name'),
        (n) => n.debtorName,
        (n) => `/alimony-fund/debtors/${n.debtorId}`,
      ),
    );
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
