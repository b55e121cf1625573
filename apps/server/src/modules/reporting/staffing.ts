import { STAFF_POSITIONS } from '@ostoja/domain/reporting/mrpips';
import { isoDate, trimmed } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';

// The staffing table (employment by position): MRPiPS-03 Dział 1 and the staffing indicators.

export const PositionInput = z.object({
  staffUserId: z.uuid().nullish(),
  fullName: trimmed(200),
  position: z.enum(STAFF_POSITIONS),
  fte: z.number().gt(0).max(1).default(1),
  validFrom: isoDate,
  validTo: isoDate.nullish(),
});

export const EndPosition = z.object({ validTo: isoDate });

const COLUMNS = `id, staff_user_id AS "staffUserId", full_name AS "fullName", position, fte, valid_from AS "validFrom",
  valid_to AS "validTo"`;

export async function listPositions(ctx: StaffContext, onDate: string | null) {
  const r = await ctx.q.query(
    `SELECT ${COLUMNS} FROM staff_position
      WHERE $1::date IS NULL OR (valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date))
      ORDER BY position, full_name, id`,
    [onDate],
  );
  return { items: r.rows };
}

export async function insertPosition(q: Queryable, p: z.output<typeof PositionInput>) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO staff_position (staff_user_id, full_name, position, fte, valid_from, valid_to)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [p.staffUserId ?? null, p.fullName, p.position, p.fte, p.validFrom, p.validTo ?? null],
  );
  return r.rows[0]!.id;
}

export async function addPosition(ctx: StaffContext, p: z.output<typeof PositionInput>) {
  if (p.validTo && p.validTo < p.validFrom) throw fieldError('validTo', 'validation.reporting.dateOrder');
  if (p.staffUserId) {
    const u = await ctx.q.query('SELECT 1 FROM staff_user WHERE id = $1', [p.staffUserId]);
    if (u.rowCount === 0) throw fieldError('staffUserId', 'validation.invalidOption');
  }
  const id = await insertPosition(ctx.q, p);
  await ctx.audit({
    action: 'create',
    entity: 'staffPosition',
    entityId: id,
    details: { position: p.position },
  });
  return { id, ...p };
}

export async function endPosition(ctx: StaffContext, id: string, validTo: string) {
  const r = await ctx.q.query<{ validFrom: string }>(
    'SELECT valid_from AS "validFrom" FROM staff_position WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = r.rows[0];
  if (!row) throw notFound();
  if (validTo < row.validFrom) throw fieldError('validTo', 'validation.reporting.dateOrder');
  await ctx.q.query('UPDATE staff_position SET valid_to = $2 WHERE id = $1', [id, validTo]);
  await ctx.audit({ action: 'update', entity: 'staffPosition', entityId: id, details: { validTo } });
  return { id, validTo };
}
