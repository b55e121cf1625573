import { randomBytes } from 'node:crypto';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { BookingInput } from '@ostoja/domain/counselling/booking';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as repo from './repo.ts';
import * as service from './service.ts';

const today = () => todayInPoland();

/** The first free slot, looking a month at a time up to the booking horizon. */
export async function freeSlot(fx: Fixtures) {
  for (let start = 0; start < 60; start += 31) {
    const from = addDays(today(), start);
    const r = await service.freeSlots(fx.q, { from, to: addDays(from, 30) });
    if (r.items[0]) return r.items[0];
  }
  throw new Error('no free counselling slot in the next 60 days');
}

export async function bookingRequest(fx: Fixtures) {
  const s = await freeSlot(fx);
  return {
    specialistId: s.specialistId,
    date: s.date,
    start: s.start,
    name: 'Jan Przykładowy',
    phone: '500 100 200',
  };
}

/** A booking made through the service (as a resident would); its code and id. */
export async function newBooking(fx: Fixtures) {
  return service.book(fx.staff(), BookingInput.parse(await bookingRequest(fx)));
}

const anySpecialist = async (fx: Fixtures) =>
  (
    await fx.q.query<{ id: string }>(
      `SELECT id FROM counselling_specialist WHERE active ORDER BY sort_key LIMIT 1`,
    )
  ).rows[0]!.id;

/** A specialist of its own, so that examples adding hours or absences disturb no demo slot. */
const spareSpecialist = (fx: Fixtures) =>
  repo.insertSpecialist(fx.q, {
    kind: 'other',
    publicName: `Specjalista testowy ${fx.seq()}`,
    staffUserId: null,
    texts: null,
    active: false,
    sortKey: 'zzz',
  });

/** A booking in the past (as if made then), for recording a no-show. */
async function pastBooking(fx: Fixtures) {
  const n = fx.seq();
  const r = await fx.q.query<{ id: string }>(
    `INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, resident_name, phone, code_hash)
     VALUES ($1, $2, '10:00', '11:00', 'inPerson', 'Jan Dawny', '500 100 200', $3) RETURNING id`,
    [await anySpecialist(fx), addDays(today(), -(1000 + n)), randomBytes(16).toString('hex')],
  );
  return r.rows[0]!.id;
}

const duty = {
  weekday: 2,
  start: '10:00',
  end: '12:00',
  slotMinutes: 30,
  mode: 'phone',
  phone: '22 728-44-97',
  validFrom: '2026-01-01',
};

export const examples: Examples = {
  'GET /api/v1/counselling/specialists': () => ({}),
  'GET /api/v1/counselling/slots': () => ({ query: { from: today(), to: addDays(today(), 14) } }),
  'POST /api/v1/counselling/bookings': async (fx) => ({ body: await bookingRequest(fx) }),
  'POST /api/v1/counselling/bookings/lookup': async (fx) => ({ body: { code: (await newBooking(fx)).code } }),
  'POST /api/v1/counselling/bookings/cancel': async (fx) => ({ body: { code: (await newBooking(fx)).code } }),
  'GET /api/v1/counselling/schedule': () => ({ query: { date: today() } }),
  'POST /api/v1/counselling/bookings/:id/no-show': async (fx) => ({
    params: { id: await pastBooking(fx) },
    body: { version: 1 },
  }),
  'POST /api/v1/counselling/bookings/:id/cancellation': async (fx) => ({
    params: { id: (await newBooking(fx)).id },
    body: { reason: 'Specjalista chory — mieszkaniec powiadomiony telefonicznie.', version: 1 },
  }),
  'POST /api/v1/counselling/consultations': async (fx) => ({
    body: {
      specialistId: await anySpecialist(fx),
      heldOn: today(),
      mode: 'inPerson',
      kind: 'psychological',
      durationMinutes: 50,
      clientName: 'A. K.',
    },
  }),
  'GET /api/v1/counselling/statistics': () => ({ query: { year: today().slice(0, 4) } }),
  'GET /api/v1/counselling/setup': () => ({}),
  'POST /api/v1/counselling/setup/specialists': (fx) => ({
    body: { kind: 'lawyer', publicName: `Prawnik ${fx.seq()}`, active: false },
  }),
  'PUT /api/v1/counselling/setup/specialists/:id': async (fx) => ({
    params: { id: await spareSpecialist(fx) },
    body: { kind: 'familyCounsellor', publicName: 'Doradca rodzinny', active: false, version: 1 },
  }),
  'POST /api/v1/counselling/setup/specialists/:id/duties': async (fx) => ({
    params: { id: await spareSpecialist(fx) },
    body: duty,
  }),
  'DELETE /api/v1/counselling/setup/duties/:id': async (fx) => {
    const specialistId = await spareSpecialist(fx);
    const id = await repo.insertDuty(fx.q, {
      ...duty,
      mode: 'phone',
      specialistId,
      officeId: null,
      room: null,
      validTo: null,
      months: null,
    });
    return { params: { id } };
  },
  'POST /api/v1/counselling/setup/exceptions': async (fx) => ({
    body: { specialistId: await spareSpecialist(fx), date: addDays(today(), 300), kind: 'absence' },
  }),
  'DELETE /api/v1/counselling/setup/exceptions/:id': async (fx) => {
    const specialistId = await spareSpecialist(fx);
    const id = await repo.insertException(
      fx.q,
      { specialistId, date: addDays(today(), 200), kind: 'absence', start: null, end: null, note: null },
      fx.ids.user!,
    );
    return { params: { id } };
  },
};
