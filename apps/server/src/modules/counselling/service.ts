import { addDays } from '@ostoja/domain/calendar/working-days';
import {
  BOOKING_HORIZON_DAYS,
  BOOKING_RETENTION_DAYS,
  type BookingInput,
  MAX_SLOT_RANGE_DAYS,
} from '@ostoja/domain/counselling/booking';
import { generateSlots, isAhead, type Slot } from '@ostoja/domain/counselling/slots';
import type { SpecialistKind } from '@ostoja/domain/counselling/specialist';
import type { Locale } from '@ostoja/domain/i18n/index';
import { pickTranslation } from '@ostoja/domain/portal/content';
import { warsawClock } from '@ostoja/domain/portal/offices';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { RequestContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { hashOfTyped, issueCode } from '../../shared/secrets.ts';
import * as orgRepo from '../org/repo.ts';
import * as repo from './repo.ts';

// The resident's side of counselling: who gives advice, which slots are free, booking one
// without an account, and looking it up or cancelling it with the code.

export async function publicSpecialists(q: Queryable, locale: Locale) {
  const today = todayInPoland();
  const list = await repo.listSpecialists(q, true);
  const duties = await repo.duties(
    q,
    list.map((s) => s.id),
  );
  return {
    items: list.map((s) => ({
      id: s.id,
      kind: s.kind,
      publicName: s.publicName,
      ...(s.texts ? pickTranslation(s.texts, locale) : { description: null, lang: locale }),
      /** The weekly duty hours in force or to come, for "Tuesdays and Wednesdays 12:00–16:00". */
      dutyHours: duties
        .filter((d) => d.specialistId === s.id && (d.validTo === null || d.validTo >= today))
        .map(({ weekday, start, end, mode, validFrom, validTo, months, phone }) => ({
          weekday,
          start,
          end,
          mode,
          validFrom,
          validTo,
          months,
          phone,
        })),
    })),
  };
}

/** Offices by id, as a resident needs them for a slot: name and address only. */
async function placeNames(q: Queryable) {
  const units = await orgRepo.listUnits(q);
  return new Map(
    units
      .filter((u) => u.kind === 'office')
      .map((u) => [u.id, { id: u.id, name: u.name, street: u.street, building: u.building, city: u.city }]),
  );
}

/** Every slot of active specialists between two dates (inclusive), booked or not. */
export async function slotsBetween(
  q: Queryable,
  from: string,
  to: string,
  filter: { specialistId?: string; kind?: string } = {},
) {
  const specialists = (await repo.listSpecialists(q, true)).filter(
    (s) => (!filter.specialistId || s.id === filter.specialistId) && (!filter.kind || s.kind === filter.kind),
  );
  const duties = await repo.duties(
    q,
    specialists.map((s) => s.id),
  );
  return { specialists, slots: generateSlots(duties, await repo.exceptions(q, from, to), from, to) };
}

export async function freeSlots(
  q: Queryable,
  query: {
    from: string;
    to: string;
    specialistId?: string | undefined;
    kind?: string | undefined;
    mode?: string | undefined;
  },
  now = new Date(),
) {
  const clock = warsawClock(now);
  // Past days and days beyond the booking horizon have nothing to offer.
  const from = [query.from, clock.date].sort()[1]!; // ISO dates: the later one
  const to = [
    query.to,
    addDays(from, MAX_SLOT_RANGE_DAYS - 1),
    addDays(clock.date, BOOKING_HORIZON_DAYS),
  ].sort()[0]!;
  if (to < from) return { from, to, items: [] };
  const filter = {
    ...(query.specialistId ? { specialistId: query.specialistId } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
  };
  const { specialists, slots } = await slotsBetween(q, from, to, filter);
  const taken = new Set(
    (await repo.takenSlots(q, from, to)).map((t) => `${t.specialistId}|${t.date}|${t.start}`),
  );
  const places = await placeNames(q);
  const byId = new Map(specialists.map((s) => [s.id, s]));
  return {
    from,
    to,
    items: slots
      .filter((s) => isAhead(s, clock) && !taken.has(`${s.specialistId}|${s.date}|${s.start}`))
      .filter((s) => !query.mode || s.mode === query.mode)
      .map((s) => publicSlot(s, byId.get(s.specialistId)!, places)),
  };
}

function publicSlot(
  s: Pick<Slot, 'specialistId' | 'date' | 'start' | 'end' | 'mode' | 'officeId' | 'room' | 'phone'>,
  specialist: { kind: SpecialistKind; publicName: string },
  places: Awaited<ReturnType<typeof placeNames>>,
) {
  return {
    specialistId: s.specialistId,
    kind: specialist.kind,
    publicName: specialist.publicName,
    date: s.date,
    start: s.start,
    end: s.end,
    mode: s.mode,
    office: s.officeId ? (places.get(s.officeId) ?? null) : null,
    room: s.room,
    phoneLine: s.phone,
  };
}

export async function book(ctx: RequestContext, input: BookingInput, now = new Date()) {
  const clock = warsawClock(now);
  const specialist = await repo.findSpecialist(ctx.q, input.specialistId);
  if (!specialist?.active) throw fieldError('specialistId', 'validation.invalidOption');
  if (input.date > addDays(clock.date, BOOKING_HORIZON_DAYS))
    throw fieldError('date', `validation.counselling.horizon?days=${BOOKING_HORIZON_DAYS}`);
  const { slots } = await slotsBetween(ctx.q, input.date, input.date, { specialistId: specialist.id });
  const slot = slots.find((s) => s.start === input.start);
  if (!slot) throw fieldError('start', 'validation.counselling.noSuchSlot');
  if (!isAhead(slot, clock)) throw fieldError('start', 'validation.counselling.pastSlot');
  // By phone the specialist may need to call back; an e-mail address alone would not do.
  if (slot.mode === 'phone' && !input.phone) throw fieldError('phone', 'validation.counselling.phoneNeeded');
  const code = issueCode();
  const id = await repo.insertBooking(ctx.q, {
    specialistId: slot.specialistId,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    mode: slot.mode,
    officeId: slot.officeId,
    room: slot.room,
    phoneLine: slot.phone,
    name: input.name,
    phone: input.phone ?? null,
    email: input.email ?? null,
    note: input.note ?? null,
    codeHash: code.hash,
  });
  if (!id) throw conflict('slotTaken', 'error.counselling.slotTaken');
  await repo.anonymiseBefore(ctx.q, addDays(clock.date, -BOOKING_RETENTION_DAYS));
  return {
    id,
    /** Shown once: only its hash is stored. */
    code: code.display,
    status: 'booked' as const,
    name: input.name,
    ...publicSlot(slot, specialist, await placeNames(ctx.q)),
  };
}

async function byCode(q: Queryable, code: string, forUpdate = false) {
  const hash = hashOfTyped(code);
  const b = hash ? await repo.findBooking(q, { codeHash: hash }, forUpdate) : null;
  if (!b) throw notFound();
  return b;
}

async function publicBooking(q: Queryable, b: repo.BookingRow, now: Date) {
  const specialist = (await repo.findSpecialist(q, b.specialistId))!;
  return {
    status: b.status,
    name: b.name,
    canCancel: b.status === 'booked' && isAhead(b, warsawClock(now)),
    ...publicSlot({ ...b, phone: b.phoneLine }, specialist, await placeNames(q)),
  };
}

export async function lookup(ctx: RequestContext, code: string, now = new Date()) {
  return publicBooking(ctx.q, await byCode(ctx.q, code), now);
}

export async function cancelByCode(ctx: RequestContext, code: string, now = new Date()) {
  const b = await byCode(ctx.q, code, true);
  if (b.status !== 'booked' || !isAhead(b, warsawClock(now)))
    throw conflict('notCancellable', 'error.counselling.notCancellable');
  await repo.setBookingStatus(ctx.q, b.id, b.version, 'cancelled', { by: 'resident', reason: null });
  return publicBooking(ctx.q, { ...b, status: 'cancelled' }, now);
}
