import type { Role } from '@ostoja/domain/identity/roles';
import type { StaffUser } from '@ostoja/domain/identity/staff-user';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';
import type { Actor } from '../../http/context.ts';

/** The session's user, unless it was idle `idleMinutes` or began more than `maxHours` ago. */
export async function findActorBySession(
  q: Queryable,
  sessionId: string,
  idleMinutes: number,
  maxHours: number,
) {
  return rowOf<Actor & { stale: boolean; totpEnabled: boolean }>(
    q,
    `SELECT u.id, u.login, u.full_name AS "fullName", u.org_unit_id AS "orgUnitId",
            COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles,
            s.last_seen_at < now() - interval '30 seconds' AS stale,
            t.enabled_at IS NOT NULL AS "totpEnabled"
       FROM session s JOIN staff_user u ON u.id = s.user_id
       LEFT JOIN staff_role r ON r.user_id = u.id
       LEFT JOIN staff_totp t ON t.user_id = u.id
      WHERE s.id = $1 AND u.is_active AND s.last_seen_at > now() - make_interval(mins => $2)
        AND s.created_at > now() - make_interval(hours => $3)
      GROUP BY u.id, s.last_seen_at, t.enabled_at`,
    [sessionId, idleMinutes, maxHours],
  );
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
  const r = await q.query<{
    id: string;
    login: string;
    passwordHash: string;
    isActive: boolean;
    /** The confirmed TOTP secret: set, the sign-in needs a code. */
    totpSecret: string | null;
    totpLastStep: number;
  }>(
    `SELECT u.id, u.login, u.password_hash AS "passwordHash", u.is_active AS "isActive",
            t.secret AS "totpSecret", COALESCE(t.last_step, 0)::float8 AS "totpLastStep"
       FROM staff_user u LEFT JOIN staff_totp t ON t.user_id = u.id AND t.enabled_at IS NOT NULL
      WHERE u.login = $1`,
    [login],
  );
  return r.rows[0] ?? null;
}

/** Seconds to wait before `sql`'s row allows another attempt; the row stays locked until commit, so parallel guesses queue. */
async function waitOf(q: Queryable, sql: string, params: unknown[]) {
  const r = await q.query<{ seconds: number }>(
    `SELECT GREATEST(0, ceil(EXTRACT(EPOCH FROM blocked_until - now())))::int AS seconds ${sql} FOR UPDATE`,
    params,
  );
  return r.rows[0]?.seconds ?? 0;
}

/** How long this login from this address, and this address at all, must still wait. */
export async function loginWaits(q: Queryable, login: string, address: string) {
  return {
    source: await waitOf(q, 'FROM login_source_attempt WHERE login = $1 AND address = $2', [login, address]),
    address: await waitOf(q, 'FROM login_address_attempt WHERE address = $1', [address]),
  };
}

/** A streak with no failure for `resetHours` starts again from one. */
const streak = (table: string, resetParam: string) =>
  `failures = CASE WHEN ${table}.last_failure_at < now() - make_interval(hours => ${resetParam}) THEN 1
                   ELSE ${table}.failures + 1 END, last_failure_at = now()`;

/** Counts a failed login at the (login, address) pair, the address and the account; returns each streak. */
export async function recordLoginFailure(q: Queryable, login: string, address: string, resetHours: number) {
  const one = async (sql: string, params: unknown[]) =>
    (await q.query<{ failures: number }>(sql, params)).rows[0]!.failures;
  return {
    source: await one(
      `INSERT INTO login_source_attempt (login, address, failures, last_failure_at) VALUES ($1, $2, 1, now())
       ON CONFLICT (login, address) DO UPDATE SET ${streak('login_source_attempt', '$3')}
       RETURNING failures`,
      [login, address, resetHours],
    ),
    address: await one(
      `INSERT INTO login_address_attempt (address, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (address) DO UPDATE SET ${streak('login_address_attempt', '$2')}
       RETURNING failures`,
      [address, resetHours],
    ),
    account: await one(
      `INSERT INTO login_attempt (login, failures, last_failure_at) VALUES ($1, 1, now())
       ON CONFLICT (login) DO UPDATE SET ${streak('login_attempt', '$2')}
       RETURNING failures`,
      [login, resetHours],
    ),
  };
}

/** Makes the pair or the address wait `seconds` before its next attempt. */
export async function blockLogin(q: Queryable, login: string | null, address: string, seconds: number) {
  if (login === null)
    await q.query(
      'UPDATE login_address_attempt SET blocked_until = now() + make_interval(secs => $2) WHERE address = $1',
      [address, seconds],
    );
  else
    await q.query(
      `UPDATE login_source_attempt SET blocked_until = now() + make_interval(secs => $3)
        WHERE login = $1 AND address = $2`,
      [login, address, seconds],
    );
}

/**
 * The per-account alarm: how many addresses failed at this login within the window, and whether an
 * alarm was already raised in it. `raise` marks it raised.
 */
export async function loginAlarm(q: Queryable, login: string, resetHours: number) {
  const r = await q.query<{ addresses: number; alarmed: boolean }>(
    `SELECT (SELECT count(*)::int FROM login_source_attempt s
              WHERE s.login = $1 AND s.last_failure_at > now() - make_interval(hours => $2)) AS addresses,
            COALESCE((SELECT a.alarm_at > now() - make_interval(hours => $2) FROM login_attempt a WHERE a.login = $1),
                     false) AS alarmed`,
    [login, resetHours],
  );
  return r.rows[0]!;
}

export async function raiseLoginAlarm(q: Queryable, login: string) {
  await q.query('UPDATE login_attempt SET alarm_at = now() WHERE login = $1', [login]);
}

/** A successful login ends the streak of its own address at that login (not the address's, nor the account's). */
export async function clearLoginSource(q: Queryable, login: string, address: string) {
  await q.query('DELETE FROM login_source_attempt WHERE login = $1 AND address = $2', [login, address]);
}

const USER_COLUMNS = `u.id, u.login, u.full_name AS "fullName", u.email, u.org_unit_id AS "orgUnitId",
  o.name AS "orgUnitName", u.is_active AS "isActive", u.job_title AS "jobTitle",
  u.authorisation_number AS "authorisationNumber", u.version,
  COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM staff_role r WHERE r.user_id = u.id), '{}') AS roles`;

export async function listUsers(q: Queryable, opts: { after: After; limit: number }) {
  return rowsOf<StaffUser & { sortKey: string }>(
    q,
    `SELECT ${USER_COLUMNS}, u.sort_key AS "sortKey"
       FROM staff_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id
      WHERE ($1::text IS NULL OR (u.sort_key, u.id::text) > ($1, $2))
      ORDER BY u.sort_key, u.id::text LIMIT $3`,
    [opts.after?.[0] ?? null, opts.after?.[1] ?? null, opts.limit + 1],
  );
}

export async function findUser(q: Queryable, id: string) {
  return rowOf<StaffUser>(
    q,
    `SELECT ${USER_COLUMNS} FROM staff_user u LEFT JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = $1`,
    [id],
  );
}

export interface UserRow {
  login: string;
  passwordHash?: string | undefined;
  fullName: string;
  email: string | null;
  orgUnitId: string | null;
  isActive: boolean;
  sortKey: string;
  jobTitle?: string | null | undefined;
  authorisationNumber?: string | null | undefined;
}

export async function insertUser(q: Queryable, u: UserRow & { passwordHash: string }) {
  return insertedId(
    q,
    `INSERT INTO staff_user (login, password_hash, full_name, email, org_unit_id, is_active, sort_key, job_title,
       authorisation_number)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      u.login,
      u.passwordHash,
      u.fullName,
      u.email,
      u.orgUnitId,
      u.isActive,
      u.sortKey,
      u.jobTitle ?? null,
      u.authorisationNumber ?? null,
    ],
  );
}

/** Optimistic update: no row changes when the version moved on. */
export async function updateUser(q: Queryable, id: string, version: number, u: UserRow) {
  return oneRow(
    q,
    `UPDATE staff_user SET login = $3, full_name = $4, email = $5, org_unit_id = $6, is_active = $7, sort_key = $8,
            password_hash = COALESCE($9, password_hash), job_title = $10, authorisation_number = $11,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2`,
    [
      id,
      version,
      u.login,
      u.fullName,
      u.email,
      u.orgUnitId,
      u.isActive,
      u.sortKey,
      u.passwordHash ?? null,
      u.jobTitle ?? null,
      u.authorisationNumber ?? null,
    ],
  );
}

export async function setRoles(q: Queryable, userId: string, roles: readonly Role[]) {
  await q.query('DELETE FROM staff_role WHERE user_id = $1', [userId]);
  await q.query('INSERT INTO staff_role (user_id, role) SELECT $1, unnest($2::text[])', [userId, roles]);
}

export async function deleteUserSessions(q: Queryable, userId: string) {
  await q.query('DELETE FROM session WHERE user_id = $1', [userId]);
}

/** Who may sign decisions: the job title and authorisation number printed under the signature. */
export async function signatory(q: Queryable, userId: string) {
  return rowOf<{ fullName: string; jobTitle: string | null; authorisationNumber: string | null }>(
    q,
    `SELECT full_name AS "fullName", job_title AS "jobTitle", authorisation_number AS "authorisationNumber"
       FROM staff_user WHERE id = $1`,
    [userId],
  );
}

/** Whether a staff account with this id exists (for references typed in by a user). */
export async function userExists(q: Queryable, id: string) {
  return ((await q.query('SELECT 1 FROM staff_user WHERE id = $1', [id])).rowCount ?? 0) > 0;
}
