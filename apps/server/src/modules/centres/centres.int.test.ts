import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext } from '../../http/context.ts';
import { DEMO_CENTRE_TABLE } from '../../seed/demo-centres.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { expectPdf } from '../../test/pdf-text.ts';
import { type Call, family, http, nkA, perpetrator } from '../blue-card/test-helpers.ts';
import { computeIndicators } from '../reporting/indicator-repo.ts';
import { facilityInput, lastOpenDay } from './routes.examples.ts';

// Support centres: a place with its places and hours, enrolment with the referral and the parent's
// consent, the waiting list, the week's attendance in the month's report, the day care home's fee
// from the fee table, and who may see and do what.
let t: TestApp;
let call: Call;
let admin: string;
let staff: string; // Kamil Świetlicowy, centre staff
let auditor: string;
let children: { id: string; firstName: string; surname: string }[];

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  admin = await t.login('admin');
  staff = await t.login('kadra');
  auditor = await t.login('audytor');
  const r = await t.db.query<{ id: string; firstName: string; surname: string }>(
    `SELECT p.id, p.first_name AS "firstName", p.surname FROM household_membership m JOIN person p ON p.id = m.person_id
      WHERE m.relation = 'child' AND m.valid_to IS NULL ORDER BY p.sort_key LIMIT 4`,
  );
  children = r.rows;
});
afterAll(() => t?.close());

let seq = 0;
async function addPlace(extra: Parameters<typeof facilityInput>[1] = {}) {
  const r = await call('POST', '/api/v1/facilities', admin, {
    ...facilityInput(`Świetlica Socjoterapeutyczna ${++seq}`, {
      openingHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '14:00', close: '18:00' })),
      ...extra,
    }),
  });
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; name: string; capacity: number };
}

const enrolBody = (personId: string, requestedOn = '2026-11-02') => ({
  personId,
  requestedOn,
  referredBy: 'school',
  referrerName: 'Pedagog szkolny, Szkoła Podstawowa nr 3',
  consentBy: 'parent',
  guardianName: 'Anna Rodzicielska',
});

describe('support centres', () => {
  it('are added by the administrator with places, hours and staff; the staff may not add one', async () => {
    const bad = await call('POST', '/api/v1/facilities', admin, { ...facilityInput('Klub'), capacity: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([
      { path: 'capacity', message: 'Podaj co najmniej jedno miejsce.' },
    ]);
    expect((await call('POST', '/api/v1/facilities', staff, facilityInput('Klub'))).statusCode).toBe(403);
    const f = await addPlace({ capacity: 2 });
    const got = (await call('GET', `/api/v1/facilities/${f.id}`, staff)).json();
    expect(got).toMatchObject({
      capacity: 2,
      enrolled: 0,
      waiting: 0,
      monthlyCostGrosze: 950_000,
      charged: false,
    });
    expect(got.openingHours[0]).toEqual({ day: 1, open: '14:00', close: '18:00' });
  });

  it('enrol a child with the referral and the parent’s consent (a PDF to sign), then a waiting list, first come first served', async () => {
    const f = await addPlace({ capacity: 2 });
    const noGuardian = await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, {
      ...enrolBody(children[0]!.id),
      guardianName: null,
    });
    expect(noGuardian.statusCode).toBe(400);
    expect(noGuardian.json().error.fields[0].path).toBe('guardianName');

    const enrolled: { id: string; status: string; position: number | null }[] = [];
    for (const [i, child] of children.entries()) {
      const r = await call(
        'POST',
        `/api/v1/facilities/${f.id}/enrolments`,
        staff,
        enrolBody(child.id, `2026-11-0${2 + i}`),
      );
      expect(r.statusCode).toBe(201);
      enrolled.push(r.json());
    }
    expect(enrolled.map((e) => [e.status, e.position])).toEqual([
      ['enrolled', null],
      ['enrolled', null],
      ['waiting', 1],
      ['waiting', 2],
    ]);
    const again = await call(
      'POST',
      `/api/v1/facilities/${f.id}/enrolments`,
      staff,
      enrolBody(children[0]!.id),
    );
    expect(again.statusCode).toBe(409);

    const pdf = await call('GET', `/api/v1/enrolments/${enrolled[0]!.id}/consent`, staff);
    expectPdf(pdf, [
      'ZGODA NA UCZESTNICTWO W ZAJĘCIACH',
      `Anna Rodzicielska, rodzic (opiekun prawny) dziecka ${children[0]!.firstName} ${children[0]!.surname}, wyrażam zgodę`,
      `w zajęciach placówki „${f.name}”`,
      'pon. 14:00–18:00',
      'Skierowanie: szkoła (pedagog szkolny): Pedagog szkolny, Szkoła Podstawowa nr 3.',
    ]);

    // The first leaves: the place is offered to the first waiting, the second moves up.
    const ended = await call('POST', `/api/v1/enrolments/${enrolled[0]!.id}/end`, staff, {
      on: '2026-11-20',
      reason: 'Zmiana szkoły',
    });
    expect(ended.json().status).toBe('ended');
    expect((await call('GET', `/api/v1/enrolments/${enrolled[2]!.id}`, staff)).json()).toMatchObject({
      status: 'offered',
      offeredOn: '2026-11-20',
    });
    expect((await call('GET', `/api/v1/enrolments/${enrolled[3]!.id}`, staff)).json()).toMatchObject({
      status: 'waiting',
      position: 1,
    });
    // The one waiting cannot take a place not offered; the offered one can.
    expect(
      (await call('POST', `/api/v1/enrolments/${enrolled[3]!.id}/acceptance`, staff, { on: '2026-11-23' }))
        .statusCode,
    ).toBe(409);
    const took = await call('POST', `/api/v1/enrolments/${enrolled[2]!.id}/acceptance`, staff, {
      on: '2026-11-23',
    });
    expect(took.json()).toMatchObject({ status: 'enrolled', enrolledOn: '2026-11-23' });
    const waiting = (await call('GET', `/api/v1/facilities/${f.id}/enrolments?status=waiting`, staff)).json();
    expect(waiting.items.map((e: { id: string }) => e.id)).toEqual([enrolled[3]!.id]);
    expect((await call('GET', `/api/v1/facilities/${f.id}`, staff)).json()).toMatchObject({
      enrolled: 2,
      waiting: 1,
    });
  });

  it('records a week of attendance after the consent is signed, and the month’s report counts it with its cost', async () => {
    const f = await addPlace();
    const e = (
      await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, enrolBody(children[0]!.id))
    ).json();
    const url = (day: string) => `/api/v1/enrolments/${e.id}/attendance/${day}`;
    const before = await call('PUT', url('2026-11-16'), staff, { present: true });
    expect(before.statusCode).toBe(409);
    expect(before.json().error.message).toBe(
      'Obecność można odnotować dopiero po podpisaniu zgody na uczestnictwo.',
    );
    expect(
      (await call('POST', `/api/v1/enrolments/${e.id}/consent`, staff, { on: '2026-11-13' })).json(),
    ).toMatchObject({
      consentSignedOn: '2026-11-13',
    });
    const week = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
    for (const [i, day] of week.entries())
      expect((await call('PUT', url(day), staff, { present: i !== 2 })).statusCode).toBe(200);
    // Changing one's mind is the same click again.
    await call('PUT', url('2026-11-19'), staff, { present: false });
    await call('PUT', url('2026-11-19'), staff, { present: true });

    const saturday = await call('PUT', url('2026-11-21'), staff, { present: true });
    expect(saturday.statusCode).toBe(400);
    expect(saturday.json().error.fields).toEqual([
      { path: 'day', message: 'Placówka nie jest czynna w tym dniu.' },
    ]);
    expect((await call('PUT', url('2026-11-11'), staff, { present: true })).json().error.fields[0].path).toBe(
      'day',
    );
    expect((await call('PUT', url('2099-01-05'), staff, { present: true })).json().error.fields).toEqual([
      { path: 'day', message: 'Nie można odnotować obecności w przyszłości.' },
    ]);
    expect((await call('PUT', url('2026-11-16'), auditor, { present: false })).statusCode).toBe(403);

    const sheet = (await call('GET', `/api/v1/facilities/${f.id}/attendance?day=2026-11-18`, staff)).json();
    expect(sheet).toMatchObject({
      open: true,
      rows: [{ enrolmentId: e.id, present: false, consentSigned: true }],
    });

    const report = await call('GET', `/api/v1/facilities/${f.id}/report?month=2026-11`, auditor);
    expect(report.json()).toMatchObject({
      month: '2026-11',
      openDays: 20,
      attendanceDays: 4,
      participants: 1,
      averageDaily: 0.2,
      occupancyPct: 1.33, // 4 of 20 days × 15 places
      costPerPlaceGrosze: 63_333, // 9 500,00 zł / 15
      costPerAttendanceDayGrosze: 237_500, // 9 500,00 zł / 4
      feesGrosze: 0,
      rows: [{ personId: children[0]!.id, daysPresent: 4, daysAbsent: 1, feeGrosze: 0 }],
    });
    const bad = await call('GET', `/api/v1/facilities/${f.id}/report?month=2026-13`, staff);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('month');
  });

  it('charges a day at the day care home by the resolution in the services’ fee tables (art. 97 ust. 5 ups)', async () => {
    // A newer resolution of the same scale (10 % of 42,50 zł a day from 100 % to 150 % of the criterion).
    const table = await call('POST', '/api/v1/services/fee-tables', admin, {
      ...DEMO_CENTRE_TABLE,
      number: 'XXI/250/2026',
      adoptedOn: '2026-01-29',
      validFrom: '2026-02-01',
    });
    expect(table.statusCode).toBe(201);
    const f = await addPlace({
      kind: 'dayCareHome',
      name: 'Dzienny Dom Pomocy Społecznej (test)',
      charged: true,
    });
    const senior = {
      ...enrolBody(children[1]!.id),
      referredBy: 'socialWorker',
      consentBy: 'person',
      guardianName: null,
    };
    const noIncome = await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, senior);
    expect(noIncome.statusCode).toBe(400);
    expect(noIncome.json().error.fields[0].path).toBe('fee');
    const r = await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, {
      ...senior,
      fee: { incomeGrosze: 140_000, householdSize: 1 },
    });
    expect(r.statusCode).toBe(201);
    // 1 400,00 zł of a person alone against the criterion in force on the day: the 10 % band.
    expect(r.json()).toMatchObject({ dailyFeeGrosze: 425, feeTableNumber: 'XXI/250/2026' });
    await call('POST', `/api/v1/enrolments/${r.json().id}/consent`, staff, { on: '2026-11-02' });
    for (const day of ['2026-11-02', '2026-11-03', '2026-11-04'])
      await call('PUT', `/api/v1/enrolments/${r.json().id}/attendance/${day}`, staff, { present: true });
    const report = (await call('GET', `/api/v1/facilities/${f.id}/report?month=2026-11`, staff)).json();
    expect(report.feesGrosze).toBe(1_275);
  });

  it('keeps a person sealed in the Niebieska Karta compartment out of every list and refuses to enrol them', async () => {
    const fam = await family(t);
    const nk = await call(
      'POST',
      '/api/v1/blue-cards',
      await t.login('niebieska'),
      nkA(fam.victim, fam.child),
    );
    expect(nk.statusCode).toBe(201);
    const sealed = (
      await t.db.query<{ id: string }>('SELECT id FROM person WHERE pesel = $1', [perpetrator.pesel])
    ).rows[0]!.id;
    const f = await addPlace();
    const refused = await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, enrolBody(sealed));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('personId');
    // Enrolled by whoever could see him (here straight in the database): still invisible to the staff.
    const row = await t.owner.query<{ id: string }>(
      `INSERT INTO enrolment (facility_id, person_id, requested_on, enrolled_on, referred_by, consent_by)
       VALUES ($1, $2, '2026-11-02', '2026-11-02', 'self', 'person') RETURNING id`,
      [f.id, sealed],
    );
    const list = (await call('GET', `/api/v1/facilities/${f.id}/enrolments?status=enrolled`, staff)).json();
    expect(list.items).toEqual([]);
    expect((await call('GET', `/api/v1/enrolments/${row.rows[0]!.id}`, staff)).statusCode).toBe(404);
    expect(
      (await call('GET', `/api/v1/facilities/${f.id}/attendance?day=2026-11-16`, staff)).json().rows,
    ).toEqual([]);
  });

  it('gives the strategy report the seniors who came to the day care home or Klub Senior+ in the year', async () => {
    const director = (await t.db.query<{ id: string }>("SELECT id FROM staff_user WHERE login = 'dyrektor'"))
      .rows[0]!.id;
    const day = lastOpenDay();
    const year = Number(day.slice(0, 4));
    const keys = ['centres.seniorParticipants', 'centres.seniorAttendanceDays', 'centres.childParticipants'];
    const count = async () =>
      t.db.tx(async (q) => {
        const m = await computeIndicators(staffContext(q, director), keys, year);
        return keys.map((k) => m.get(k)!.value);
      });
    const before = await count();
    const f = await addPlace({
      kind: 'seniorClub',
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ day: d, open: '10:00', close: '14:00' })),
    });
    const senior = (
      await t.db.query<{ id: string }>(
        `SELECT p.id FROM person p WHERE p.birth_date < now() - interval '65 years'
          AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.person_id = p.id) ORDER BY p.sort_key LIMIT 1`,
      )
    ).rows[0]!.id;
    const e = (
      await call('POST', `/api/v1/facilities/${f.id}/enrolments`, staff, {
        ...enrolBody(senior, `${year}-01-02`),
        referredBy: 'self',
        consentBy: 'person',
        guardianName: null,
      })
    ).json();
    await call('POST', `/api/v1/enrolments/${e.id}/consent`, staff, { on: `${year}-01-02` });
    expect(
      (await call('PUT', `/api/v1/enrolments/${e.id}/attendance/${day}`, staff, { present: true }))
        .statusCode,
    ).toBe(200);
    const after = await count();
    expect(after).toEqual([before[0]! + 1, before[1]! + 1, before[2]!]);
  });
});
