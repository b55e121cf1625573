import type { ShelterReferral } from '@ostoja/domain/shelters/shelter';
import { sheltersApi } from '../../api/shelters.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { amountColumn, periodColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { sheltersKeys, useSheltersSaved } from './queries.ts';
import { ReferForm } from './refer-form.tsx';

function useColumns(): Column<ShelterReferral>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn<ShelterReferral>('name', t('sh.person'), listName, (r) => `/shelter-referrals/${r.id}`),
    { key: 'number', header: t('sh.number'), cell: (r) => r.number ?? t('sh.noDecision') },
    {
      key: 'shelter',
      header: t('sh.shelter'),
      cell: (r) => `${r.shelterName} (${t(`sh.kind.${r.shelterKind}`)})`,
    },
    periodColumn(t('sh.period'), date),
    amountColumn('dailyFeeGrosze', t('sh.dailyFee'), money, 'fee'),
  ];
}

/** Shelter referrals, newest first, and a new referral for whoever may refer. */
export function ShelterReferralsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const opened = useOpenSaved('/shelter-referrals', useSheltersSaved().referred);
  const list = usePagedList(sheltersKeys.referrals, sheltersApi.referrals);
  const columns = useColumns();
  return (
    <Page
      title={t('sh.title')}
      lead={t('sh.lead')}
      actions={<ActionLink to="/shelters">{t('sh.register.link')}</ActionLink>}
    >
      <ListTable empty={t('sh.none')} caption={t('sh.referrals')} columns={columns} list={list} />
      {can('shelters.decide') ? <ReferForm onSaved={opened} /> : null}
    </Page>
  );
}
