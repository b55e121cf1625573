import type { CursorPage } from '@ostoja/domain/shared/response';
import type { QueryKey } from '@tanstack/react-query';
import type { PageQuery } from '../../api/client.ts';
import { useCursorQuery } from './use-cursor-query.ts';

/**
 * A register read page by page through a client's list call (`pageOf`): `useCursorQuery` asking for
 * `limit` rows after the cursor the server gave.
 */
export function usePagedList<T>(
  key: QueryKey,
  read: (query: PageQuery, signal: AbortSignal) => Promise<CursorPage<T>>,
  limit = 50,
) {
  return useCursorQuery(key, (after, signal) => read({ after, limit }, signal));
}
