import { Link } from 'react-router-dom';
import { useI18n } from '../app/i18n.tsx';
import { Page } from './page.tsx';

/** A status page: its lines, then the way back home. */
function StatusPage({ title, lines }: { title: string; lines: string[] }) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      <div className="status-page">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <Link to="/">{t('nav.backHome')}</Link>
        </p>
      </div>
    </Page>
  );
}

/** Shown when the user's roles lack the permission a page needs (HTTP 403 or a route guard). */
export function NoAccess() {
  const { t } = useI18n();
  return <StatusPage title={t('noAccess.title')} lines={[t('noAccess.body'), t('noAccess.help')]} />;
}

export function NotFound() {
  const { t } = useI18n();
  return <StatusPage title={t('notFound.title')} lines={[t('notFound.body')]} />;
}
