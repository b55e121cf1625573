import { addDays, isPublicHoliday } from '@ostoja/domain/calendar/working-days';
import type { DutyInput, ExceptionInput, SpecialistInput } from '@ostoja/domain/counselling/specialist';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { fieldError, notFound, versionConflict } from '../../http/errors.ts';
import * as identityRepo from '../identity/repo.ts';
import * as orgRepo from '../org/repo.ts';
import * as repo from './repo.ts';

// Setting up counselling: specialists, their weekly duty hours, and one-day exceptions.
// Changing hours never touches bookings already made; the schedule lists the bookings left
// without a slot ("displaced") so that someone calls those residents.

export async function setupOverview(ctx: StaffContext) {
  const specialists = await repo.listSpecialists(ctx.q, false);
  const duties = await repo.duties(
    ctx.q,
    specialists.map((s) => s.id),
  );
  const today = todayInPoland();
  return {
    specialists: specialists.map((s) => ({ ...s, duties: duties.filter((d) => d.specialistId === s.id) })),
    exceptions: await repo.exceptions(ctx.q, today, addDays(today, 366)),
  };
}

async function checkOffice(q: Queryable, officeId: string | null | undefined, path = 'officeId') {
  if (!officeId) return;
  const u = await orgRepo.findUnit(q, officeId);
  if (u?.kind !== 'office') throw fieldError(path, 'validation.invalidOption');
}

async function checkUser(q: Queryable, userId: string | null | undefined) {
  if (!userId) return;
  if (!(await identityRepo.userExists(q, userId)))
    throw fieldError('staffUserId', 'validation.invalidOption');
}

type SpecialistBody = z.output<typeof SpecialistInput> & { version?: number };

export async function saveSpecialist(ctx: StaffContext, id: string | null, input: SpecialistBody) {
  await checkUser(ctx.q, input.staffUserId);
  const data = {
    kind: input.kind,
    publicName: input.publicName,
    staffUserId: input.staffUserId ?? null,
    texts: (input.texts ?? null) as repo.SpecialistRow['texts'],
    active: input.active,
    consultationPoint: input.consultationPoint,
    sortKey: polishSortKey(input.publicName),
  };
  if (id === null) id = await repo.insertSpecialist(ctx.q, data);
  else {
    if (!(await repo.findSpecialist(ctx.q, id))) throw notFound();
    if (!(await repo.updateSpecialist(ctx.q, id, input.version!, data))) throw versionConflict();
  }
  await ctx.audit({
    action: input.version ? 'update' : 'create',
    entity: 'counsellingSpecialist',
    entityId: id,
  });
  return (await repo.findSpecialist(ctx.q, id))!;
}

export async function addDuty(ctx: StaffContext, specialistId: string, d: DutyInput) {
  if (!(await repo.findSpecialist(ctx.q, specialistId))) throw notFound();
  await checkOffice(ctx.q, d.officeId);
  const id = await repo.insertDuty(ctx.q, {
    specialistId,
    weekday: d.weekday,
    start: d.start,
    end: d.end,
    slotMinutes: d.slotMinutes,
    mode: d.mode,
    officeId: d.officeId ?? null,
    room: d.room ?? null,
    phone: d.phone ?? null,
    validFrom: d.validFrom,
    validTo: d.validTo ?? null,
    months: d.months ? [...new Set(d.months)].sort((a, b) => a - b) : null,
  });
  await ctx.audit({
    action: 'create',
    entity: 'counsellingDuty',
    entityId: id,
    details: { specialistId, ...d },
  });
  return { id, specialistId, ...d };
}

export async function removeById(
  ctx: StaffContext,
  table: 'counselling_duty' | 'counselling_exception',
  id: string,
) {
  if (!(await repo.deleteById(ctx.q, table, id))) throw notFound();
  await ctx.audit({ action: 'delete', entity: table, entityId: id });
  return { ok: true as const };
}

export async function addException(ctx: StaffContext, e: ExceptionInput) {
  if (e.specialistId && !(await repo.findSpecialist(ctx.q, e.specialistId)))
    throw fieldError('specialistId', 'validation.invalidOption');
  if (e.kind === 'extra' && isPublicHoliday(e.date))
    throw fieldError('date', 'validation.counselling.holiday');
  await checkOffice(ctx.q, e.officeId);
  const row = {
    specialistId: e.specialistId ?? null,
    date: e.date,
    kind: e.kind,
    start: e.start ?? null,
    end: e.end ?? null,
    slotMinutes: e.slotMinutes ?? null,
    mode: e.mode ?? null,
    officeId: e.officeId ?? null,
    room: e.room ?? null,
    phone: e.phone ?? null,
    note: e.note ?? null,
  };
  const id = await repo.insertException(ctx.q, row, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'counsellingException', entityId: id, details: { ...row } });
  // An absence over booked slots: the residents must be told; list them for whoever calls.
  const affected =
    e.kind === 'absence' ? await repo.bookedDuring(ctx.q, e.date, row.specialistId, row.start, row.end) : [];
  return { id, ...row, affectedBookings: affected };
}
