import { type FormEvent, type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { useI18n } from '../../app/i18n.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { validate } from '../../lib/forms.ts';

/** What the month field says: its id, label and hint, and whether a month must be given. */
interface MonthInput {
  id: string;
  label: string;
  hint: string;
  required?: boolean;
}

/**
 * The month a payments page shows, kept in the URL (`?month=`, else `fallback`), and the form that
 * chooses it: the month typed is checked by the page's schema before it goes into the URL; an
 * empty one (where not required) clears it. With `landmark` the form is a search landmark so named.
 */
export function useMonthFilter(
  schema: z.ZodType<{ month: string }>,
  fallback: string,
  { submit, landmark, ...field }: MonthInput & { submit: string; landmark?: string },
): [string, ReactNode] {
  const { locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? fallback;
  const [text, setText] = useState(month);
  const [error, setError] = useState<string>();
  function apply(e: FormEvent) {
    e.preventDefault();
    if (text === '' && !field.required) return setParams({});
    const v = validate(schema, { month: text }, locale);
    if (!v.ok) return setError(v.errors.month);
    setError(undefined);
    setParams({ month: v.data.month });
  }
  const form = (
    <form onSubmit={apply} noValidate className="inline-form" aria-label={landmark}>
      <MonthField {...field} value={text} onValue={setText} error={error} />
      <button type="submit" className="button secondary">
        {submit}
      </button>
    </form>
  );
  const shown = landmark ? <search>{form}</search> : form;
  return [month, shown];
}
