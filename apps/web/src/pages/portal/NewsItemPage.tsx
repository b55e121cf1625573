import { Link, useParams } from 'react-router-dom';
import type { NewsItem } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { useLocalizedApi, useLongDate } from './hooks.ts';

export function NewsItemPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const longDate = useLongDate();
  const item = useLocalizedApi<NewsItem>(`/api/v1/portal/news/${encodeURIComponent(id ?? '')}`);
  if (item.error) return <PortalLoadError error={item.error} onRetry={item.reload} />;
  const n = item.data;
  if (!n) return <Loading />;
  return (
    <Page title={n.title}>
      <p className="meta">
        {t(`newsKind.${n.kind}`)} · {longDate(n.publishedAt)}
        {n.validUntil ? ` · ${t('portal.news.validUntil', { date: longDate(n.validUntil) })}` : ''}
      </p>
      {n.summary ? (
        <p className="lead" lang={n.lang}>
          {n.summary}
        </p>
      ) : null}
      <PlainText text={n.body} lang={n.lang} />
      <p>
        <Link to="/portal/news">{t('portal.news.back')}</Link>
      </p>
    </Page>
  );
}
