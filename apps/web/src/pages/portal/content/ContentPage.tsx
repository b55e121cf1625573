import { LOCALES } from '@ostoja/domain';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError, api, type Page as ListPage, withQuery } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { DataTable } from '../../../components/table.tsx';
import { useApi } from '../../../lib/use-api.ts';
import type { StaffHelpForm } from './HelpFormEditPage.tsx';
import type { StaffNews } from './NewsEditPage.tsx';

function News() {
  const { t, dateTime } = useI18n();
  const [items, setItems] = useState<StaffNews[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  async function load(after: string | null) {
    try {
      const page = await api.get<ListPage<StaffNews>>(
        withQuery('/api/v1/portal-content/news', { limit: 20, after: after ?? undefined }),
      );
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'network', ''));
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first page, once
  useEffect(() => {
    load(null);
  }, []);
  const now = new Date().toISOString();
  return (
    <section aria-labelledby="content-news">
      <h2 id="content-news">{t('content.news.title')}</h2>
      <p>
        <Link to="/content/news/new" className="button primary">
          {t('content.news.new')}
        </Link>
      </p>
      {error ? <LoadError error={error} onRetry={() => load(null)} /> : null}
      <ul className="news-list">
        {items.map((n) => (
          <li key={n.id}>
            <h3>
              <Link to={`/content/news/${n.id}`}>{n.texts.pl?.title}</Link>
            </h3>
            <p className="meta">
              {t(`newsKind.${n.kind}`)} ·{' '}
              {n.publishedAt === null
                ? t('content.isDraft')
                : n.publishedAt > now
                  ? t('content.news.scheduled', { at: dateTime(n.publishedAt) })
                  : t('content.news.publishedOn', { at: dateTime(n.publishedAt) })}
              {n.pinned ? ` · ${t('content.news.pinned')}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {next ? (
        <button type="button" className="button secondary" onClick={() => load(next)}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

/** The portal's content for staff: forms of help, news, documents, the two pages. */
export function ContentPage() {
  const { t } = useI18n();
  const location = useLocation();
  const flash = location.state as { saved?: string; removed?: string } | null;
  const forms = useApi<{ items: StaffHelpForm[] }>('/api/v1/portal-content/help-forms');
  return (
    <Page title={t('content.title')} lead={t('content.lead')}>
      {flash?.saved ? <Alert kind="success">{t('content.saved', { title: flash.saved })}</Alert> : null}
      {flash?.removed ? <Alert kind="success">{t('content.removed', { title: flash.removed })}</Alert> : null}
      <p>
        <Link to="/portal" target="_blank" rel="noopener">
          {t('content.viewPortal')}
          <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
        </Link>
      </p>
      <section aria-labelledby="content-help">
        <h2 id="content-help">{t('content.help.title')}</h2>
        <p>
          <Link to="/content/help-forms/new" className="button primary">
            {t('content.help.new')}
          </Link>
        </p>
        {forms.error ? <LoadError error={forms.error} onRetry={forms.reload} /> : null}
        {!forms.data && !forms.error ? <Loading /> : null}
        {forms.data?.items.length ? (
          <DataTable caption={t('content.help.title')} compact>
            <thead>
              <tr>
                <th scope="col">{t('content.help.f.title')}</th>
                <th scope="col">{t('content.help.category')}</th>
                <th scope="col">{t('content.translations')}</th>
                <th scope="col">{t('content.state')}</th>
              </tr>
            </thead>
            <tbody>
              {forms.data.items.map((h) => (
                <tr key={h.id}>
                  <td>
                    <Link to={`/content/help-forms/${h.id}`}>{h.texts.pl?.title ?? h.slug}</Link>
                  </td>
                  <td>{t(`helpCategory.${h.category}`)}</td>
                  <td>
                    {LOCALES.filter((l) => h.texts[l])
                      .map((l) => l.toUpperCase())
                      .join(', ')}
                  </td>
                  <td>
                    <span className={`badge ${h.published ? 'ok' : 'off'}`}>
                      {h.published ? t('content.isPublished') : t('content.isDraft')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : null}
      </section>
      <News />
      <section aria-labelledby="content-other">
        <h2 id="content-other">{t('content.other')}</h2>
        <ul className="link-list">
          <li>
            <Link to="/content/documents">{t('content.doc.title')}</Link>
          </li>
          <li>
            <Link to="/content/pages/accessibility">{t('content.page.accessibility')}</Link>
          </li>
          <li>
            <Link to="/content/pages/contact">{t('content.page.contact')}</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
