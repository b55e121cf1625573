import { addDays, isPublicHoliday } from '@ostoja/domain/calendar/working-days';
import { EnrolInput, FacilityInput } from '@ostoja/domain/centres/facility';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';

// Fixtures of the centres module, also used by centres.int.test.ts.

/** The latest day up to today that is no public holiday (a place open every weekday opens then). */
export function lastOpenDay(from = todayInPoland()) {
  let d = from;
  while (isPublicHoliday(d)) d = addDays(d, -1);
  return d;
}

export const facilityInput = (name: string, extra: Partial<FacilityInput> = {}) =>
  FacilityInput.parse({
    name,
    kind: 'dayRoom',
    address: 'ul. Kraszewskiego 12, Pruszków',
    capacity: 15,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '14:00', close: '18:00' })),
    staff: [{ name: 'Kamil Świetlicowy', role: 'wychowawca' }],
    monthlyCostGrosze: 950_000,
    ...extra,
  });

export const enrolInput = (personId: string, requestedOn = addDays(todayInPoland(), -7)) =>
  EnrolInput.parse({
    personId,
    requestedOn,
    referredBy: 'psychologist',
    referrerName: 'Łukasz Poradniczy, MOPS',
    consentBy: 'parent',
    guardianName: 'Anna Rodzicielska',
  });

async function facility(fx: Fixtures) {
  return (await service.addFacility(fx.staff(), facilityInput(`Świetlica nr ${fx.seq()}`))).id;
}

async function enrolment(fx: Fixtures, signed = false) {
  const id = (await service.enrol(fx.staff(), await facility(fx), enrolInput(fx.ids.person!))).id;
  if (signed) await service.signConsent(fx.staff(), id, addDays(todayInPoland(), -7));
  return id;
}

export const examples: Examples = {
  'GET /api/v1/facilities': () => ({}),
  'GET /api/v1/facilities/:id': async (fx) => ({ params: { id: await facility(fx) } }),
  'POST /api/v1/facilities': (fx) => ({ body: facilityInput(`Klub nr ${fx.seq()}`) }),
  'GET /api/v1/facilities/:id/enrolments': async (fx) => ({
    params: { id: await facility(fx) },
    query: { status: 'enrolled' },
  }),
  'POST /api/v1/facilities/:id/enrolments': async (fx) => ({
    params: { id: await facility(fx) },
    body: enrolInput(fx.ids.person!),
  }),
  'GET /api/v1/enrolments/:id': async (fx) => ({ params: { id: await enrolment(fx) } }),
  'GET /api/v1/enrolments/:id/consent': async (fx) => ({ params: { id: await enrolment(fx) } }),
  'POST /api/v1/enrolments/:id/consent': async (fx) => ({
    params: { id: await enrolment(fx) },
    body: { on: todayInPoland() },
  }),
  'POST /api/v1/enrolments/:id/acceptance': async (fx) => {
    // A place of one, taken; the second waits, the first leaves, the place is offered.
    const f = (await service.addFacility(fx.staff(), facilityInput(`Klub nr ${fx.seq()}`, { capacity: 1 })))
      .id;
    const persons = await fx.q.query<{ id: string }>('SELECT id FROM person ORDER BY sort_key LIMIT 2');
    const first = await service.enrol(fx.staff(), f, enrolInput(persons.rows[0]!.id));
    const second = await service.enrol(fx.staff(), f, enrolInput(persons.rows[1]!.id));
    await service.end(fx.staff(), first.id, { on: todayInPoland(), reason: 'Przeprowadzka' });
    return { params: { id: second.id }, body: { on: todayInPoland() } };
  },
  'POST /api/v1/enrolments/:id/end': async (fx) => ({
    params: { id: await enrolment(fx) },
    body: { on: todayInPoland(), reason: 'Rezygnacja rodzica' },
  }),
  'GET /api/v1/facilities/:id/attendance': async (fx) => ({
    params: { id: await facility(fx) },
    query: { day: todayInPoland() },
  }),
  'PUT /api/v1/enrolments/:id/attendance/:day': async (fx) => ({
    params: { id: await enrolment(fx, true), day: lastOpenDay() },
    body: { present: true },
  }),
  'GET /api/v1/facilities/:id/report': async (fx) => ({
    params: { id: await facility(fx) },
    query: { month: todayInPoland().slice(0, 7) },
  }),
  'GET /api/v1/facilities/:id/activities': async (fx) => ({ params: { id: await facility(fx) } }),
  'POST /api/v1/facilities/:id/activities': async (fx) => ({
    params: { id: await facility(fx) },
    body: {
      title: 'Zajęcia plastyczne',
      heldOn: todayInPoland(),
      startsAt: '14:30',
      endsAt: '16:00',
      leader: 'Kamil Świetlicowy',
    },
  }),
};
