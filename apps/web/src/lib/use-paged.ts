import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, type Page } from '../api/client.ts';

/**
 * A keyset-paginated list: the first page of `path`, then "load more" with the server's
 * nextCursor sent as `after`. A new path starts over.
 */
export function usePaged<T>(path: string | null) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const current = useRef<string | null>(null);

  const fetchPage = useCallback(
    async (cursor: string | null, signal?: AbortSignal) => {
      if (path === null) return;
      setLoading(true);
      setError(undefined);
      const sep = path.includes('?') ? '&' : '?';
      const url = cursor ? `${path}${sep}after=${encodeURIComponent(cursor)}` : path;
      try {
        const page = await api.get<Page<T>>(url, signal);
        if (current.current !== path) return;
        setItems((old) => (cursor ? [...old, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setLoaded(true);
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
      } finally {
        setLoading(false);
      }
    },
    [path],
  );

  useEffect(() => {
    current.current = path;
    setItems([]);
    setNextCursor(null);
    setLoaded(false);
    const ctrl = new AbortController();
    fetchPage(null, ctrl.signal);
    return () => ctrl.abort();
  }, [path, fetchPage]);

  return {
    items,
    nextCursor,
    error,
    loading,
    loaded,
    loadMore: () => nextCursor && fetchPage(nextCursor),
    reload: () => fetchPage(null),
  };
}
