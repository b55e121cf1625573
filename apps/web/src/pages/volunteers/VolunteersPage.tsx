import {
  VOLUNTEER_STATUSES,
  type Volunteer,
  type VolunteerStatus,
} from '@ostoja/domain/volunteers/volunteer';
import { Link, useSearchParams } from 'react-router-dom';
import { volunteersApi } from '../../api/volunteers.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { dateColumn } from '../../components/kit/columns.ts';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { volunteerKeys } from './queries.ts';

const TONE = { new: 'due-soon', accepted: 'ok', rejected: 'off' } as const;

/** The coordinator's list of sign-ups, newest first, by status. */
export function VolunteersPage() {
  const { t, tp, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'new';
  const list = useCursorQuery(volunteerKeys.list(status), (after, signal) =>
    volunteersApi.list(
      { status: status === 'any' ? undefined : (status as VolunteerStatus), after, limit: 50 },
      signal,
    ),
  );
  const columns: Column<Volunteer>[] = [
    {
      key: 'name',
      header: t('vol.staff.name'),
      cell: (v) => (
        <Link to={`/volunteers/${v.id}`}>
          {v.surname} {v.firstName}
        </Link>
      ),
      sortValue: (v) => `${v.surname} ${v.firstName}`,
    },
    {
      key: 'contact',
      header: t('vol.staff.contact'),
      cell: (v) => [v.phone, v.email].filter(Boolean).join(', '),
    },
    {
      key: 'skills',
      header: t('vol.skills'),
      cell: (v) => v.skills.map((s) => t(`volunteerSkill.${s}`)).join(', '),
    },
    { ...dateColumn<Volunteer>('createdAt', t('vol.staff.when'), dateTime, 'when'), className: 'nowrap' },
    {
      key: 'status',
      header: t('vol.staff.status'),
      cell: (v) => <StatusBadge tone={TONE[v.status]}>{t(`volunteerStatus.${v.status}`)}</StatusBadge>,
    },
  ];
  return (
    <Page title={t('vol.staff.title')}>
      <div className="filters">
        <SelectField
          id={fieldId('status')}
          label={t('vol.staff.status')}
          value={status}
          onValue={(v) => setParams({ status: v }, { replace: true })}
          options={[
            ...VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteerStatus.${s}`) })),
            { value: 'any', label: t('vol.staff.any') },
          ]}
          className="w-short"
        />
      </div>
      {list.error ? <LoadError error={list.error} onRetry={() => list.reload()} /> : null}
      <p className="result-count" role="status">
        {list.loaded ? tp('vol.staff.count', list.items.length) : ''}
      </p>
      {list.items.length ? (
        <PagedTable caption={t('vol.staff.caption')} columns={columns} list={list} />
      ) : null}
      {!list.loaded && !list.error ? <Loading /> : null}
    </Page>
  );
}
