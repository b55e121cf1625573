import type { Role } from '@ostoja/domain/identity/roles';
import type { StaffUser } from '@ostoja/domain/identity/staff-user';
import type { Queryable } from '../../db/db.ts';
import type { Actor } from '../../http/context.ts';

export async function findActorBySession(q: Queryable, sessionId: string, idleMinutes: number) {
  const r = await q.query<Actor & { stale: boolean }>(
    `SELECT u.id, u.login, u.full_name AS "fullName", u.org_unit_id AS "orgUnitId",
            COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles,
            s.last_seen_at < now() - interval '30 seconds' AS stale
       FROM session s JOIN staff_user u ON u.id = s.user_id
       LEFT JOIN staff_role r ON r.user_id = u.id
      WHERE s.id = $1 AND u.is_active AND s.last_seen_at > now() - make_interval(mins => $2)
      GROUP BY u.id, s.last_seen_at`,
    [sessionId, idleMinutes],
  );
  return r.rows[0] ?? null;
}

export async function touchSession(q: Queryable, sessionId: string) {
  await q.query('UPDATE session SET last_seen_at = now() WHERE id = $1', [sessionId]);
}

export async function insertSession(
  q: Queryable,
  id: string,
  userId: string,
  ip: string,
  userAgent: string | null,
) {
  await q.query('INSERT INTO session (id, user_id, ip, user_agent) VALUES ($1, $2, $3, $4)', [
    id,
    userId,
    ip,
    userAgent,
  ]);
}

export async function deleteSession(q: Queryable, id: string) {
  await q.query('DELETE FROM session WHERE id = $1', [id]);
}

export async function findCredentials(q: Queryable, login: string) {
  const r = await q.query<{ id: string; login: string; passwordHash: string; isActive: boolean }>(
    `SELECT id, login, password_hash AS "passwordHash", is_active AS "isActive" FROM staff_user WHERE login = $1`,
    [login],
  );
  return r.rows[0] ?? null;
}

export async function getAttempts(q: Queryable, login: string) {
  const r = await q.query<{ failures: number; lockedSeconds: number }>(
    `SELECT failures, GREATEST(0, EXTRACT(EPOCH FROM locked_until - now()))::int AS "lockedSeconds"
       FROM login_attempt WHERE login = $1 FOR UPDATE`,
    [login],
  );
  return r.rows[0] ?? { failures: 0, lockedSeconds: 0 };
}

/** Records a failure; a streak older than the lock window starts again from one. */
export async function recordFailure(q: Queryable, login: string, lockAfter: number, lockMinutes: number) {
  const r = await q.query<{ failures: number }>(
    `INSERT INTO login_attempt (login, failures, last_failure_at) VALUES ($1, 1, now())
     ON CONFLICT (login) DO UPDATE SET
       failures = CASE WHEN login_attempt.last_failure_at < now() - make_interval(mins => $2)
                       OR login_attempt.locked_until < now() THEN 1 ELSE login_attempt.failures + 1 END,
       last_failure_at = now(),
       locked_until = NULL
     RETURNING failures`,
    [login, lockMinutes],
  );
  const failures = r.rows[0]!.failures;
  if (failures >= lockAfter) {
    await q.query(
      `UPDATE login_attempt SET locked_until = now() + make_interval(mins => $2) WHERE login = $1`,
      [login, lockMinutes],
    );
  }
  return failures;
}

export async function clearFailures(q: Queryable, login: string) {
  await q.query('DELETE FROM login_attempt WHERE login = $1', [login]);
}

const USER_COLUMNS = `u.id, u.login, u.full_name AS "fullName", u.email, u.org_unit_id AS "orgUnitId",
  o.name AS "orgUnitName", u.is_active AS "isActive", u.version,
  COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM staff_role r WHERE r.user_id = u.id), '{}') AS roles`;

export async function listUsers(q: Queryable, opts: { after: string | null; limit: number }) {
  const r = await q.query<StaffUser & { sortKey: string }>(
    `SELECT ${USER_COLUMNS}, u.sort_key AS "sortKey"
       FROM staff_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
      WHERE ($1::text IS NULL OR (u.sort_key, u.id::text) > (split_part($1, '|', 1), split_part($1, '|', 2)))
      ORDER BY u.sort_key, u.id::text LIMIT $2`,
    [opts.after, opts.limit + 1],
  );
  return r.rows;
}

export async function findUser(q: Queryable, id: string) {
  const r = await q.query<StaffUser>(
    `SELECT ${USER_COLUMNS} FROM staff_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1`,
    [id],
  );
  return r.rows[0] ?? null;
}

export interface UserRow {
  login: string;
  passwordHash?: string | undefined;
  fullName: string;
  email: string | null;
  orgUnitId: string | null;
  isActive: boolean;
  sortKey: string;
}

export async function insertUser(q: Queryable, u: UserRow & { passwordHash: string }) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO staff_user (login, password_hash, full_name, email, org_unit_id, is_active, sort_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [u.login, u.passwordHash, u.fullName, u.email, u.orgUnitId, u.isActive, u.sortKey],
  );
  return r.rows[0]!.id;
}

/** Optimistic update: no row changes when the version moved on. */
export async function updateUser(q: Queryable, id: string, version: number, u: UserRow) {
  const r = await q.query(
    `UPDATE staff_user SET login = $3, full_name = $4, email = $5, org_unit_id = $6, is_active = $7, sort_key = $8,
            password_hash = COALESCE($9, password_hash), version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2`,
    [id, version, u.login, u.fullName, u.email, u.orgUnitId, u.isActive, u.sortKey, u.passwordHash ?? null],
  );
  return r.rowCount === 1;
}

export async function setRoles(q: Queryable, userId: string, roles: readonly Role[]) {
  await q.query('DELETE FROM staff_role WHERE user_id = $1', [userId]);
  await q.query('INSERT INTO staff_role (user_id, role) SELECT $1, unnest($2::text[])', [userId, roles]);
}

export async function deleteUserSessions(q: Queryable, userId: string) {
  await q.query('DELETE FROM session WHERE user_id = $1', [userId]);
}

/** Whether a staff account with this id exists (for references typed in by a user). */
export async function userExists(q: Queryable, id: string) {
  return ((await q.query('SELECT 1 FROM staff_user WHERE id = $1', [id])).rowCount ?? 0) > 0;
}
