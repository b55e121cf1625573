import { Link } from 'react-router-dom';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { LoadFailed } from './feedback.tsx';
import { Page } from './page.tsx';

/** A public page that does not exist (or content no longer published). */
export function PortalNotFoundContent() {
  const { t } = useI18n();
  return (
    <Page title={t('portal.notFound.title')}>
      <p>{t('portal.notFound.body')}</p>
      <p>
        <Link to="/portal">{t('portal.notFound.home')}</Link>
      </p>
    </Page>
  );
}

/**
 * What a public page shows when its data did not load: "not found" in the portal's words (never
 * the staff's "no access" or "back to My work"), otherwise the reason and a retry.
 */
export function PortalLoadError({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useI18n();
  // A malformed address (400) is as much "not found" to a resident as a missing item (404).
  if (error.status === 404 || error.status === 400) return <PortalNotFoundContent />;
  return <LoadFailed reason={error.status === 0 ? t('error.network') : error.message} onRetry={onRetry} />;
}
