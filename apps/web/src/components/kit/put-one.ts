import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * After a save that answers with the record: it goes into the cache under `oneKey`, and the lists under
 * `listsKey` are fetched again — all but the cached records themselves (keys whose second part is `oneTag`).
 */
export function putOneAndReload<T>(
  client: QueryClient,
  oneKey: QueryKey,
  record: T,
  listsKey: QueryKey,
  oneTag = 'one',
) {
  client.setQueryData(oneKey, record);
  client.invalidateQueries({ queryKey: listsKey, predicate: (q) => q.queryKey[1] !== oneTag });
}
