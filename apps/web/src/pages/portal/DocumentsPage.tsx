import { DOCUMENT_CATEGORIES } from '@ostoja/domain/portal/content';
import { useI18n } from '../../app/i18n.tsx';
import { Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import { PortalLoadError } from '../../components/portal-feedback.tsx';
import { ByCategory } from './by-category.tsx';
import { useFileSize } from './file-size.ts';
import { useDocuments } from './queries.ts';

/** Documents to download (PDF, served by this site), grouped by category. */
export function DocumentsPage() {
  const { t } = useI18n();
  const size = useFileSize();
  const docs = useDocuments();
  const items = docs.data?.items ?? [];
  return (
    <Page title={t('portal.documents.title')} lead={t('portal.documents.lead')}>
      {docs.error ? <PortalLoadError error={docs.error} onRetry={() => docs.refetch()} /> : null}
      {!docs.data && !docs.error ? <Loading /> : null}
      <ByCategory
        id="doc"
        categories={DOCUMENT_CATEGORIES.filter((c) => items.some((d) => d.category === c))}
        items={items}
        heading={(c) => t(`documentCategory.${c}`)}
        className="news-list"
        itemKey={(d) => d.id}
      >
        {(d) => (
          <>
            <h3>
              <a href={d.href} download={d.fileName}>
                {d.title}
                <span className="visually-hidden">
                  {' '}
                  ({t('portal.documents.pdf', { size: size(d.size) })})
                </span>
              </a>
            </h3>
            <p className="meta" aria-hidden="true">
              {t('portal.documents.pdf', { size: size(d.size) })}
            </p>
            <p>{d.description}</p>
          </>
        )}
      </ByCategory>
      {docs.data && items.length === 0 ? <p className="empty">{t('portal.documents.none')}</p> : null}
    </Page>
  );
}
