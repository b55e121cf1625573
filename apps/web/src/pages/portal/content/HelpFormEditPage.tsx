import { HELP_CATEGORIES, HelpFormInput, SELF_CHECKS, UpdateHelpForm } from '@ostoja/domain/portal/content';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../api/client.ts';
import type { OfficesAnswer } from '../../../api/portal.ts';
import { useI18n } from '../../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../../components/fields.tsx';
import { Page } from '../../../components/page.tsx';
import { ConfirmButton } from '../../../components/portal-confirm.tsx';
import { CheckboxGroup } from '../../../components/portal-fields.tsx';
import { validate } from '../../../lib/forms.ts';
import { useApi } from '../../../lib/use-api.ts';
import { useSubmit } from '../../../lib/use-submit.ts';
import {
  type TextFieldDef,
  type TextsValue,
  TranslationsEditor,
  textsPayload,
  textsValue,
} from './translations-editor.tsx';

export interface StaffHelpForm {
  id: string;
  slug: string;
  category: string;
  texts: Record<string, Record<string, string>>;
  officeIds: string[];
  selfCheck: string | null;
  sortOrder: number;
  published: boolean;
  version: number;
}

const FIELDS: TextFieldDef[] = [
  { name: 'title', label: 'content.help.f.title', required: true },
  { name: 'summary', label: 'content.help.f.summary', rows: 2 },
  { name: 'description', label: 'content.help.f.description', rows: 6, hint: 'content.textHint' },
  { name: 'eligibility', label: 'content.help.f.eligibility', rows: 4, hint: 'content.textHint' },
  { name: 'whatToBring', label: 'content.help.f.whatToBring', rows: 4, hint: 'content.textHint' },
];

/** Adds or edits a form of help: the catalogue entry in three languages, where it is arranged. */
export function HelpFormEditPage() {
  const { id } = useParams();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const loaded = useApi<StaffHelpForm>(id ? `/api/v1/portal-content/help-forms/${id}` : null);
  const offices = useApi<OfficesAnswer>('/api/v1/portal/offices');
  const [slug, setSlug] = useState('');
  const [category, setCategory] = useState<string>('cash');
  const [selfCheck, setSelfCheck] = useState('');
  const [sortOrder, setSortOrder] = useState('100');
  const [published, setPublished] = useState(false);
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const [texts, setTexts] = useState<TextsValue>(() => textsValue(FIELDS));
  const { state, run, invalid, reset } = useSubmit();
  const h = loaded.data;

  useEffect(() => {
    if (!h) return;
    setSlug(h.slug);
    setCategory(h.category);
    setSelfCheck(h.selfCheck ?? '');
    setSortOrder(String(h.sortOrder));
    setPublished(h.published);
    setOfficeIds(h.officeIds);
    setTexts(textsValue(FIELDS, h.texts));
  }, [h]);

  if (loaded.error) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (id && !h) return <Loading />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      slug,
      category,
      texts: textsPayload(texts),
      officeIds,
      selfCheck: selfCheck || null,
      sortOrder: Number(sortOrder),
      published,
      ...(h ? { version: h.version } : {}),
    };
    const v = h ? validate(UpdateHelpForm, body, locale) : validate(HelpFormInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      if (h) await api.put(`/api/v1/portal-content/help-forms/${h.id}`, v.data);
      else await api.post('/api/v1/portal-content/help-forms', v.data);
      navigate('/content', { state: { saved: texts.pl.title } });
    });
  }

  async function remove() {
    if (!h) return;
    await run(async () => {
      await api.delete(`/api/v1/portal-content/help-forms/${h.id}`);
      navigate('/content', { state: { removed: h.texts.pl?.title ?? h.slug } });
    });
  }

  return (
    <Page title={h ? t('content.help.edit', { title: h.texts.pl?.title ?? h.slug }) : t('content.help.new')}>
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
          <legend>{t('content.help.settings')}</legend>
          <div className="field-row">
            <TextField
              id={fieldId('slug')}
              label={t('content.help.slug')}
              hint={t('content.help.slugHint')}
              value={slug}
              onValue={setSlug}
              error={state.errors.slug}
              required
            />
            <SelectField
              id={fieldId('category')}
              label={t('content.help.category')}
              value={category}
              onValue={setCategory}
              options={HELP_CATEGORIES.map((c) => ({ value: c, label: t(`helpCategory.${c}`) }))}
              error={state.errors.category}
            />
          </div>
          <div className="field-row">
            <SelectField
              id={fieldId('selfCheck')}
              label={t('content.help.selfCheck')}
              value={selfCheck}
              onValue={setSelfCheck}
              options={[
                { value: '', label: t('form.none') },
                ...SELF_CHECKS.map((s) => ({ value: s, label: t(`selfCheck.benefit.${s}`) })),
              ]}
              error={state.errors.selfCheck}
            />
            <TextField
              id={fieldId('sortOrder')}
              label={t('content.help.sortOrder')}
              hint={t('content.help.sortOrderHint')}
              inputMode="numeric"
              value={sortOrder}
              onValue={setSortOrder}
              error={state.errors.sortOrder}
              className="w-short"
            />
          </div>
          <CheckboxGroup
            id={fieldId('officeIds')}
            legend={t('content.help.offices')}
            values={officeIds}
            onValues={setOfficeIds}
            options={(offices.data?.offices ?? []).map((o) => ({ value: o.id, label: o.name }))}
            error={state.errors.officeIds}
          />
          <CheckboxField
            id={fieldId('published')}
            label={t('content.published')}
            hint={t('content.publishedHint')}
            checked={published}
            onChecked={setPublished}
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
          {h ? (
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
