import type { Enrolment, EnrolmentStatus } from '@ostoja/domain/centres/facility';
import { Link } from 'react-router-dom';
import { centresApi } from '../../api/centres.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { Facts } from '../../components/kit/details.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { Pending } from '../../components/kit/pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { Activities } from './activities.tsx';
import { EnrolForm } from './enrol-form.tsx';
import { hoursText } from './hours.ts';
import { centresKeys, useFacility } from './queries.ts';

function useColumns(status: EnrolmentStatus): Column<Enrolment>[] {
  const { t, date } = useI18n();
  const cols: Column<Enrolment>[] = [
    linkColumn<Enrolment>('name', t('ctr.person'), listName, (e) => `/enrolments/${e.id}`),
    dateColumn('requestedOn', t('ctr.requestedOn'), date, 'requested'),
    { key: 'referral', header: t('ctr.referredBy'), cell: (e) => t(`ctr.referrer.${e.referredBy}`) },
  ];
  if (status === 'waiting')
    cols.unshift({ key: 'position', header: t('ctr.position'), cell: (e) => e.position });
  if (status === 'offered')
    cols.push({ key: 'offered', header: t('ctr.offeredOn'), cell: (e) => date(e.offeredOn) });
  if (status === 'enrolled')
    cols.push({
      key: 'consent',
      header: t('ctr.consent'),
      cell: (e) => (e.consentSignedOn ? date(e.consentSignedOn) : t('ctr.consentMissing')),
    });
  return cols;
}

function Enrolments({ facilityId, status }: { facilityId: string; status: EnrolmentStatus }) {
  const { t } = useI18n();
  const list = useCursorQuery(centresKeys.enrolments(facilityId, status), (after, signal) =>
    centresApi.enrolments(facilityId, { status, after, limit: 100 }, signal),
  );
  const columns = useColumns(status);
  if (list.error) return <LoadError error={list.error} onRetry={() => list.reload()} />;
  if (!list.items.length)
    return status === 'enrolled' ? <p className="empty">{t('ctr.noneEnrolled')}</p> : null;
  return <PagedTable caption={t(`ctr.list.${status}`)} columns={columns} list={list} />;
}

/** A place: its facts, who is enrolled, offered a place and waiting, enrolment, and the classes. */
export function FacilityPage() {
  const id = useRouteId();
  const { t, money } = useI18n();
  const { can } = useAuth();
  const facility = useFacility(id);
  const f = facility.data;
  if (facility.error || !f) return <Pending query={facility} />;
  return (
    <Page
      title={f.name}
      lead={t(`ctr.kind.${f.kind}`)}
      actions={
        <>
          <Link className="button primary" to={`/facilities/${f.id}/attendance`}>
            {t('ctr.attendance')}
          </Link>{' '}
          <ActionLink to={`/facilities/${f.id}/report`}>{t('ctr.report')}</ActionLink>
        </>
      }
    >
      <Facts
        items={[
          [t('ctr.address'), f.address],
          [t('ctr.hours'), hoursText(f.openingHours, t)],
          [t('ctr.places'), t('ctr.placesValue', { enrolled: f.enrolled, capacity: f.capacity })],
          [t('ctr.waiting'), f.waiting],
          [t('ctr.staff'), f.staff.map((s) => `${s.name} (${s.role})`).join(', ') || '—'],
          [t('ctr.monthlyCost'), money(f.monthlyCostGrosze)],
          [t('ctr.charged'), f.charged ? t('ctr.charged.yes') : t('ctr.charged.no')],
        ]}
      />
      <h2>{t('ctr.list.enrolled')}</h2>
      <Enrolments facilityId={f.id} status="enrolled" />
      <Enrolments facilityId={f.id} status="offered" />
      <h2>{t('ctr.list.waiting')}</h2>
      <Enrolments facilityId={f.id} status="waiting" />
      {can('centres.work') ? <EnrolForm facility={f} /> : null}
      <Activities facilityId={f.id} />
    </Page>
  );
}
