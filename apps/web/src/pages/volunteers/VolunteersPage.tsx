import type { Volunteer } from '@ostoja/domain/volunteers/volunteer';
import { VOLUNTEER_STATUSES } from '@ostoja/domain/volunteers/volunteer';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api, type Page as ListPage, withQuery } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';

/** The coordinator's list of sign-ups, newest first, by status. */
export function VolunteersPage() {
  const { t, tp, dateTime } = useI18n();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'new';
  const [items, setItems] = useState<Volunteer[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const path = withQuery('/api/v1/volunteers', { status: status === 'any' ? undefined : status, limit: 50 });

  async function load(after: string | null) {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<ListPage<Volunteer>>(
        after ? `${path}&after=${encodeURIComponent(after)}` : path,
      );
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    } finally {
      setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the list starts over when the filter changes
  useEffect(() => {
    load(null);
  }, [path]);

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
      {error ? <LoadError error={error} onRetry={() => load(null)} /> : null}
      <p className="result-count" role="status">
        {loading && !items.length ? '' : tp('vol.staff.count', items.length)}
      </p>
      {items.length ? (
        <DataTable caption={t('vol.staff.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('vol.staff.name')}</th>
              <th scope="col">{t('vol.staff.contact')}</th>
              <th scope="col">{t('vol.skills')}</th>
              <th scope="col">{t('vol.staff.when')}</th>
              <th scope="col">{t('vol.staff.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((v) => (
              <tr key={v.id}>
                <td>
                  <Link to={`/volunteers/${v.id}`}>
                    {v.surname} {v.firstName}
                  </Link>
                </td>
                <td>{[v.phone, v.email].filter(Boolean).join(', ')}</td>
                <td>{v.skills.map((s) => t(`volunteerSkill.${s}`)).join(', ')}</td>
                <td className="nowrap">{dateTime(v.createdAt)}</td>
                <td>{t(`volunteerStatus.${v.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {loading ? <Loading /> : null}
      {next && !loading ? (
        <button type="button" className="button secondary" onClick={() => load(next)}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </Page>
  );
}
