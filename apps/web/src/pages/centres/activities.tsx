import type { Activity } from '@ostoja/domain/centres/facility';
import { centresApi } from '../../api/centres.ts';
import { useI18n } from '../../app/i18n.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { centresKeys } from './queries.ts';

/** Classes and activities held at the place, newest first, with who took part. */
export function Activities({ facilityId }: { facilityId: string }) {
  const { t, date } = useI18n();
  const list = useCursorQuery(centresKeys.activities(facilityId), (after, signal) =>
    centresApi.activities(facilityId, { after, limit: 50 }, signal),
  );
  const columns: Column<Activity>[] = [
    {
      key: 'day',
      header: t('ctr.activity.heldOn'),
      cell: (a) => `${date(a.heldOn)} ${a.startsAt}–${a.endsAt}`,
      sortValue: (a) => a.heldOn,
    },
    textColumn('title', t('ctr.activity.title')),
    { key: 'leader', header: t('ctr.activity.leader'), cell: (a) => a.leader },
    {
      key: 'participants',
      header: t('ctr.activity.participants'),
      cell: (a) => a.participants.map(listName).join(', ') || '—',
      sortValue: (a) => a.participants.length,
    },
  ];
  return (
    <Section id="ctr-activities" title={t('ctr.activities')}>
      <ListTable empty={t('ctr.activity.none')} caption={t('ctr.activities')} columns={columns} list={list} />
    </Section>
  );
}
