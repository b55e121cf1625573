import type { LargeFamilyCardApplicationPage } from '@ostoja/domain/family-benefits/large-family-card-api';
import type { OnlineKdrPage } from '@ostoja/domain/family-benefits/large-family-card-online';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NewLink } from '../../components/kit/new-link.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { type CursorList, useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { useCardColumns } from './card-columns.tsx';
import { kdrKeys } from './queries.ts';

type Summary = LargeFamilyCardApplicationPage['items'][number];
type Online = OnlineKdrPage['items'][number];

/** One list of the page in a section of its own, headed by the list's title. */
function ListSection<T>({
  id,
  title,
  ...table
}: {
  id: string;
  title: string;
  empty: string;
  columns: Column<T>[];
  list: CursorList<T>;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ListTable caption={title} {...table} />
    </section>
  );
}

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
    linkColumn(
      'reference',
      t('kdrOnline.reference'),
      (a) => a.reference,
      (a) => `/large-family-cards/online/${a.id}`,
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
    linkColumn(
      'number',
      t('kdr.number'),
      (a) => a.number,
      (a) => `/large-family-cards/${a.id}`,
    ),
    textColumn('applicantName', t('kdr.applicant'), 'applicant'),
    dateColumn<Summary>('submittedOn', t('kdr.submittedOn'), date),
    { key: 'cards', header: t('kdr.cardsCount'), cell: (a) => String(a.cards), sortValue: (a) => a.cards },
  ];
  return (
    <Page title={t('kdr.title')} lead={t('kdr.lead')}>
      <NewLink to="/large-family-cards/new" allowed={can('largeFamilyCards.issue')}>
        {t('kdr.new')}
      </NewLink>
      <ListSection
        id="kdr-expiring"
        title={t('kdr.expiringTitle')}
        empty={t('kdr.expiringNone')}
        columns={cardColumns}
        list={expiring}
      />
      <ListSection
        id="kdr-online"
        title={t('kdrOnline.title')}
        empty={t('kdrOnline.none')}
        columns={onlineColumns}
        list={online}
      />
      <ListTable empty={t('kdr.none')} caption={t('kdr.title')} columns={columns} list={list} />
    </Page>
  );
}
