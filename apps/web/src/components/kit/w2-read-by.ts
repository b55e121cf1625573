import type { QueryKey } from '@tanstack/react-query';
import { useRead } from './use-read.ts';

/**
 * The read hook of one record by its id (or by another single key: a person's ledger, a decision's
 * schedule): cached under `key(id)`, answered by `read(id, signal)`, as in
 * `export const useRun = readBy(paymentsKeys.run, paymentsApi.run)`.
 */
export const readBy =
  <T>(key: (id: string) => QueryKey, read: (id: string, signal: AbortSignal) => Promise<T>) =>
  (id: string) =>
    useRead(key(id), (signal) => read(id, signal));
