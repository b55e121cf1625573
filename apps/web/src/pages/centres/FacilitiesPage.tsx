import type { Facility } from '@ostoja/domain/centres/facility';
import { centresApi } from '../../api/centres.ts';
import { useI18n } from '../../app/i18n.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { hoursText } from './hours.ts';
import { centresKeys } from './queries.ts';

function useColumns(): Column<Facility>[] {
  const { t } = useI18n();
  return [
    linkColumn(
      'name',
      t('ctr.name'),
      (f) => f.name,
      (f) => `/facilities/${f.id}`,
    ),
    { key: 'kind', header: t('ctr.kind'), cell: (f) => t(`ctr.kind.${f.kind}`) },
    {
      key: 'places',
      header: t('ctr.places'),
      cell: (f) => t('ctr.placesValue', { enrolled: f.enrolled, capacity: f.capacity }),
      sortValue: (f) => f.capacity - f.enrolled,
    },
    { key: 'waiting', header: t('ctr.waiting'), cell: (f) => f.waiting, sortValue: (f) => f.waiting },
    { key: 'hours', header: t('ctr.hours'), cell: (f) => hoursText(f.openingHours, t) },
  ];
}

/** The support centres and clubs with their places taken and the waiting lists. */
export function FacilitiesPage() {
  const { t } = useI18n();
  const list = usePagedList(centresKeys.facilities, centresApi.facilities);
  const columns = useColumns();
  return (
    <Page title={t('ctr.title')} lead={t('ctr.lead')}>
      <ListTable empty={t('ctr.none')} caption={t('ctr.title')} columns={columns} list={list} />
    </Page>
  );
}
