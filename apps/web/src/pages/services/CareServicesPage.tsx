import type { CareServiceSummary } from '@ostoja/domain/services/care-service';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { amountColumn, periodColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { DecideForm } from './decide-form.tsx';
import { useCareServices, useServicesSaved } from './queries.ts';

function useColumns(): Column<CareServiceSummary>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn<CareServiceSummary>('name', t('cs.person'), listName, (c) => `/care-services/${c.id}`),
    { key: 'number', header: t('cs.number'), cell: (c) => c.number },
    { key: 'kind', header: t('cs.serviceKind'), cell: (c) => t(`cs.kind.${c.serviceKind}`) },
    {
      key: 'hours',
      header: t('cs.hours'),
      cell: (c) => t('cs.hoursValue', { hours: c.hoursPerDay, days: c.daysPerWeek }),
    },
    periodColumn(t('cs.period'), date),
    amountColumn('hourlyFeeGrosze', t('cs.hourlyFee'), money, 'fee'),
  ];
}

export function CareServicesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const opened = useOpenSaved('/care-services', useServicesSaved().decided);
  const list = useCareServices();
  const columns = useColumns();
  return (
    <Page title={t('cs.title')} lead={t('cs.lead')}>
      <ListTable empty={t('cs.none')} caption={t('cs.decisions')} columns={columns} list={list} />
      {can('careService.decide') ? <DecideForm onSaved={opened} /> : null}
    </Page>
  );
}
