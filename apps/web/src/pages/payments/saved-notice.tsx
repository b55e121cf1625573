import type { QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/feedback.tsx';
import { usePaymentsSaved } from './queries.ts';

/**
 * A payment screen's success line after a change. `done(text)` is a form's `onSaved`: it stores
 * the answer under `key` (the other payment reads are refreshed) and shows `text`; `store(next)`
 * only stores, `say(text)` only shows, `saved(null)` refreshes every payment read; `notice` is the
 * line to put at the top of the page.
 */
export function useSavedNotice<T>(key: QueryKey | null) {
  const saved = usePaymentsSaved();
  const [text, say] = useState('');
  const store = (next: T) => saved(key, next);
  const done = (shown: string) => (next: T) => {
    store(next);
    say(shown);
  };
  return { saved, store, say, done, notice: text ? <Alert kind="success">{text}</Alert> : null };
}
