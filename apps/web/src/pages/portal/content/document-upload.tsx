import { DOCUMENT_CATEGORIES, DocumentMeta } from '@ostoja/domain/portal/content';
import { formatFileSize, UPLOAD_LIMITS } from '@ostoja/domain/portal/files';
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, ErrorSummary } from '../../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField } from '../../../components/fields.tsx';
import { type Errors, validate } from '../../../lib/forms.ts';
import { useSubmit } from '../../../lib/use-submit.ts';
import { type PartResult, precheck, uploadInParts } from '../upload.ts';
import {
  type TextFieldDef,
  type TextsValue,
  TranslationsEditor,
  textsPayload,
  textsValue,
} from './translations-editor.tsx';

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.doc.f.title', required: true },
  { name: 'description', label: 'content.doc.f.description', rows: 3 },
];
const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/**
 * Publishes a PDF: its texts in three languages, then the file in parts with a progress bar. A
 * document can be published only once its file is complete, so publishing is the last step.
 */
export function DocumentUpload({ onDone }: { onDone(): void }) {
  const { t, locale } = useI18n();
  const [category, setCategory] = useState('form');
  const [texts, setTexts] = useState<TextsValue>(() => textsValue(FIELDS));
  const [publish, setPublish] = useState(true);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ received: number; size: number } | null>(null);
  const [done, setDone] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const { state, run, invalid } = useSubmit();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone('');
    const meta = { category, texts: textsPayload(texts), published: false };
    const v = validate(DocumentMeta, meta, locale);
    const errors: Errors = v.ok ? {} : { ...v.errors };
    const problem = file ? precheck(file, UPLOAD_LIMITS.maxDocumentBytes, ['application/pdf']) : 'missing';
    if (problem)
      errors.file = t(`content.doc.problem.${problem}`, { mb: UPLOAD_LIMITS.maxDocumentBytes / 1024 / 1024 });
    if (!v.ok || !file || problem) return invalid(errors);
    const ok = await run(async () => {
      const r = await uploadInParts(
        file,
        {
          first: (data, size) =>
            api.post<PartResult>('/api/v1/portal-content/documents', {
              ...v.data,
              fileName: file.name,
              size,
              data,
            }),
          next: (id, offset, data) =>
            api.post<PartResult>(`/api/v1/portal-content/documents/${id}/parts`, { offset, data }),
        },
        (received, size) => setProgress({ received, size }),
      );
      if (publish) await publishDocument(r.id, v.data);
    });
    if (ok) {
      setDone(texts.pl.title ?? '');
      setTexts(textsValue(FIELDS));
      setFile(null);
      setProgress(null);
      if (input.current) input.current.value = '';
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="card form">
      <h2>{t('content.doc.add')}</h2>
      {done ? <Alert kind="success">{t('content.doc.uploaded', { title: done })}</Alert> : null}
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <SelectField
        id={fieldId('category')}
        label={t('content.doc.category')}
        value={category}
        onValue={setCategory}
        options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documentCategory.${c}`) }))}
        className="w-short"
      />
      <TranslationsEditor fields={FIELDS} value={texts} onChange={setTexts} errors={state.errors} />
      <div className={`field${state.errors.file ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('file')}>{t('content.doc.file')}</label>
        <p id={`${fieldId('file')}-hint`} className="hint">
          {t('content.doc.fileHint', { mb: UPLOAD_LIMITS.maxDocumentBytes / 1024 / 1024 })}
        </p>
        <input
          ref={input}
          id={fieldId('file')}
          type="file"
          accept=".pdf,application/pdf"
          aria-describedby={`${fieldId('file')}-hint${state.errors.file ? ` ${fieldId('file')}-error` : ''}`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {state.errors.file ? (
          <p id={`${fieldId('file')}-error`} className="field-error">
            {state.errors.file}
          </p>
        ) : null}
      </div>
      {progress ? (
        <p>
          <progress max={progress.size} value={progress.received} aria-label={t('content.doc.progress')} />{' '}
          {formatFileSize(progress.received, TAG[locale])} / {formatFileSize(progress.size, TAG[locale])}
        </p>
      ) : null}
      <CheckboxField
        id={fieldId('publish')}
        label={t('content.doc.publish')}
        checked={publish}
        onChecked={setPublish}
      />
      <button type="submit" className="button primary" disabled={state.busy}>
        {t('content.doc.upload')}
      </button>
    </form>
  );
}

/** Publishes a complete document (its version read first: the upload does not change it). */
export async function publishDocument(
  id: string,
  meta: { category: string; texts: unknown },
  published = true,
) {
  const list = await api.get<{ items: { id: string; version: number }[] }>(
    '/api/v1/portal-content/documents',
  );
  const doc = list.items.find((d) => d.id === id);
  if (!doc) throw new ApiError(404, 'notFound', '');
  await api.put(`/api/v1/portal-content/documents/${id}`, { ...meta, published, version: doc.version });
}
