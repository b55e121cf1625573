import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { PortalPending } from '../../components/kit/portal-pending.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { PlainText } from '../../components/portal-text.tsx';
import { useLongDate } from './format.ts';
import { useNewsItem } from './queries.ts';

export function NewsItemPage() {
  const { t } = useI18n();
  const longDate = useLongDate();
  const item = useNewsItem(useRouteId());
  if (item.error || !item.data) return <PortalPending query={item} />;
  const n = item.data;
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
