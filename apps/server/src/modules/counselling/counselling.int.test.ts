import { addDays, isPublicHoliday } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { residentHttp } from '../../test/http.ts';

// Counselling on a real PostgreSQL with the demo specialists (seed 001 duty hours at ul. Jasna 3).
let t: TestApp;
let specialist: string; // psycholog: specialist role, linked to the psychologist
let admin: string;
let staff: string; // kadra: centre staff, no counselling permission
const today = todayInPoland();

beforeAll(async () => {
  t = await createTestApp();
  specialist = await t.login('psycholog');
  admin = await t.login('admin');
  staff = await t.login('kadra');
});
afterAll(() => t?.close());

const { get, post } = residentHttp(() => t, 20);

interface PublicSlot {
  specialistId: string;
  kind: string;
  date: string;
  start: string;
  end: string;
  mode: string;
  office: { name: string } | null;
  phoneLine: string | null;
}
const freeSlots = async (query: Record<string, string> = {}) =>
  (await get('/api/v1/counselling/slots', { from: today, to: addDays(today, 30), ...query })).json()
    .items as PublicSlot[];
const resident = { name: 'Jan Kowalski', phone: '500 100 200' };
const book = (s: PublicSlot, more: object = {}, from?: string) =>
  post(
    '/api/v1/counselling/bookings',
    { specialistId: s.specialistId, date: s.date, start: s.start, ...resident, ...more },
    { from },
  );

describe('what a resident sees', () => {
  it('lists the specialists with their weekly duty hours, in the asked language', async () => {
    const r = await get('/api/v1/counselling/specialists', {}, undefined, 'uk');
    expect(r.statusCode).toBe(200);
    const items = r.json().items as {
      kind: string;
      description: string;
      lang: string;
      dutyHours: object[];
    }[];
    expect(items.map((s) => s.kind).sort()).toEqual(
      ['addictionConsultant', 'familyCounsellor', 'lawyer', 'psychologist', 'violenceConsultant'].sort(),
    );
    const lawyer = items.find((s) => s.kind === 'lawyer')!;
    expect(lawyer).toMatchObject({ lang: 'uk', description: expect.stringContaining('сімейного') });
    expect(lawyer.dutyHours).toEqual([
      expect.objectContaining({ weekday: 4, start: '08:00', end: '12:00', mode: 'inPerson' }),
    ]);
  });

  it('offers free slots only ahead, never on a public holiday, at most 31 days per listing', async () => {
    const r = await get('/api/v1/counselling/slots', { from: addDays(today, -10), to: addDays(today, 90) });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.from).toBe(today);
    expect(body.to).toBe(addDays(today, 30));
    const items = body.items as PublicSlot[];
    expect(items.length).toBeGreaterThan(20);
    for (const s of items) {
      expect(s.date >= today && s.date <= body.to).toBe(true);
      expect(isPublicHoliday(s.date), s.date).toBe(false);
    }
    const lawyer = items.find((s) => s.kind === 'lawyer')!;
    expect(lawyer).toMatchObject({
      start: expect.stringMatching(/^(08|09|10|11):(00|30)$/),
      mode: 'inPerson',
    });
    expect(lawyer.office!.name).toBe('Centrum Aktywności Lokalnej i Punkt Przeciwdziałania Przemocy');
    const phone = items.find((s) => s.mode === 'phone')!;
    expect(phone).toMatchObject({ office: null, phoneLine: expect.any(String) });
    const byKind = await freeSlots({ kind: 'violenceConsultant' });
    expect(new Set(byKind.map((s) => s.kind))).toEqual(new Set(['violenceConsultant']));
    expect((await get('/api/v1/counselling/slots', { from: today, to: addDays(today, -1) })).statusCode).toBe(
      400,
    );
  });
});

describe('booking without an account', () => {
  it('books, looks up and cancels with the code; the slot is free again and can be booked again', async () => {
    const [slot] = await freeSlots({ kind: 'lawyer' });
    const r = await book(slot!, { email: 'jan@example.org', note: 'Potrzebuję tłumacza.' });
    expect(r.statusCode).toBe(201);
    const booking = r.json();
    expect(booking).toMatchObject({
      status: 'booked',
      date: slot!.date,
      start: slot!.start,
      name: 'Jan Kowalski',
    });
    expect(booking.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const taken = (s: PublicSlot) =>
      s.specialistId === slot!.specialistId && s.date === slot!.date && s.start === slot!.start;
    expect((await freeSlots({ kind: 'lawyer' })).some(taken)).toBe(false);

    // Typed by hand: lower case, without dashes.
    const typed = booking.code.replace(/-/g, '').toLowerCase();
    const seen = await post('/api/v1/counselling/bookings/lookup', { code: typed });
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      status: 'booked',
      canCancel: true,
      date: slot!.date,
      kind: 'lawyer',
    });
    expect(seen.json()).not.toHaveProperty('note');

    const cancelled = await post('/api/v1/counselling/bookings/cancel', { code: booking.code });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', canCancel: false });
    const again = await post('/api/v1/counselling/bookings/cancel', { code: booking.code });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/nie można już odwołać/);
    expect((await freeSlots({ kind: 'lawyer' })).some(taken)).toBe(true);
    expect((await book(slot!)).statusCode).toBe(201);
  });

  it('answers an unknown or malformed code with a plain 404', async () => {
    const unknown = await post('/api/v1/counselling/bookings/lookup', { code: 'AAAA-BBBB-CCCC' });
    const malformed = await post('/api/v1/counselling/bookings/cancel', { code: 'nie-pamiętam' });
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(unknown.json()).toEqual(malformed.json());
  });

  it('never books one slot twice, even when residents press at the same moment', async () => {
    const [slot] = await freeSlots({ kind: 'violenceConsultant' });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => book(slot!, { name: `Osoba ${i}` })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409]);
    const refused = results.find((r) => r.statusCode === 409)!.json().error;
    expect(refused).toMatchObject({
      code: 'slotTaken',
      message: expect.stringMatching(/Ktoś właśnie zarezerwował/),
    });
    const rows = await t.db.query(
      `SELECT 1 FROM counselling_booking WHERE specialist_id = $1 AND slot_date = $2 AND slot_time = $3 AND status <> 'cancelled'`,
      [slot!.specialistId, slot!.date, slot!.start],
    );
    expect(rows.rowCount).toBe(1);
  });

  it('refuses a time outside the duty hours, a phone slot without a phone, and no contact at all', async () => {
    const [slot] = await freeSlots({ kind: 'lawyer' });
    const odd = await book({ ...slot!, start: '08:07' });
    expect(odd.statusCode).toBe(400);
    expect(odd.json().error.fields).toEqual([
      { path: 'start', message: expect.stringMatching(/nie ma dyżuru/) },
    ]);
    const [phoneSlot] = await freeSlots({ mode: 'phone' });
    const noPhone = await book(phoneSlot!, { phone: null, email: 'a@example.org' });
    expect(noPhone.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['phone']);
    const none = await post(
      '/api/v1/counselling/bookings',
      { specialistId: slot!.specialistId, date: slot!.date, start: slot!.start, name: '' },
      { lang: 'en' },
    );
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'This field is required.' },
        { path: 'phone', message: 'Give a phone number or an e-mail address so that we can contact you.' },
      ]),
    );
    const far = await book({ ...slot!, date: addDays(today, 90) });
    expect(far.json().error.fields[0]).toMatchObject({ path: 'date' });
  });

  it('erases residents’ names and contacts 30 days after the session, keeping the count', async () => {
    const sp = (
      await t.db.query<{ id: string }>(`SELECT id FROM counselling_specialist WHERE kind = 'lawyer'`)
    ).rows[0]!.id;
    const old = await t.db.query<{ id: string }>(
      `INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, resident_name, phone, email, note, code_hash, status)
       VALUES ($1, $2, '08:00', '08:30', 'inPerson', 'Adam Dawny', '500 000 001', 'a@example.org', 'uwaga', 'x-old', 'attended') RETURNING id`,
      [sp, addDays(today, -31)],
    );
    const [slot] = await freeSlots({ kind: 'lawyer' });
    expect((await book(slot!)).statusCode).toBe(201);
    const row = await t.db.query(
      'SELECT resident_name, phone, email, note, status, anonymised_at FROM counselling_booking WHERE id = $1',
      [old.rows[0]!.id],
    );
    expect(row.rows[0]).toMatchObject({
      resident_name: null,
      phone: null,
      email: null,
      note: null,
      status: 'attended',
    });
    expect(row.rows[0]!.anonymised_at).not.toBeNull();
  });

  it('brakes guessing: wrong codes from one address count, and the 31st in 15 minutes gets 429', async () => {
    const from = '10.99.0.1';
    for (let i = 0; i < 30; i++)
      expect(
        (
          await post(
            '/api/v1/counselling/bookings/lookup',
            { code: `AAAA-BBBB-${String(i).padStart(4, '0')}` },
            { from },
          )
        ).statusCode,
      ).toBe(404);
    const r = await post('/api/v1/counselling/bookings/lookup', { code: 'AAAA-BBBB-CCCC' }, { from });
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toMatch(/^\d+$/);
    expect(r.json().error).toMatchObject({
      code: 'rateLimited',
      message: expect.stringMatching(/^Zbyt wiele prób.*za 1[05] min/),
    });
    // Another address is not affected.
    expect((await post('/api/v1/counselling/bookings/lookup', { code: 'AAAA-BBBB-CCCC' })).statusCode).toBe(
      404,
    );
  });
});

describe('the specialists’ side', () => {
  it('shows the day’s schedule with who booked, records the consultation and counts it for the year', async () => {
    const slot = (await freeSlots({ kind: 'psychologist' })).find((s) => s.date > today);
    const booked = (await book(slot!, { name: 'Maria Zielińska' })).json();
    expect((await get('/api/v1/counselling/schedule', { date: slot!.date }, staff)).statusCode).toBe(403);
    const day = await get('/api/v1/counselling/schedule', { date: slot!.date }, specialist);
    expect(day.statusCode).toBe(200);
    // The psychologist sees their own schedule by default.
    expect(day.json().specialists.map((s: { kind: string }) => s.kind)).toEqual(['psychologist']);
    const row = day.json().specialists[0].slots.find((s: { start: string }) => s.start === slot!.start);
    expect(row.booking).toMatchObject({
      id: booked.id,
      name: 'Maria Zielińska',
      phone: '500 100 200',
      status: 'booked',
    });

    const noShow = await post(
      `/api/v1/counselling/bookings/${booked.id}/no-show`,
      { version: 1 },
      { cookie: specialist },
    );
    expect(noShow.statusCode).toBe(409);
    expect(noShow.json().error.code).toBe('notYet');

    // A consultation the specialist records: of the booked visit (psychological, 50 min) unless said otherwise.
    const consult = (heldOn: string, more: object = {}) =>
      post(
        '/api/v1/counselling/consultations',
        {
          specialistId: slot!.specialistId,
          bookingId: booked.id,
          heldOn,
          mode: slot!.mode,
          kind: 'psychological',
          durationMinutes: 50,
          ...more,
        },
        { cookie: specialist },
      );
    const ahead = await consult(slot!.date);
    expect(ahead.json().error.fields).toEqual([
      { path: 'heldOn', message: 'Data nie może być późniejsza niż dzisiejsza.' },
    ]);
    // The day comes: the visit is moved to yesterday, as if time had passed.
    const held = addDays(today, -1);
    await t.db.query('UPDATE counselling_booking SET slot_date = $2 WHERE id = $1', [booked.id, held]);
    const year = held.slice(0, 4);
    const before = (await get('/api/v1/counselling/statistics', { year }, specialist)).json();
    const rec = await consult(held, { referral: 'socialWorker' });
    expect(rec.statusCode).toBe(201);
    const walkIn = await consult(today, {
      bookingId: undefined,
      mode: 'phone',
      kind: 'violence',
      durationMinutes: 20,
      clientName: 'anonimowo',
    });
    expect(walkIn.statusCode).toBe(201);
    const twice = await consult(held);
    expect(twice.statusCode).toBe(409);

    const stats = await get(
      '/api/v1/counselling/statistics',
      { year: today.slice(0, 4) },
      await t.login('dyrektor'),
    );
    expect(stats.statusCode).toBe(200);
    const after = (await get('/api/v1/counselling/statistics', { year }, specialist)).json();
    const inYear = (d: string) => (d.slice(0, 4) === year ? 1 : 0);
    // In person most of the year; the psychologist's July and August duty is by phone.
    const byPhone = slot!.mode === 'phone' ? 1 : 0;
    expect(after.consultations.inPerson - before.consultations.inPerson).toBe(1 - byPhone);
    expect(after.consultations.phone - before.consultations.phone).toBe(inYear(today) + byPhone);
    expect(after.bookings.attended - before.bookings.attended).toBe(1);
    const lookup = await post('/api/v1/counselling/bookings/lookup', { code: booked.code });
    expect(lookup.json()).toMatchObject({ status: 'attended', canCancel: false });
  });

  it('records a no-show once the session has begun', async () => {
    const past = addDays(today, -3);
    const sp = (
      await t.db.query<{ id: string }>(`SELECT id FROM counselling_specialist WHERE kind = 'lawyer'`)
    ).rows[0]!.id;
    const r = await t.db.query<{ id: string }>(
      `INSERT INTO counselling_booking (specialist_id, slot_date, slot_time, end_time, mode, resident_name, phone, code_hash)
       VALUES ($1, $2, '08:00', '08:30', 'inPerson', 'Jan Nieobecny', '500 000 000', 'x-noshow') RETURNING id`,
      [sp, past],
    );
    const res = await post(
      `/api/v1/counselling/bookings/${r.rows[0]!.id}/no-show`,
      { version: 1 },
      { cookie: specialist },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('noShow');
  });

  it('an absence removes the slots, reports the bookings to call off, and the schedule lists them as displaced', async () => {
    const [slot] = await freeSlots({ kind: 'addictionConsultant' });
    const booked = (await book(slot!, { name: 'Piotr Wiśniewski' })).json();
    const res = await post(
      '/api/v1/counselling/setup/exceptions',
      { specialistId: slot!.specialistId, date: slot!.date, kind: 'absence', note: 'urlop' },
      { cookie: admin },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().affectedBookings).toEqual([
      expect.objectContaining({ id: booked.id, name: 'Piotr Wiśniewski', phone: '500 100 200' }),
    ]);
    const left = (await freeSlots({ kind: 'addictionConsultant', from: slot!.date, to: slot!.date })).length;
    expect(left).toBe(0);
    const day = (
      await get(
        '/api/v1/counselling/schedule',
        { date: slot!.date, specialistId: slot!.specialistId },
        specialist,
      )
    ).json();
    expect(day.specialists[0].displaced.map((b: { id: string }) => b.id)).toEqual([booked.id]);
    const cancel = await post(
      `/api/v1/counselling/bookings/${booked.id}/cancellation`,
      { reason: 'Nieobecność konsultanta — powiadomiony telefonicznie.', version: 1 },
      { cookie: specialist },
    );
    expect(cancel.json()).toMatchObject({ status: 'cancelled', cancelledBy: 'staff' });
    expect((await get('/api/v1/counselling/slots', { from: slot!.date, to: slot!.date })).statusCode).toBe(
      200,
    );
  });

  it('sets up a specialist with duty hours and extra sessions; no extra session on a holiday', async () => {
    const created = await post(
      '/api/v1/counselling/setup/specialists',
      {
        kind: 'familyCounsellor',
        publicName: 'Doradca rodzinny — test',
        texts: { pl: { description: 'Porady rodzinne.' } },
      },
      { cookie: admin },
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const date = addDays(today, 7);
    const weekday = ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const noOffice = await post(
      `/api/v1/counselling/setup/specialists/${id}/duties`,
      { weekday, start: '10:00', end: '11:00', slotMinutes: 30, mode: 'inPerson', validFrom: today },
      { cookie: admin },
    );
    expect(noOffice.json().error.fields).toEqual([{ path: 'officeId', message: 'To pole jest wymagane.' }]);
    const duty = await post(
      `/api/v1/counselling/setup/specialists/${id}/duties`,
      {
        weekday,
        start: '10:00',
        end: '11:00',
        slotMinutes: 30,
        mode: 'phone',
        phone: '22 728-44-97',
        validFrom: today,
      },
      { cookie: admin },
    );
    expect(duty.statusCode).toBe(201);
    const slots = await freeSlots({ specialistId: id, from: date, to: date });
    expect(slots.map((s) => s.start)).toEqual(isPublicHoliday(date) ? [] : ['10:00', '10:30']);

    const holiday = `${Number(today.slice(0, 4)) + 1}-11-11`;
    const extra = {
      specialistId: id,
      kind: 'extra',
      start: '16:00',
      end: '17:00',
      slotMinutes: 60,
      mode: 'phone',
    };
    const refused = await post(
      '/api/v1/counselling/setup/exceptions',
      { ...extra, date: holiday },
      { cookie: admin },
    );
    expect(refused.json().error.fields).toEqual([
      { path: 'date', message: expect.stringMatching(/ustawowo wolny/) },
    ]);
    expect(
      (await post('/api/v1/counselling/setup/exceptions', { ...extra, date }, { cookie: admin })).statusCode,
    ).toBe(201);
    const withExtra = await freeSlots({ specialistId: id, from: date, to: date });
    expect(withExtra.map((s) => s.start)).toEqual(isPublicHoliday(date) ? [] : ['10:00', '10:30', '16:00']);
    const overview = (await get('/api/v1/counselling/setup', {}, specialist)).json();
    expect(overview.specialists.find((s: { id: string }) => s.id === id).duties).toHaveLength(1);
  });
});
