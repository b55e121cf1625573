import { useEffect } from 'react';

/**
 * A record reloaded in a newer version replaces what was typed into its edit form; the same version
 * (a re-render, a refetch that found nothing new) leaves the typing alone.
 */
export function useResetOnVersion<V>(
  form: { reset(values: V): void },
  version: number | undefined,
  values: () => V,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version resets the form
  useEffect(() => form.reset(values()), [version]);
}
