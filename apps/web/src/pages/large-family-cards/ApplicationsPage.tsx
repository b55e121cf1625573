import type { LargeFamilyCardApplicationPage } from '@ostoja/domain/family-benefits/large-family-card-api';
import type { OnlineKdrPage } from '@ostoja/domain/family-benefits/large-family-card-online';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { useCardColumns } from './card-columns.tsx';
import { kdrKeys } from './queries.ts';

type Summary = LargeFamilyCardApplicationPage['items'][number];
type Online = OnlineKdrPage['items'][number];

/** The cards that end next month (the clerk's list for extensions), then the applications, newest first. */
export function ApplicationsPage() {
  const { t, tk, date } = useI18n();
  const { can } = useAuth();
  const expiring = useCursorQuery(kdrKeys.expiring, (after, signal) =>
    largeFamilyCardsApi.expiring({ after, limit: 100 }, signal),
  );
  const list = useCursorQuery(kdrKeys.list, (after, signal) =>
    largeFamilyCardsApi.list({ after, limit: 50 }, signal),
  );
  const online = useCursorQuery(kdrKeys.onlineList, (after, signal) =>
    largeFamilyCardsApi.online({ after, limit: 50 }, signal),
  );
  const onlineColumns: Column<Online>[] = [
    linkColumn<Online>(
      'reference',
      t('kdrOnline.reference'),
      (a) => a.reference,
      recordPath('/large-family-cards/online'),
    ),
    textColumn('applicantName', t('kdrOnline.applicant'), 'applicant'),
    dateColumn<Online>('submittedAt', t('kdrOnline.submittedAt'), date),
    { key: 'members', header: t('kdrOnline.members'), cell: (a) => String(a.members) },
    {
      key: 'status',
      header: t('kdrOnline.status'),
      cell: (a) => (
        <StatusBadge tone={a.applicationId ? 'ok' : 'due-soon'}>
          {tk('kdrOnline.status', a.status)}
        </StatusBadge>
      ),
    },
  ];
  const cardColumns = useCardColumns(true);
  const columns: Column<Summary>[] = [
    linkColumn<Summary>('number', t('kdr.number'), (a) => a.number, recordPath('/large-family-cards')),
    textColumn('applicantName', t('kdr.applicant'), 'applicant'),
    dateColumn<Summary>('submittedOn', t('kdr.submittedOn'), date),
    { key: 'cards', header: t('kdr.cardsCount'), cell: (a) => String(a.cards), sortValue: (a) => a.cards },
  ];
  return (
    <Page title={t('kdr.title')} lead={t('kdr.lead')}>
      <NewLink to="/large-family-cards/new" allowed={can('largeFamilyCards.issue')}>
        {t('kdr.new')}
      </NewLink>
      <section aria-labelledby="kdr-expiring">
        <h2 id="kdr-expiring">{t('kdr.expiringTitle')}</h2>
        <ListTable
          empty={t('kdr.expiringNone')}
          caption={t('kdr.expiringTitle')}
          columns={cardColumns}
          list={expiring}
        />
      </section>
      <section aria-labelledby="kdr-online">
        <h2 id="kdr-online">{t('kdrOnline.title')}</h2>
        <ListTable
          empty={t('kdrOnline.none')}
          caption={t('kdrOnline.title')}
          columns={onlineColumns}
          list={online}
        />
      </section>
      <ListTable empty={t('kdr.none')} caption={t('kdr.title')} columns={columns} list={list} />
    </Page>
  );
}
