import type { CursorList } from './use-cursor-query.ts';

/** A list the API answers whole (`{items}`, no cursor), for PagedTable: no next page to load. */
export function wholeList<T>(items: T[] | undefined, loading = false) {
  return {
    items: items ?? [],
    hasMore: false,
    loading,
    loadMore: (() => undefined) as unknown as CursorList<T>['loadMore'],
  };
}
