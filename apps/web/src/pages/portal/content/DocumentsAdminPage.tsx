import { formatFileSize } from '@ostoja/domain/portal/files';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../../components/feedback.tsx';
import { Page } from '../../../components/page.tsx';
import { ConfirmButton } from '../../../components/portal-confirm.tsx';
import { DataTable } from '../../../components/table.tsx';
import { useApi } from '../../../lib/use-api.ts';
import { DocumentUpload } from './document-upload.tsx';

interface StaffDocument {
  id: string;
  category: string;
  texts: Record<string, Record<string, string>>;
  fileName: string;
  size: number;
  received: number;
  complete: boolean;
  published: boolean;
  version: number;
}

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** Documents to download: the list with publishing and removal, and the upload of a new PDF. */
export function DocumentsAdminPage() {
  const { t, locale } = useI18n();
  const docs = useApi<{ items: StaffDocument[] }>('/api/v1/portal-content/documents');
  const [problem, setProblem] = useState('');
  const size = (n: number) => formatFileSize(n, TAG[locale]);

  async function act(fn: () => Promise<unknown>) {
    setProblem('');
    try {
      await fn();
    } catch (e) {
      setProblem((e as Error).message);
    }
    docs.reload();
  }
  const toggle = (d: StaffDocument) =>
    act(() =>
      api.put(`/api/v1/portal-content/documents/${d.id}`, {
        category: d.category,
        texts: d.texts,
        published: !d.published,
        version: d.version,
      }),
    );

  return (
    <Page title={t('content.doc.title')}>
      <p>
        <Link to="/content">{t('content.back')}</Link>
      </p>
      {problem ? <Alert focus>{problem}</Alert> : null}
      {docs.error ? <LoadError error={docs.error} onRetry={docs.reload} /> : null}
      {!docs.data && !docs.error ? <Loading /> : null}
      {docs.data?.items.length ? (
        <DataTable caption={t('content.doc.title')}>
          <thead>
            <tr>
              <th scope="col">{t('content.doc.f.title')}</th>
              <th scope="col">{t('content.doc.category')}</th>
              <th scope="col">{t('content.doc.file')}</th>
              <th scope="col">{t('content.state')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.data.items.map((d) => {
              const title = d.texts.pl?.title ?? d.fileName;
              return (
                <tr key={d.id}>
                  <td>{title}</td>
                  <td>{t(`documentCategory.${d.category}`)}</td>
                  <td>
                    {d.complete ? (
                      <a href={`/api/v1/portal/documents/${d.id}/file`}>{d.fileName}</a>
                    ) : (
                      d.fileName
                    )}{' '}
                    (
                    {d.complete
                      ? size(d.size)
                      : t('content.doc.partial', { received: size(d.received), size: size(d.size) })}
                    )
                  </td>
                  <td>
                    <span className={`badge ${d.published ? 'ok' : 'off'}`}>
                      {d.published ? t('content.isPublished') : t('content.isDraft')}
                    </span>
                  </td>
                  <td>
                    <div className="inline-actions">
                      {d.complete ? (
                        <button type="button" className="button secondary small" onClick={() => toggle(d)}>
                          {d.published ? t('content.unpublish') : t('content.publish')}
                          <span className="visually-hidden"> — {title}</span>
                        </button>
                      ) : null}
                      <ConfirmButton
                        label={`${t('content.remove')}: ${title}`}
                        question={t('content.removeQuestion')}
                        onConfirm={() => act(() => api.delete(`/api/v1/portal-content/documents/${d.id}`))}
                      />
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      ) : null}
      {docs.data && docs.data.items.length === 0 ? (
        <p className="empty">{t('portal.documents.none')}</p>
      ) : null}
      <DocumentUpload onDone={docs.reload} />
    </Page>
  );
}
