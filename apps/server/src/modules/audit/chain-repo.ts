import type { Queryable } from '../../db/db.ts';

export interface BrokenLink {
  /** The audit row where the chain breaks. */
  id: number;
  lane: number;
  seq: number;
  reason: 'contentChanged' | 'previousHashMismatch' | 'rowMissing';
}

export interface ChainReport {
  rows: number;
  lanes: number;
  broken: BrokenLink | null;
  /**
   * SHA-256 of every lane's last hash: written down elsewhere (a ticket, the backup log), it shows
   * later whether rows were cut off the end of a lane, which no chain can show by itself.
   */
  digest: string;
}

/**
 * Walks every lane of the audit chain in the database: each row's hash must be the hash of its
 * content chained to the previous row's, and positions must follow 1, 2, 3… Returns the first
 * broken link (lowest id), or none.
 */
export async function verifyAuditChain(q: Queryable): Promise<ChainReport> {
  const broken = await q.query<BrokenLink>(
    `WITH walk AS (
       SELECT id, chain_lane, chain_seq, chain_prev, chain_hash,
              lag(chain_hash) OVER w AS before_hash, lag(chain_seq) OVER w AS before_seq,
              audit_log_row_hash(chain_prev, a) AS recomputed
         FROM audit_log a
       WINDOW w AS (PARTITION BY chain_lane ORDER BY chain_seq))
     SELECT id::int, chain_lane AS lane, chain_seq::int AS seq,
            CASE WHEN chain_seq <> coalesce(before_seq, 0) + 1 THEN 'rowMissing'
                 WHEN chain_prev IS DISTINCT FROM before_hash THEN 'previousHashMismatch'
                 ELSE 'contentChanged' END AS reason
       FROM walk
      WHERE chain_hash IS DISTINCT FROM recomputed
         OR chain_prev IS DISTINCT FROM before_hash
         OR chain_seq <> coalesce(before_seq, 0) + 1
      ORDER BY id LIMIT 1`,
  );
  const counts = await q.query<{ rows: number; lanes: number; digest: string }>(
    `SELECT count(*)::int AS rows, count(DISTINCT chain_lane)::int AS lanes,
            encode(sha256(coalesce((
              SELECT string_agg(encode(last_hash, 'hex'), ',' ORDER BY lane)
                FROM (SELECT DISTINCT ON (chain_lane) chain_lane AS lane, chain_hash AS last_hash
                        FROM audit_log ORDER BY chain_lane, chain_seq DESC) last), '')::bytea), 'hex') AS digest
       FROM audit_log`,
  );
  return { ...counts.rows[0]!, broken: broken.rows[0] ?? null };
}
