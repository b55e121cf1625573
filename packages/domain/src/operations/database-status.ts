import { z } from 'zod';
import { timestamp } from '../shared/response.ts';

/**
 * Where reports read from (issue 21 item 9): `primary` when no DATABASE_READ_URL is set,
 * `replica` when they run on a streaming replica, `unreachable` when one is set but reports have
 * fallen back to the primary because it cannot be reached (or it is not in recovery).
 */
export const ReadReplicaState = z.enum(['primary', 'replica', 'unreachable']);
export type ReadReplicaState = z.input<typeof ReadReplicaState>;

export const DatabaseStatus = z.object({
  reports: ReadReplicaState,
  /** Seconds the replica's data is behind the primary (0 when it has replayed all it received). */
  lagSeconds: z.number().nonnegative().nullable(),
  /** When the replica last replayed a transaction of the primary. */
  replayedAt: timestamp.nullable(),
});
export type DatabaseStatus = z.input<typeof DatabaseStatus>;
