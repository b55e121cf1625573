import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { formatAddress } from '../../lib/format.ts';
import { useHoursText } from './opening-hours.tsx';
import { useOrgUnits } from './queries.ts';

export function OrgUnitsPage() {
  const { t } = useI18n();
  const hoursText = useHoursText();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const { data, error, refetch } = useOrgUnits();
  const byId = new Map((data?.items ?? []).map((u) => [u.id, u]));
  return (
    <Page
      title={t('orgUnits.title')}
      actions={
        <Link to="/admin/org-units/new" className="button primary">
          {t('orgUnits.new')}
        </Link>
      }
    >
      {saved ? <Alert kind="success">{t('orgUnits.saved', { name: saved })}</Alert> : null}
      {error ? <LoadError error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <DataTable caption={t('orgUnits.title')}>
          <thead>
            <tr>
              <th scope="col">{t('orgUnit.name')}</th>
              <th scope="col">{t('orgUnit.kind')}</th>
              <th scope="col">{t('orgUnit.parent')}</th>
              <th scope="col">{t('orgUnit.address')}</th>
              <th scope="col">{t('orgUnit.openingHours')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((u) => (
              <tr key={u.id}>
                <td>
                  <Link to={`/admin/org-units/${u.id}`}>{u.name}</Link>
                </td>
                <td>{t(`orgUnitKind.${u.kind}`)}</td>
                <td>{u.parentId ? (byId.get(u.parentId)?.name ?? '—') : '—'}</td>
                <td>{formatAddress(u) || '—'}</td>
                <td>{u.openingHours.length ? hoursText(u.openingHours) : '—'}</td>
                <td>
                  {u.kind === 'fieldTeam' ? (
                    <Link to={`/admin/org-units/${u.id}/streets`}>
                      {t('streets.link')}
                      <span className="visually-hidden"> — {u.name}</span>
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Page>
  );
}
