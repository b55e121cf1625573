import { Link } from 'react-router-dom';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { useLongDate } from './format.ts';
import { portalKeys } from './queries.ts';

const PAGE = 10;

/** News and announcements, newest first, ten at a time (the first page again in a new language). */
export function NewsPage() {
  const { t, locale } = useI18n();
  const longDate = useLongDate();
  const news = useCursorQuery([...portalKeys.news(PAGE), locale], (after, signal) =>
    portalApi.news({ limit: PAGE, after }, signal),
  );
  const { items, error, loading } = news;

  return (
    <Page title={t('portal.news.title')}>
      {error ? <PortalLoadError error={error} onRetry={() => news.reload()} /> : null}
      <ul className="news-list">
        {items.map((n) => (
          <li key={n.id}>
            <h2 lang={n.lang}>
              <Link to={`/portal/news/${n.id}`}>{n.title}</Link>
            </h2>
            <p className="meta">
              {t(`newsKind.${n.kind}`)} · {longDate(n.publishedAt)}
            </p>
            <p lang={n.lang}>{n.summary}</p>
          </li>
        ))}
      </ul>
      {loading ? <Loading /> : null}
      {!loading && items.length === 0 && !error ? <p className="empty">{t('portal.news.none')}</p> : null}
      {news.hasMore && !loading ? (
        <button type="button" className="button secondary" onClick={() => news.loadMore()}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </Page>
  );
}
