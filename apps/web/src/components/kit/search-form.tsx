import type { FormEvent } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { CodeField } from './code-field.tsx';

/**
 * A search landmark with one search field and its button; the page checks the text and runs the
 * search in `onSearch` (the browser's own validation is off, so the error shows beside the field).
 */
export function SearchForm({
  id = 'f-q',
  label,
  hint,
  value,
  onValue,
  error,
  onSearch,
}: {
  id?: string;
  label: string;
  hint: string;
  value: string;
  onValue(v: string): void;
  error?: string | undefined;
  onSearch(): void;
}) {
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch();
  };
  return (
    <search>
      <form onSubmit={submit} noValidate className="inline-form">
        <CodeField
          id={id}
          label={label}
          hint={hint}
          value={value}
          onValue={onValue}
          error={error}
          type="search"
        />
        <button type="submit" className="button primary">
          {t('action.search')}
        </button>
      </form>
    </search>
  );
}
