import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

/** A 4xx is the answer, not a hiccup: asking again gives the same (and logs another read). */
export const retry = (failures: number, error: unknown) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2;

/**
 * The app's one cache of server data. Data is shown from the cache and fetched again when a
 * screen opens (staleTime 0), but not on every return to the browser tab: each read of a
 * person's record is logged, so reads follow what the user opens.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
