import { Link } from 'react-router-dom';
import { useI18n } from '../app/i18n.tsx';
import { Page } from './page.tsx';

/** Shown when the user's roles lack the permission a page needs (HTTP 403 or a route guard). */
export function NoAccess() {
  const { t } = useI18n();
  return (
    <Page title={t('noAccess.title')}>
      <div className="status-page">
        <p>{t('noAccess.body')}</p>
        <p>{t('noAccess.help')}</p>
        <p>
          <Link to="/">{t('nav.backHome')}</Link>
        </p>
      </div>
    </Page>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t('notFound.title')}>
      <div className="status-page">
        <p>{t('notFound.body')}</p>
        <p>
          <Link to="/">{t('nav.backHome')}</Link>
        </p>
      </div>
    </Page>
  );
}
