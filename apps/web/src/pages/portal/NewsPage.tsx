import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api, withQuery } from '../../api/client.ts';
import type { NewsList, NewsSummary } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { useLongDate } from './hooks.ts';

const PAGE = 10;

/** News and announcements, newest first, ten at a time. */
export function NewsPage() {
  const { t, locale } = useI18n();
  const longDate = useLongDate();
  const [items, setItems] = useState<NewsSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);

  async function load(after: string | null) {
    setLoading(true);
    setError(undefined);
    try {
      const page = await api.get<NewsList>(
        withQuery('/api/v1/portal/news', { limit: PAGE, after: after ?? undefined }),
      );
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    } finally {
      setLoading(false);
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page again in a new language
  useEffect(() => {
    load(null);
  }, [locale]);

  return (
    <Page title={t('portal.news.title')}>
      {error ? <PortalLoadError error={error} onRetry={() => load(null)} /> : null}
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
      {next && !loading ? (
        <button type="button" className="button secondary" onClick={() => load(next)}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </Page>
  );
}
