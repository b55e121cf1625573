import { type QueryKey, useQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';

/**
 * A read of one answer, cached under its key: one line per hook in a module's queries.ts.
 * `read` gets the signal that cancels the request when the screen goes; `enabled: false` asks nothing.
 */
export const useRead = <T>(queryKey: QueryKey, read: (signal: AbortSignal) => Promise<T>, enabled = true) =>
  useQuery<T, ApiError>({ queryKey, queryFn: ({ signal }) => read(signal), enabled });
