import type { ApiError } from '../../api/client.ts';
import { Loading } from '../feedback.tsx';
import { PortalLoadError } from '../portal-feedback.tsx';

/** A public page before its read has an answer: "not found" or the reason with a retry, else the loading line. */
export function PortalPending({ query }: { query: { error: ApiError | null; refetch(): unknown } }) {
  return query.error ? <PortalLoadError error={query.error} onRetry={() => query.refetch()} /> : <Loading />;
}
