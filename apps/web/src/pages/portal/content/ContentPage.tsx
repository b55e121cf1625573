import { LOCALES } from '@ostoja/domain';
import type { StaffHelpForm } from '@ostoja/domain/portal/content-response';
import { Link, useLocation } from 'react-router-dom';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../../components/feedback.tsx';
import { type Column, PagedTable } from '../../../components/kit/paged-table.tsx';
import { useCursorQuery } from '../../../components/kit/use-cursor-query.ts';
import { wholeList } from '../../../components/kit/whole-list.ts';
import { Page } from '../../../components/page.tsx';
import { contentKeys, useStaffHelpForms } from '../queries.ts';
import { PublishedBadge } from './content-form.tsx';

function News() {
  const { t, dateTime } = useI18n();
  const news = useCursorQuery(contentKeys.news, (after, signal) =>
    contentApi.news({ limit: 20, after }, signal),
  );
  const now = new Date().toISOString();
  return (
    <section aria-labelledby="content-news">
      <h2 id="content-news">{t('content.news.title')}</h2>
      <p>
        <Link to="/content/news/new" className="button primary">
          {t('content.news.new')}
        </Link>
      </p>
      {news.error ? <LoadError error={news.error} onRetry={() => news.reload()} /> : null}
      <ul className="news-list">
        {news.items.map((n) => (
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
      {news.hasMore ? (
        <button type="button" className="button secondary" onClick={() => news.loadMore()}>
          {t('action.loadMore')}
        </button>
      ) : null}
    </section>
  );
}

/** The forms of help: title (the link), category, languages written, published or draft. */
function HelpForms() {
  const { t } = useI18n();
  const forms = useStaffHelpForms();
  const columns: Column<StaffHelpForm>[] = [
    {
      key: 'title',
      header: t('content.help.f.title'),
      cell: (h) => <Link to={`/content/help-forms/${h.id}`}>{h.texts.pl?.title ?? h.slug}</Link>,
      sortValue: (h) => h.texts.pl?.title ?? h.slug,
    },
    {
      key: 'category',
      header: t('content.help.category'),
      cell: (h) => t(`helpCategory.${h.category}`),
      sortValue: (h) => t(`helpCategory.${h.category}`),
    },
    {
      key: 'languages',
      header: t('content.translations'),
      cell: (h) =>
        LOCALES.filter((l) => h.texts[l])
          .map((l) => l.toUpperCase())
          .join(', '),
    },
    {
      key: 'state',
      header: t('content.state'),
      cell: (h) => <PublishedBadge published={h.published} />,
      sortValue: (h) => (h.published ? 0 : 1),
    },
  ];
  return (
    <section aria-labelledby="content-help">
      <h2 id="content-help">{t('content.help.title')}</h2>
      <p>
        <Link to="/content/help-forms/new" className="button primary">
          {t('content.help.new')}
        </Link>
      </p>
      {forms.error ? <LoadError error={forms.error} onRetry={() => forms.refetch()} /> : null}
      {!forms.data && !forms.error ? <Loading /> : null}
      {forms.data?.items.length ? (
        <PagedTable
          caption={t('content.help.title')}
          columns={columns}
          list={wholeList(forms.data.items)}
          rowKey={(h) => h.id}
        />
      ) : null}
    </section>
  );
}

/** The portal's content for staff: forms of help, news, documents, the two pages. */
export function ContentPage() {
  const { t } = useI18n();
  const location = useLocation();
  const flash = location.state as { saved?: string; removed?: string } | null;
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
      <HelpForms />
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
