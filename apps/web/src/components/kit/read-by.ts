import type { QueryKey } from '@tanstack/react-query';
import { useRead } from './use-read.ts';

/**
 * A queries.ts hook reading one record by what names it (an id, a year): cached under `key(id)`,
 * asked for with `read(id, signal)` — `export const usePerson = readBy(registryKeys.person, registryApi.person)`.
 */
export const readBy =
  <K, T>(key: (id: K) => QueryKey, read: (id: K, signal: AbortSignal) => Promise<T>) =>
  (id: K) =>
    useRead(key(id), (signal) => read(id, signal));
