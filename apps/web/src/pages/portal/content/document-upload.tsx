import { DOCUMENT_CATEGORIES } from '@ostoja/domain/portal/content';
import type { StaffDocument } from '@ostoja/domain/portal/content-response';
import { useRef, useState } from 'react';
import { ApiError } from '../../../api/client.ts';
import { contentApi } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField } from '../../../components/fields.tsx';
import { useEditForm } from '../../../components/kit/use-edit-form.ts';
import { useFileSize } from '../file-size.ts';
import { useContentChanged } from '../queries.ts';
import { uploadInParts } from '../upload.ts';
import { MB, uploadSchema } from './schemas.ts';
import { type TextFieldDef, TranslationsEditor, textsPayload, textsValue } from './translations-editor.tsx';

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.doc.f.title', required: true },
  { name: 'description', label: 'content.doc.f.description', rows: 3 },
];
const EMPTY = { category: 'form', texts: textsValue(FIELDS), publish: true };

/**
 * Publishes a PDF: its texts in three languages, then the file in parts with a progress bar. A
 * document can be published only once its file is complete, so publishing is the last step.
 */
export function DocumentUpload() {
  const { t } = useI18n();
  const size = useFileSize();
  const changed = useContentChanged();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ received: number; size: number } | null>(null);
  const [done, setDone] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const f = useEditForm({
    schema: uploadSchema(file),
    defaultValues: EMPTY,
    toBody: (v) => ({
      category: v.category as StaffDocument['category'],
      texts: textsPayload(v.texts) as StaffDocument['texts'],
      published: false,
    }),
    save: async (meta) => {
      if (!file) throw new ApiError(400, 'validation', '');
      const r = await uploadInParts(
        file,
        {
          first: (data, size) => contentApi.createDocument({ ...meta, fileName: file.name, size, data }),
          next: (id, offset, data) => contentApi.addDocumentPart(id, { offset, data }),
        },
        (received, size) => setProgress({ received, size }),
      );
      if (f.values.publish) await publishDocument(r.id, meta);
      return r;
    },
    onSaved: () => {
      setDone(f.values.texts.pl.title ?? '');
      f.reset({ ...EMPTY, texts: textsValue(FIELDS) });
      setFile(null);
      setProgress(null);
      if (input.current) input.current.value = '';
      changed();
    },
  });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setDone('');
        f.submit();
      }}
      noValidate
      className="card form"
    >
      <h2>{t('content.doc.add')}</h2>
      {done ? <Alert kind="success">{t('content.doc.uploaded', { title: done })}</Alert> : null}
      <ErrorSummary errors={f.errors} message={f.message} version={f.attempt} />
      <SelectField
        {...f.bind('category')}
        label={t('content.doc.category')}
        options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documentCategory.${c}`) }))}
        className="w-short"
      />
      <TranslationsEditor
        fields={FIELDS}
        value={f.values.texts}
        onChange={(x) => f.form.setValue('texts', x)}
        errors={f.errors}
      />
      <div className={`field${f.errors.file ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('file')}>{t('content.doc.file')}</label>
        <p id={`${fieldId('file')}-hint`} className="hint">
          {t('content.doc.fileHint', { mb: MB })}
        </p>
        <input
          ref={input}
          id={fieldId('file')}
          type="file"
          accept=".pdf,application/pdf"
          aria-describedby={`${fieldId('file')}-hint${f.errors.file ? ` ${fieldId('file')}-error` : ''}`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {f.errors.file ? (
          <p id={`${fieldId('file')}-error`} className="field-error">
            {f.errors.file}
          </p>
        ) : null}
      </div>
      {progress ? (
        <p>
          <progress max={progress.size} value={progress.received} aria-label={t('content.doc.progress')} />{' '}
          {size(progress.received)} / {size(progress.size)}
        </p>
      ) : null}
      <CheckboxField {...f.tick('publish')} label={t('content.doc.publish')} />
      <button type="submit" className="button primary" disabled={f.busy}>
        {t('content.doc.upload')}
      </button>
    </form>
  );
}

/** Publishes a complete document (its version read first: the upload does not change it). */
async function publishDocument(id: string, meta: Pick<StaffDocument, 'category' | 'texts'>) {
  const doc = (await contentApi.documents()).items.find((d) => d.id === id);
  if (!doc) throw new ApiError(404, 'notFound', '');
  await contentApi.updateDocument(id, { ...meta, published: true, version: doc.version });
}
