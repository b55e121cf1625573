import type { ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../feedback.tsx';

/** A record's page before its read has an answer: the load error with its retry, else the loading line. */
export function Pending({ query }: { query: { error: ApiError | null; refetch(): unknown } }) {
  return query.error ? <LoadError error={query.error} onRetry={() => query.refetch()} /> : <Loading />;
}
