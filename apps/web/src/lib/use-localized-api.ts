import { useEffect, useRef } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { type Loaded, useApi } from './use-api.ts';

/**
 * The old way of a public GET in the UI language (loaded again after a language switch), kept
 * only for screens not yet on the kit (counselling); goes with use-api.ts. New code:
 * `useLocalizedQuery` in pages/portal/queries.ts.
 */
export function useLocalizedApi<T>(path: string | null): Loaded<T> {
  const { locale } = useI18n();
  const loaded = useApi<T>(path);
  const shown = useRef(locale);
  const { reload } = loaded;
  useEffect(() => {
    if (shown.current === locale) return;
    shown.current = locale;
    reload();
  }, [locale, reload]);
  return loaded;
}
