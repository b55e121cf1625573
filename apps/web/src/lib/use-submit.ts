import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { type Errors, fromApi } from './forms.ts';

export interface SubmitState {
  errors: Errors;
  /** The form-level message (the server's, translated). */
  message: string;
  /** Error code of the last failure: 'versionConflict', 'possibleDuplicate', … */
  code: string;
  /** Persons with the same names and birth date, to confirm past. */
  duplicates: PersonSummary[] | null;
  /** Bumped on every submit, so the error summary takes the focus again. */
  attempt: number;
  busy: boolean;
}

/**
 * Runs a form's save and turns what the API answers into what the form shows: field errors
 * beside their fields, the duplicate warning, a version conflict, or a plain message.
 */
export function useSubmit() {
  const { t, msg, locale } = useI18n();
  const [state, setState] = useState<SubmitState>({
    errors: {},
    message: '',
    code: '',
    duplicates: null,
    attempt: 0,
    busy: false,
  });

  // Messages came in the language of the moment; after a switch they go, and the next submit
  // brings them back in the new language (rather than a page in two languages).
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    setState((s) => ({ ...s, errors: {}, message: '', code: '', duplicates: null }));
  }, [locale]);

  /** Client-side validation failed: show these errors without calling the server. */
  function invalid(errors: Errors) {
    setState((s) => ({
      ...s,
      errors,
      message: '',
      code: 'validation',
      duplicates: null,
      attempt: s.attempt + 1,
    }));
  }

  async function run(save: () => Promise<void>): Promise<boolean> {
    setState((s) => ({ ...s, busy: true, attempt: s.attempt + 1 }));
    try {
      await save();
      setState((s) => ({ ...s, busy: false, errors: {}, message: '', code: '', duplicates: null }));
      return true;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'network', '');
      const duplicates =
        err.code === 'possibleDuplicate' && Array.isArray(err.extra.candidates)
          ? (err.extra.candidates as PersonSummary[])
          : null;
      setState((s) => ({
        ...s,
        busy: false,
        errors: fromApi(err, msg),
        message: err.status === 0 ? t('error.network') : msg(err.message),
        code: err.code,
        duplicates,
      }));
      return false;
    }
  }

  /** Forgets the last failure (after reloading the record, for example). */
  function reset() {
    setState((s) => ({ ...s, errors: {}, message: '', code: '', duplicates: null }));
  }

  return { state, run, invalid, reset };
}
