import { NEWS_KINDS, NewsInput, UpdateNews } from '@ostoja/domain/portal/content';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../../components/fields.tsx';
import { Page } from '../../../components/page.tsx';
import { ConfirmButton } from '../../../components/portal-confirm.tsx';
import { orNull, validate } from '../../../lib/forms.ts';
import { useApi } from '../../../lib/use-api.ts';
import { useSubmit } from '../../../lib/use-submit.ts';
import {
  type TextFieldDef,
  type TextsValue,
  TranslationsEditor,
  textsPayload,
  textsValue,
} from './translations-editor.tsx';

export interface StaffNews {
  id: string;
  kind: 'news' | 'announcement';
  texts: Record<string, Record<string, string>>;
  publishedAt: string | null;
  validUntil: string | null;
  pinned: boolean;
  version: number;
}

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.news.f.title', required: true },
  { name: 'summary', label: 'content.news.f.summary', rows: 2 },
  { name: 'body', label: 'content.news.f.body', rows: 8, hint: 'content.textHint' },
];

const pad = (n: number) => String(n).padStart(2, '0');
/** An ISO moment as the value of <input type="datetime-local"> (the browser's local time). */
function localInput(iso: string | null): string {
  const d = iso ? new Date(iso) : new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Adds or edits a news item or announcement: a draft, published now, or scheduled; pinned to the home page. */
export function NewsEditPage() {
  const { id } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const loaded = useApi<StaffNews>(id ? `/api/v1/portal-content/news/${id}` : null);
  const [kind, setKind] = useState<string>('news');
  const [publish, setPublish] = useState(false);
  const [publishedAt, setPublishedAt] = useState(localInput(null));
  const [validUntil, setValidUntil] = useState('');
  const [pinned, setPinned] = useState(false);
  const [texts, setTexts] = useState<TextsValue>(() => textsValue(FIELDS));
  const { state, run, invalid, reset } = useSubmit();
  const n = loaded.data;

  useEffect(() => {
    if (!n) return;
    setKind(n.kind);
    setPublish(n.publishedAt !== null);
    setPublishedAt(localInput(n.publishedAt));
    setValidUntil(n.validUntil ?? '');
    setPinned(n.pinned);
    setTexts(textsValue(FIELDS, n.texts));
  }, [n]);

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (id && !n) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const at = publish && publishedAt ? new Date(publishedAt) : null;
    const body = {
      kind,
      texts: textsPayload(texts),
      publishedAt: at && !Number.isNaN(at.getTime()) ? at.toISOString() : null,
      validUntil: orNull(validUntil),
      pinned,
      ...(n ? { version: n.version } : {}),
    };
    if (publish && !body.publishedAt) return invalid({ publishedAt: t('content.news.whenNeeded') });
    const v = n ? validate(UpdateNews, body, locale) : validate(NewsInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      if (n) await api.put(`/api/v1/portal-content/news/${n.id}`, v.data);
      else await api.post('/api/v1/portal-content/news', v.data);
      navigate('/content', { state: { saved: texts.pl.title } });
    });
  }

  async function remove() {
    if (!n) return;
    await run(async () => {
      await api.delete(`/api/v1/portal-content/news/${n.id}`);
      navigate('/content', { state: { removed: n.texts.pl?.title ?? '' } });
    });
  }

  return (
    <Page title={n ? t('content.news.edit', { title: n.texts.pl?.title ?? '' }) : t('content.news.new')}>
      <p>
        <Link to="/content">{t('content.back')}</Link>
      </p>
      {state.code === 'versionConflict' ? (
        <Alert kind="warning" title={t('form.conflictTitle')} focus>
          <p>{state.message}</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              reset();
              loaded.reload();
            }}
          >
            {t('action.reloadLatest')}
          </button>
        </Alert>
      ) : (
        <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      )}
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <fieldset className="group">
          <legend>{t('content.news.settings')}</legend>
          <SelectField
            id={fieldId('kind')}
            label={t('content.news.kind')}
            value={kind}
            onValue={setKind}
            options={NEWS_KINDS.map((k) => ({ value: k, label: t(`newsKind.${k}`) }))}
            error={state.errors.kind}
            className="w-short"
          />
          <CheckboxField
            id={fieldId('publish')}
            label={t('content.news.publish')}
            hint={t('content.news.publishHint')}
            checked={publish}
            onChecked={setPublish}
          />
          {publish ? (
            <TextField
              id={fieldId('publishedAt')}
              label={t('content.news.publishedAt')}
              type="datetime-local"
              value={publishedAt}
              onValue={setPublishedAt}
              error={state.errors.publishedAt}
              className="w-short"
            />
          ) : null}
          <TextField
            id={fieldId('validUntil')}
            label={t('content.news.validUntil')}
            hint={t('content.news.validUntilHint')}
            type="date"
            value={validUntil}
            onValue={setValidUntil}
            error={state.errors.validUntil}
            className="w-short"
          />
          <CheckboxField
            id={fieldId('pinned')}
            label={t('content.news.pinned')}
            hint={t('content.news.pinnedHint')}
            checked={pinned}
            onChecked={setPinned}
          />
        </fieldset>
        <TranslationsEditor fields={FIELDS} value={texts} onChange={setTexts} errors={state.errors} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('action.save')}
          </button>
          <Link to="/content" className="button secondary">
            {t('action.cancel')}
          </Link>
          {n ? (
            <ConfirmButton
              label={t('content.remove')}
              question={t('content.removeQuestion')}
              onConfirm={remove}
              disabled={state.busy}
            />
          ) : null}
        </div>
      </form>
    </Page>
  );
}
