import type { ConsultationInput } from '@ostoja/domain/counselling/booking';
import { isAhead } from '@ostoja/domain/counselling/slots';
import { warsawClock } from '@ostoja/domain/portal/offices';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { personVisible } from '../registry/access.ts';
import * as repo from './repo.ts';
import { slotsBetween } from './service.ts';

// The specialists' side: the day's schedule with who booked which slot, no-shows, cancelling on
// a resident's behalf, and the record of each consultation that the yearly counts come from.

/** Whose schedule: the one asked for, else the signed-in specialist's own, else everyone's. */
async function scheduleOwners(ctx: StaffContext, specialistId?: string) {
  const all = await repo.listSpecialists(ctx.q, false);
  if (specialistId) {
    const one = all.filter((s) => s.id === specialistId);
    if (!one.length) throw notFound();
    return one;
  }
  const mine = all.filter((s) => s.staffUserId === ctx.actor.id);
  return mine.length ? mine : all.filter((s) => s.active);
}

export async function daySchedule(ctx: StaffContext, date: string, specialistId?: string) {
  const owners = await scheduleOwners(ctx, specialistId);
  const ids = owners.map((s) => s.id);
  const { slots } = await slotsBetween(ctx.q, date, date);
  const bookings = await repo.bookingsOn(ctx.q, date, ids);
  const held = await repo.consultationsOn(ctx.q, date, ids);
  await ctx.audit({
    action: 'read',
    entity: 'counsellingSchedule',
    entityId: date,
    details: { specialists: ids },
  });
  const consultationOf = (bookingId: string) => held.find((c) => c.bookingId === bookingId)?.id ?? null;
  return {
    date,
    specialists: owners.map((s) => {
      const own = bookings.filter((b) => b.specialistId === s.id);
      const active = own.filter((b) => b.status !== 'cancelled');
      const daySlots = slots.filter((x) => x.specialistId === s.id);
      return {
        id: s.id,
        kind: s.kind,
        publicName: s.publicName,
        slots: daySlots.map((x) => {
          const b = active.find((y) => y.start === x.start);
          return { ...x, booking: b ? { ...b, consultationId: consultationOf(b.id) } : null };
        }),
        // Bookings whose slot is no longer in the schedule (duty hours changed, an absence added):
        // someone must call these residents.
        displaced: active
          .filter((b) => !daySlots.some((x) => x.start === b.start))
          .map((b) => ({ ...b, consultationId: consultationOf(b.id) })),
        cancelled: own.filter((b) => b.status === 'cancelled'),
        walkIns: held.filter((c) => c.specialistId === s.id && !c.bookingId),
      };
    }),
  };
}

async function loadBooking(ctx: StaffContext, id: string) {
  const b = await repo.findBooking(ctx.q, { id }, true);
  if (!b) throw notFound();
  return b;
}

export async function markNoShow(ctx: StaffContext, id: string, version: number, now = new Date()) {
  const b = await loadBooking(ctx, id);
  if (b.status !== 'booked') throw conflict('bookingNotOpen', 'error.counselling.notBooked');
  if (isAhead(b, warsawClock(now))) throw conflict('notYet', 'error.counselling.notYet');
  if (!(await repo.setBookingStatus(ctx.q, id, version, 'noShow'))) throw versionConflict();
  await ctx.audit({ action: 'noShow', entity: 'counsellingBooking', entityId: id });
  return { ...(await repo.findBooking(ctx.q, { id }))! };
}

export async function cancelForResident(
  ctx: StaffContext,
  id: string,
  reason: string,
  version: number,
  now = new Date(),
) {
  const b = await loadBooking(ctx, id);
  if (b.status !== 'booked' || !isAhead(b, warsawClock(now)))
    throw conflict('notCancellable', 'error.counselling.notCancellable');
  if (!(await repo.setBookingStatus(ctx.q, id, version, 'cancelled', { by: 'staff', reason })))
    throw versionConflict();
  await ctx.audit({ action: 'cancel', entity: 'counsellingBooking', entityId: id, details: { reason } });
  return { ...(await repo.findBooking(ctx.q, { id }))! };
}

export async function recordConsultation(ctx: StaffContext, c: ConsultationInput) {
  const specialist = await repo.findSpecialist(ctx.q, c.specialistId);
  if (!specialist) throw fieldError('specialistId', 'validation.invalidOption');
  // A record of what was held: never of a day still to come.
  if (c.heldOn > todayInPoland()) throw fieldError('heldOn', 'validation.date.future');
  if (c.bookingId) {
    const b = await loadBooking(ctx, c.bookingId);
    if (b.specialistId !== c.specialistId) throw fieldError('bookingId', 'validation.invalidOption');
    if (b.status !== 'booked') throw conflict('bookingNotOpen', 'error.counselling.notBooked');
    if (b.date !== c.heldOn) throw fieldError('heldOn', 'validation.counselling.bookingDate');
    await repo.setBookingStatus(ctx.q, b.id, b.version, 'attended');
  }
  if (c.personId) {
    if (!(await personVisible(ctx.q, ctx.actor, c.personId)))
      throw fieldError('personId', 'validation.invalidOption');
  }
  const id = await repo.insertConsultation(ctx.q, c, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: 'counsellingConsultation',
    entityId: id,
    details: { kind: c.kind, mode: c.mode },
  });
  return { id, ...c };
}

/**
 * Consultations of a year for the reports (Pruszków: 895 in person and 166 by phone in a year),
 * by mode and kind, persons counted once a year, and what became of the bookings.
 */
export async function yearCounts(ctx: StaffContext, year: number, pointOnly = false) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const { consultations: rows, bookings } = await repo.countsBetween(ctx.q, from, to, pointOnly);
  const sum = (mode?: string) =>
    rows.filter((r) => !mode || r.mode === mode).reduce((n, r) => n + r.consultations, 0);
  return {
    year,
    consultations: { total: sum(), inPerson: sum('inPerson'), phone: sum('phone') },
    persons: rows.reduce((n, r) => n + r.persons, 0),
    anonymous: rows.reduce((n, r) => n + r.anonymous, 0),
    byKind: rows,
    bookings: Object.fromEntries(
      ['booked', 'attended', 'noShow', 'cancelled'].map((s) => [
        s,
        bookings.find((r) => r.status === s)?.n ?? 0,
      ]),
    ),
  };
}
