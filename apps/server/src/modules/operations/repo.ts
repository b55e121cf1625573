import type { Queryable } from '../../db/db.ts';

export interface ReplicaRow {
  in_recovery: boolean;
  lag_seconds: number | null;
  replayed_at: Date | null;
}

/**
 * Asked on the connection reports use: whether it is a standby, and how far behind the primary.
 * A standby that has replayed everything it received is not behind, however long ago the
 * primary's last transaction was.
 */
export async function replicaState(q: Queryable): Promise<ReplicaRow> {
  const r = await q.query<ReplicaRow>(
    `SELECT pg_is_in_recovery() AS in_recovery,
            CASE WHEN NOT pg_is_in_recovery() THEN NULL
                 WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                 ELSE greatest(0, extract(epoch FROM now() - pg_last_xact_replay_timestamp()))::float8
            END AS lag_seconds,
            pg_last_xact_replay_timestamp() AS replayed_at`,
  );
  return r.rows[0]!;
}
