import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { useLongDate } from './format.ts';
import { useNewsItem } from './queries.ts';

export function NewsItemPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const longDate = useLongDate();
  const item = useNewsItem(id);
  if (item.error) return <PortalLoadError error={item.error} onRetry={() => item.refetch()} />;
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
