import type { ApiError } from '../../api/client.ts';
import { LoadError, Loading } from '../feedback.tsx';

/** What a page shows while its read has no answer to show: the failure with a retry, or "loading". */
export function Pending({ read }: { read: { error: ApiError | null; refetch(): unknown } }) {
  return read.error ? <LoadError error={read.error} onRetry={() => read.refetch()} /> : <Loading />;
}
