import { LOCALES } from '@ostoja/domain';
import { SPECIALIST_KINDS, SpecialistInput, UpdateSpecialist } from '@ostoja/domain/counselling/specialist';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { TextAreaField } from '../../components/portal-fields.tsx';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';

export interface SetupSpecialist {
  id: string;
  kind: string;
  publicName: string;
  staffUserId: string | null;
  staffName: string | null;
  texts: Record<string, { description: string }> | null;
  active: boolean;
  version: number;
}

const NATIVE = { pl: 'Polski', uk: 'Українська', en: 'English' } as const;

/** Adds a specialist or edits one: kind, the name residents see, the description in three languages. */
export function SpecialistForm({
  specialist,
  onSaved,
  onCancel,
}: {
  specialist: SetupSpecialist | null;
  onSaved(): void;
  onCancel?: () => void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState(specialist?.kind ?? 'psychologist');
  const [publicName, setPublicName] = useState(specialist?.publicName ?? '');
  const [active, setActive] = useState(specialist?.active ?? true);
  const [texts, setTexts] = useState<Record<string, string>>(
    Object.fromEntries(LOCALES.map((l) => [l, specialist?.texts?.[l]?.description ?? ''])),
  );
  const { state, run, invalid } = useSubmit();
  const prefix = `sp-${specialist?.id ?? 'new'}`;
  const summary = Object.fromEntries(Object.entries(state.errors).map(([p, m]) => [`${prefix}.${p}`, m]));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Translations are optional; a description only in Polish is served to everyone in Polish.
    const given = LOCALES.filter((l) => texts[l]?.trim());
    const body = {
      kind,
      publicName,
      staffUserId: specialist?.staffUserId ?? null,
      texts: texts.pl?.trim()
        ? Object.fromEntries(given.map((l) => [l, { description: texts[l]!.trim() }]))
        : null,
      active,
      ...(specialist ? { version: specialist.version } : {}),
    };
    const v = specialist ? validate(UpdateSpecialist, body, locale) : validate(SpecialistInput, body, locale);
    if (!v.ok) return invalid(v.errors);
    const ok = await run(() =>
      specialist
        ? api.put(`/api/v1/counselling/setup/specialists/${specialist.id}`, v.data)
        : api.post('/api/v1/counselling/setup/specialists', v.data),
    );
    if (ok) onSaved();
  }

  return (
    <form onSubmit={submit} noValidate className="inline-panel">
      <p className="alert-title">
        {specialist ? t('couns.setup.editSpecialist') : t('couns.setup.addSpecialist')}
      </p>
      <ErrorSummary errors={summary} message={state.message} version={state.attempt} />
      <div className="field-row">
        <SelectField
          id={fieldId(`${prefix}.kind`)}
          label={t('couns.setup.kind')}
          value={kind}
          onValue={setKind}
          options={SPECIALIST_KINDS.map((k) => ({ value: k, label: t(`specialistKind.${k}`) }))}
          error={state.errors.kind}
        />
        <TextField
          id={fieldId(`${prefix}.publicName`)}
          label={t('couns.setup.publicName')}
          hint={t('couns.setup.publicNameHint')}
          value={publicName}
          onValue={setPublicName}
          error={state.errors.publicName}
          required
          className="wide"
        />
      </div>
      {LOCALES.map((l) => (
        <TextAreaField
          key={l}
          id={fieldId(`${prefix}.texts.${l}.description`)}
          label={`${t('couns.setup.description')} — ${NATIVE[l]}`}
          lang={l}
          value={texts[l] ?? ''}
          onValue={(v) => setTexts({ ...texts, [l]: v })}
          error={state.errors[`texts.${l}.description`]}
          rows={3}
        />
      ))}
      <CheckboxField
        id={fieldId(`${prefix}.active`)}
        label={t('couns.setup.active')}
        hint={t('couns.setup.activeHint')}
        checked={active}
        onChecked={setActive}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.busy}>
          {t('action.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
