import type { DpsReferralSummary } from '@ostoja/domain/services/dps';
import { Link } from 'react-router-dom';
import { dpsApi } from '../../api/dps.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { countColumn, dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { OpenReferralForm } from './open-form.tsx';
import { dpsKeys, useDpsSaved } from './queries.ts';

const TONE = { file: 'neutral', waiting: 'due-soon', resident: 'ok' } as const;

function useColumns(): Column<DpsReferralSummary>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn<DpsReferralSummary>('name', t('dps.person'), listName, (r) => `/dps/referrals/${r.id}`),
    { key: 'home', header: t('dps.home'), cell: (r) => r.homeName },
    {
      key: 'status',
      header: t('dps.status'),
      cell: (r) => <StatusBadge tone={TONE[r.status]}>{t(`dps.status.${r.status}`)}</StatusBadge>,
    },
    dateColumn('referredOn', t('dps.referredOn'), date),
    dateColumn('admittedOn', t('dps.admittedOn'), date),
    {
      key: 'gmina',
      header: t('dps.gminaMonthly'),
      cell: (r) => (r.gminaGrosze === null ? '' : money(r.gminaGrosze)),
      sortValue: (r) => r.gminaGrosze,
    },
  ];
}

/** The DPS desk: the waiting list by the date of the referral decision, every file, a new referral. */
export function DpsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const opened = useOpenSaved('/dps/referrals', useDpsSaved());
  const waiting = usePagedList(dpsKeys.waiting, dpsApi.waitingList, 100);
  const files = usePagedList(dpsKeys.referrals, dpsApi.referrals);
  const columns = useColumns();
  const place = countColumn<DpsReferralSummary & { place: number }>('place', t('dps.place'));
  return (
    <Page title={t('dps.title')} lead={t('dps.lead')}>
      <p>
        <Link to="/dps/monthly-cost">{t('dps.costLink')}</Link>
        {can('serviceFees.manage') ? (
          <>
            {' · '}
            <Link to="/dps/homes">{t('dpsHomes.link')}</Link>
          </>
        ) : null}
      </p>
      <h2>{t('dps.waiting')}</h2>
      <ListTable
        empty={t('dps.waitingNone')}
        caption={t('dps.waiting')}
        columns={[place, ...(columns as Column<DpsReferralSummary & { place: number }>[])]}
        list={waiting}
      />
      <h2>{t('dps.files')}</h2>
      <ListTable empty={t('dps.filesNone')} caption={t('dps.files')} columns={columns} list={files} />
      {can('dps.manage') ? <OpenReferralForm onSaved={opened} /> : null}
    </Page>
  );
}
