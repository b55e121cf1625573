import type { StaffDocument } from '@ostoja/domain/portal/content-response';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../../api/client.ts';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert } from '../../../components/feedback.tsx';
import { computedColumn } from '../../../components/kit/computed-column.ts';
import { ConfirmDialog } from '../../../components/kit/confirm-dialog.tsx';
import type { Column } from '../../../components/kit/paged-table.tsx';
import { Page } from '../../../components/page.tsx';
import { useFileSize } from '../file-size.ts';
import { useContentChanged, useStaffDocuments } from '../queries.ts';
import { publishedColumn } from './content-form.tsx';
import { WholeTable } from './content-list.tsx';
import { DocumentUpload } from './document-upload.tsx';

const titleOf = (d: StaffDocument) => d.texts.pl?.title ?? d.fileName;

/** Documents to download: the list with publishing and removal, and the upload of a new PDF. */
export function DocumentsAdminPage() {
  const { t, msg } = useI18n();
  const docs = useStaffDocuments();
  const size = useFileSize();
  const changed = useContentChanged();
  const [removing, setRemoving] = useState<StaffDocument | null>(null);
  // Publishing and removal: a failure is said above the list; the list is read again either way.
  const act = useMutation<unknown, ApiError, () => Promise<unknown>>({
    mutationFn: (fn) => fn(),
    onSettled: () => {
      setRemoving(null);
      changed();
    },
  });
  const toggle = (d: StaffDocument) =>
    act.mutate(() =>
      contentApi.updateDocument(d.id, {
        category: d.category,
        texts: d.texts,
        published: !d.published,
        version: d.version,
      }),
    );

  const columns: Column<StaffDocument>[] = [
    { key: 'title', header: t('content.doc.f.title'), cell: titleOf, sortValue: titleOf },
    computedColumn('category', t('content.doc.category'), (d) => t(`documentCategory.${d.category}`)),
    {
      key: 'file',
      header: t('content.doc.file'),
      cell: (d) => (
        <>
          {d.complete ? <a href={`/api/v1/portal/documents/${d.id}/file`}>{d.fileName}</a> : d.fileName} (
          {d.complete
            ? size(d.size)
            : t('content.doc.partial', { received: size(d.received), size: size(d.size) })}
          )
        </>
      ),
    },
    publishedColumn(t('content.state')),
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (d) => (
        <div className="inline-actions">
          {d.complete ? (
            <button
              type="button"
              className="button secondary small"
              disabled={act.isPending}
              onClick={() => toggle(d)}
            >
              {d.published ? t('content.unpublish') : t('content.publish')}
              <span className="visually-hidden"> — {titleOf(d)}</span>
            </button>
          ) : null}
          <button type="button" className="button danger" onClick={() => setRemoving(d)}>
            {`${t('content.remove')}: ${titleOf(d)}`}
          </button>
        </div>
      ),
    },
  ];

  return (
    <Page title={t('content.doc.title')}>
      <p>
        <Link to="/content">{t('content.back')}</Link>
      </p>
      {act.error ? (
        <Alert focus>{act.error.status === 0 ? t('error.network') : msg(act.error.message)}</Alert>
      ) : null}
      <WholeTable
        query={docs}
        caption={t('content.doc.title')}
        columns={columns}
        empty={t('portal.documents.none')}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('content.removeQuestion')}
        confirmLabel={t('content.confirm.yes')}
        danger
        busy={act.isPending}
        onConfirm={() => removing && act.mutate(() => contentApi.deleteDocument(removing.id))}
        onCancel={() => setRemoving(null)}
      >
        <p>{removing ? titleOf(removing) : ''}</p>
      </ConfirmDialog>
      <DocumentUpload />
    </Page>
  );
}
