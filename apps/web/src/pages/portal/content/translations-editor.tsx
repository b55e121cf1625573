import { LOCALES, type Locale } from '@ostoja/domain';
import { useI18n } from '../../../app/i18n.tsx';
import { fieldId, TextField } from '../../../components/fields.tsx';
import { TextAreaField } from '../../../components/portal-fields.tsx';
import type { UiKey } from '../../../i18n/keys.ts';
import type { Errors } from '../../../lib/forms.ts';

export interface TextFieldDef {
  name: string;
  /** Translation key of the label. */
  label: UiKey;
  /** Required in Polish (as the domain schema says; the others may stay empty). */
  required?: boolean;
  /** Rows of a multi-line text; none for a one-line field. */
  rows?: number;
  hint?: UiKey;
}

/** Texts in every language as the form holds them: an empty string is "not written". */
export type TextsValue = Record<Locale, Record<string, string>>;

const NATIVE: Record<Locale, string> = { pl: 'Polski', uk: 'Українська', en: 'English' };

export function textsValue(
  fields: TextFieldDef[],
  texts?: Partial<Record<string, Record<string, string>>> | null,
): TextsValue {
  return Object.fromEntries(
    LOCALES.map((l) => [l, Object.fromEntries(fields.map((f) => [f.name, texts?.[l]?.[f.name] ?? '']))]),
  ) as TextsValue;
}

/** What the API takes: Polish always; Ukrainian and English only when something is written in them. */
export function textsPayload(value: TextsValue): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = { pl: value.pl };
  for (const l of ['uk', 'en'] as const) if (Object.values(value[l]).some((s) => s.trim())) out[l] = value[l];
  return out;
}

/**
 * The same fields in Polish (required), Ukrainian and English (optional: where a translation is
 * missing, readers get the Polish text). Each input is marked with the language typed into it.
 */
export function TranslationsEditor({
  fields,
  value,
  onChange,
  errors,
}: {
  fields: TextFieldDef[];
  value: TextsValue;
  onChange(v: TextsValue): void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const set = (l: Locale, name: string, text: string) =>
    onChange({ ...value, [l]: { ...value[l], [name]: text } });
  return (
    <>
      {LOCALES.map((l) => (
        <fieldset key={l} className="group lang-fieldset">
          <legend>
            <span lang={l}>{NATIVE[l]}</span> —{' '}
            {l === 'pl' ? t('content.lang.required') : t('content.lang.optional')}
          </legend>
          {l !== 'pl' ? <p className="hint tabs-note">{t('content.lang.hint')}</p> : null}
          {fields.map((f) => {
            const path = `texts.${l}.${f.name}`;
            const common = {
              id: fieldId(path),
              label: `${t(f.label)} (${l.toUpperCase()})`,
              value: value[l][f.name] ?? '',
              onValue: (text: string) => set(l, f.name, text),
              error: errors[path],
              hint: f.hint ? t(f.hint) : undefined,
              required: l === 'pl' && f.required === true,
              lang: l,
            };
            return f.rows ? (
              <TextAreaField key={f.name} {...common} rows={f.rows} />
            ) : (
              <TextField key={f.name} {...common} />
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
