import type { StaffUser } from '@ostoja/domain';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { usePaged } from '../../lib/use-paged.ts';

export function UsersPage() {
  const { t, tp } = useI18n();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const list = usePaged<StaffUser>('/api/v1/users?limit=50');
  return (
    <Page
      title={t('users.title')}
      actions={
        <Link to="/admin/users/new" className="button primary">
          {t('users.new')}
        </Link>
      }
    >
      {saved ? <Alert kind="success">{t('users.saved', { name: saved })}</Alert> : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.loaded && !list.error ? <Loading /> : null}
      {list.loaded ? (
        <>
          <p className="result-count" aria-live="polite">
            {tp('users.count', list.items.length)}
          </p>
          <DataTable caption={t('users.title')}>
            <thead>
              <tr>
                <th scope="col">{t('user.fullName')}</th>
                <th scope="col">{t('user.login')}</th>
                <th scope="col">{t('user.roles')}</th>
                <th scope="col">{t('user.orgUnit')}</th>
                <th scope="col">{t('user.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/admin/users/${u.id}`}>{u.fullName}</Link>
                  </td>
                  <td className="mono">{u.login}</td>
                  <td>{u.roles.map((r) => t(`role.${r}`)).join(', ')}</td>
                  <td>{u.orgUnitName ?? '—'}</td>
                  <td>
                    <span className={`badge ${u.isActive ? 'ok' : 'off'}`}>
                      {u.isActive ? t('user.active') : t('user.inactive')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {list.nextCursor ? (
            <p>
              <button
                type="button"
                className="button secondary"
                disabled={list.loading}
                onClick={list.loadMore}
              >
                {t('action.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
