import { LOCALES } from '@ostoja/domain';
import type { StaffHelpForm } from '@ostoja/domain/portal/content-response';
import { Link, useLocation } from 'react-router-dom';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, LoadError } from '../../../components/feedback.tsx';
import { computedColumn } from '../../../components/kit/computed-column.ts';
import { FixedLinks } from '../../../components/kit/fixed-links.tsx';
import { linkColumn } from '../../../components/kit/link-column.tsx';
import type { Column } from '../../../components/kit/paged-table.tsx';
import { recordPath } from '../../../components/kit/record-path.ts';
import { useCursorQuery } from '../../../components/kit/use-cursor-query.ts';
import { Page } from '../../../components/page.tsx';
import { contentKeys, useStaffHelpForms } from '../queries.ts';
import { publishedColumn } from './content-form.tsx';
import { ContentSection, WholeTable } from './content-list.tsx';

function News() {
  const { t, dateTime } = useI18n();
  const news = useCursorQuery(contentKeys.news, (after, signal) =>
    contentApi.news({ limit: 20, after }, signal),
  );
  const now = new Date().toISOString();
  return (
    <ContentSection part="news" path="/content/news">
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
    </ContentSection>
  );
}

/** The forms of help: title (the link), category, languages written, published or draft. */
function HelpForms() {
  const { t } = useI18n();
  const forms = useStaffHelpForms();
  const columns: Column<StaffHelpForm>[] = [
    linkColumn<StaffHelpForm>(
      'title',
      t('content.help.f.title'),
      (h) => h.texts.pl?.title ?? h.slug,
      recordPath('/content/help-forms'),
    ),
    computedColumn('category', t('content.help.category'), (h) => t(`helpCategory.${h.category}`)),
    {
      key: 'languages',
      header: t('content.translations'),
      cell: (h) =>
        LOCALES.filter((l) => h.texts[l])
          .map((l) => l.toUpperCase())
          .join(', '),
    },
    publishedColumn(t('content.state')),
  ];
  return (
    <ContentSection part="help" path="/content/help-forms">
      <WholeTable query={forms} caption={t('content.help.title')} columns={columns} />
    </ContentSection>
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
        <FixedLinks
          links={[
            ['/content/documents', t('content.doc.title')],
            ['/content/pages/accessibility', t('content.page.accessibility')],
            ['/content/pages/contact', t('content.page.contact')],
          ]}
        />
      </section>
    </Page>
  );
}
