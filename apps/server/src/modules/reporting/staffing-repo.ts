import type { Queryable } from '../../db/db.ts';
import { insertedId } from '../../db/rows.ts';

export interface NewPosition {
  staffUserId?: string | null;
  fullName: string;
  position: string;
  fte: number;
  validFrom: string;
  validTo?: string | null;
}

const COLUMNS = `id, staff_user_id AS "staffUserId", full_name AS "fullName", position, fte, valid_from AS "validFrom",
  valid_to AS "validTo"`;

/** Positions held on a date (all when null), by position and name. */
export async function listPositions(q: Queryable, onDate: string | null) {
  const r = await q.query<{
    id: string;
    staffUserId: string | null;
    fullName: string;
    position: string;
    fte: number;
    validFrom: string;
    validTo: string | null;
  }>(
    `SELECT ${COLUMNS} FROM staff_position
      WHERE $1::date IS NULL OR (valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date))
      ORDER BY position, full_name, id`,
    [onDate],
  );
  return r.rows;
}

export async function insertPosition(q: Queryable, p: NewPosition) {
  return insertedId(
    q,
    `INSERT INTO staff_position (staff_user_id, full_name, position, fte, valid_from, valid_to)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [p.staffUserId ?? null, p.fullName, p.position, p.fte, p.validFrom, p.validTo ?? null],
  );
}

export async function lockPosition(q: Queryable, id: string) {
  const r = await q.query<{ validFrom: string }>(
    'SELECT valid_from AS "validFrom" FROM staff_position WHERE id = $1 FOR UPDATE',
    [id],
  );
  return r.rows[0];
}

export async function endPosition(q: Queryable, id: string, validTo: string) {
  await q.query('UPDATE staff_position SET valid_to = $2 WHERE id = $1', [id, validTo]);
}
