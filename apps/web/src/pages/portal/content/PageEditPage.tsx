import { COMPLIANCE, PAGE_KEYS, PageInput, pageProblems } from '@ostoja/domain/portal/content';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../../components/fields.tsx';
import { Page } from '../../../components/page.tsx';
import { NotFound } from '../../../components/status-pages.tsx';
import { type Errors, orNull, validate } from '../../../lib/forms.ts';
import { useApi } from '../../../lib/use-api.ts';
import { useSubmit } from '../../../lib/use-submit.ts';
import {
  type TextFieldDef,
  type TextsValue,
  TranslationsEditor,
  textsPayload,
  textsValue,
} from './translations-editor.tsx';

interface StaffPage {
  key: string;
  texts: Record<string, Record<string, string>> | null;
  published?: boolean;
  sitePublishedOn?: string | null;
  preparedOn?: string | null;
  compliance?: string | null;
  version: number | null;
}

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.page.f.title', required: true },
  { name: 'body', label: 'content.page.f.body', rows: 14, hint: 'content.textHint' },
];

/** The accessibility statement (with its dates and compliance status) or the contact page. */
export function PageEditPage() {
  const { key = '' } = useParams();
  const { t, locale, msg } = useI18n();
  const navigate = useNavigate();
  const known = (PAGE_KEYS as readonly string[]).includes(key);
  const loaded = useApi<StaffPage>(known ? `/api/v1/portal-content/pages/${key}` : null);
  const [texts, setTexts] = useState<TextsValue>(() => textsValue(FIELDS));
  const [published, setPublished] = useState(true);
  const [sitePublishedOn, setSitePublishedOn] = useState('');
  const [preparedOn, setPreparedOn] = useState('');
  const [compliance, setCompliance] = useState('');
  const { state, run, invalid, reset } = useSubmit();
  const p = loaded.data;
  const statement = key === 'accessibility';

  useEffect(() => {
    if (!p) return;
    setTexts(textsValue(FIELDS, p.texts));
    setPublished(p.published ?? true);
    setSitePublishedOn(p.sitePublishedOn ?? '');
    setPreparedOn(p.preparedOn ?? '');
    setCompliance(p.compliance ?? '');
  }, [p]);

  if (!known) return <NotFound />;
  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!p) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      texts: textsPayload(texts),
      published,
      ...(statement
        ? {
            sitePublishedOn: orNull(sitePublishedOn),
            preparedOn: orNull(preparedOn),
            compliance: compliance || null,
          }
        : {}),
      version: p?.version ?? null,
    };
    const v = validate(PageInput, body, locale);
    const problems: Errors = Object.fromEntries(
      v.ok ? pageProblems(key as 'accessibility', v.data).map((x) => [x.path, msg(x.message)]) : [],
    );
    if (!v.ok || Object.keys(problems).length) return invalid({ ...(v.ok ? {} : v.errors), ...problems });
    await run(async () => {
      await api.put(`/api/v1/portal-content/pages/${key}`, v.data);
      navigate('/content', { state: { saved: texts.pl.title } });
    });
  }

  return (
    <Page title={t(`content.page.${statement ? 'accessibility' : 'contact'}`)}>
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
        {statement ? (
          <fieldset className="group">
            <legend>{t('content.page.statement')}</legend>
            <div className="field-row">
              <TextField
                id={fieldId('sitePublishedOn')}
                label={t('portal.a11y.published')}
                type="date"
                value={sitePublishedOn}
                onValue={setSitePublishedOn}
                error={state.errors.sitePublishedOn}
                required
                className="w-short"
              />
              <TextField
                id={fieldId('preparedOn')}
                label={t('portal.a11y.prepared')}
                type="date"
                value={preparedOn}
                onValue={setPreparedOn}
                error={state.errors.preparedOn}
                required
                className="w-short"
              />
            </div>
            <SelectField
              id={fieldId('compliance')}
              label={t('portal.a11y.status')}
              value={compliance}
              onValue={setCompliance}
              options={[
                { value: '', label: t('form.choose') },
                ...COMPLIANCE.map((c) => ({ value: c, label: t(`compliance.${c}`) })),
              ]}
              error={state.errors.compliance}
              required
            />
          </fieldset>
        ) : null}
        <CheckboxField
          id={fieldId('published')}
          label={t('content.published')}
          checked={published}
          onChecked={setPublished}
        />
        <TranslationsEditor fields={FIELDS} value={texts} onChange={setTexts} errors={state.errors} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('action.save')}
          </button>
          <Link to="/content" className="button secondary">
            {t('action.cancel')}
          </Link>
        </div>
      </form>
    </Page>
  );
}
