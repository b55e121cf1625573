import { STAFF_POSITIONS } from '@ostoja/domain/reporting/mrpips';
import { isoDate, trimmed } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound } from '../../http/errors.ts';
import * as identityRepo from '../identity/repo.ts';
import * as repo from './staffing-repo.ts';

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

export async function listPositions(ctx: StaffContext, onDate: string | null) {
  return { items: await repo.listPositions(ctx.q, onDate) };
}

export async function addPosition(ctx: StaffContext, p: z.output<typeof PositionInput>) {
  if (p.validTo && p.validTo < p.validFrom) throw fieldError('validTo', 'validation.reporting.dateOrder');
  if (p.staffUserId) {
    if (!(await identityRepo.userExists(ctx.q, p.staffUserId)))
      throw fieldError('staffUserId', 'validation.invalidOption');
  }
  const id = await repo.insertPosition(ctx.q, p);
  await ctx.audit({
    action: 'create',
    entity: 'staffPosition',
    entityId: id,
    details: { position: p.position },
  });
  return { id, ...p };
}

export async function endPosition(ctx: StaffContext, id: string, validTo: string) {
  const row = await repo.lockPosition(ctx.q, id);
  if (!row) throw notFound();
  if (validTo < row.validFrom) throw fieldError('validTo', 'validation.reporting.dateOrder');
  await repo.endPosition(ctx.q, id, validTo);
  await ctx.audit({ action: 'update', entity: 'staffPosition', entityId: id, details: { validTo } });
  return { id, validTo };
}
