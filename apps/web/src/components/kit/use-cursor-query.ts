import type { CursorPage } from '@ostoja/domain/shared/response';
import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import type { ApiError } from '../../api/client.ts';

/**
 * A list over the API's cursor envelope `{items, nextCursor}`: the first page, then more pages
 * with the cursor the server gave. `enabled: false` (e.g. no search text yet) asks for nothing.
 */
export function useCursorQuery<T>(
  key: QueryKey,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<CursorPage<T>>,
  enabled = true,
) {
  const q = useInfiniteQuery<CursorPage<T>, ApiError>({
    queryKey: key,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam as string | undefined, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
  return {
    items: q.data?.pages.flatMap((p) => p.items) ?? [],
    loaded: q.data !== undefined,
    hasMore: q.hasNextPage,
    loading: q.isFetching,
    error: q.error ?? undefined,
    loadMore: () => q.fetchNextPage(),
    reload: () => q.refetch(),
  };
}
export type CursorList<T> = ReturnType<typeof useCursorQuery<T>>;
