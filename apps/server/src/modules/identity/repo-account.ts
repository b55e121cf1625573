import type { Queryable } from '../../db/db.ts';
import { type After, oneRow, rowsOf } from '../../db/rows.ts';

// The SQL of a staff member's own account security: the TOTP authenticator, recovery codes, sessions.

export async function totpState(q: Queryable, userId: string) {
  const r = await q.query<{
    secret: string | null;
    pendingSecret: string | null;
    lastStep: number;
    recoveryCodesLeft: number;
  }>(
    `SELECT t.secret, t.pending_secret AS "pendingSecret", COALESCE(t.last_step, 0)::float8 AS "lastStep",
            (SELECT count(*)::int FROM staff_recovery_code c WHERE c.user_id = $1 AND c.used_at IS NULL)
              AS "recoveryCodesLeft"
       FROM (SELECT $1::uuid AS user_id) me LEFT JOIN staff_totp t ON t.user_id = me.user_id`,
    [userId],
  );
  return r.rows[0]!;
}

/** Accepts a code's time step once: false when that step (or a later one) was already used. */
export async function useTotpStep(q: Queryable, userId: string, step: number) {
  return oneRow(q, 'UPDATE staff_totp SET last_step = $2 WHERE user_id = $1 AND last_step < $2', [
    userId,
    step,
  ]);
}

export async function useRecoveryCode(q: Queryable, userId: string, codeHash: string) {
  return oneRow(
    q,
    `UPDATE staff_recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
    [userId, codeHash],
  );
}

export async function setPendingSecret(q: Queryable, userId: string, secret: string) {
  await q.query(
    `INSERT INTO staff_totp (user_id, pending_secret) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret`,
    [userId, secret],
  );
}

/** The pending secret becomes the one in force; `step` is the confirming code's, so it cannot sign in again. */
export async function enableTotp(q: Queryable, userId: string, step: number) {
  await q.query(
    `UPDATE staff_totp SET secret = pending_secret, pending_secret = NULL, enabled_at = now(), last_step = $2
      WHERE user_id = $1 AND pending_secret IS NOT NULL`,
    [userId, step],
  );
}

export async function replaceRecoveryCodes(q: Queryable, userId: string, hashes: string[]) {
  await q.query('DELETE FROM staff_recovery_code WHERE user_id = $1', [userId]);
  await q.query('INSERT INTO staff_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])', [
    userId,
    hashes,
  ]);
}

export async function deleteTotp(q: Queryable, userId: string) {
  await q.query('DELETE FROM staff_recovery_code WHERE user_id = $1', [userId]);
  await q.query('DELETE FROM staff_totp WHERE user_id = $1', [userId]);
}

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  createdKey: string;
}

/** The user's sessions still in force, newest first. */
export async function listSessions(
  q: Queryable,
  userId: string,
  opts: { idleMinutes: number; maxHours: number; after: After; limit: number },
) {
  return rowsOf<SessionRow>(
    q,
    `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip, user_agent AS "userAgent",
            created_at::text AS "createdKey"
       FROM session
      WHERE user_id = $1 AND last_seen_at > now() - make_interval(mins => $2)
        AND created_at > now() - make_interval(hours => $3)
        AND ($4::timestamptz IS NULL OR (created_at, id) < ($4::timestamptz, $5))
      ORDER BY created_at DESC, id DESC LIMIT $6`,
    [
      userId,
      opts.idleMinutes,
      opts.maxHours,
      opts.after?.[0] ?? null,
      opts.after?.[1] ?? null,
      opts.limit + 1,
    ],
  );
}

/** Ends the user's sessions but `keep` (none when null); how many ended. */
export async function deleteSessionsExcept(q: Queryable, userId: string, keep: string | null) {
  const r = await q.query('DELETE FROM session WHERE user_id = $1 AND id IS DISTINCT FROM $2', [
    userId,
    keep,
  ]);
  return r.rowCount ?? 0;
}

/** Rows holding a secret not in the sealed form (`prefix`): stored before encryption came. */
export async function unsealedTotp(q: Queryable, prefix: string) {
  return rowsOf<{ userId: string; secret: string | null; pending: string | null }>(
    q,
    `SELECT user_id AS "userId", secret, pending_secret AS pending FROM staff_totp
      WHERE NOT starts_with(secret, $1) OR NOT starts_with(pending_secret, $1)`,
    [prefix],
  );
}

export async function setTotpSecrets(
  q: Queryable,
  userId: string,
  secret: string | null,
  pending: string | null,
) {
  await q.query('UPDATE staff_totp SET secret = $2, pending_secret = $3 WHERE user_id = $1', [
    userId,
    secret,
    pending,
  ]);
}
