import { addDays } from '@ostoja/domain/calendar/working-days';
import { formatDate } from '@ostoja/domain/i18n/index';
import { describe, expect, it } from 'vitest';
import { staffApp } from '../../test/staff-app.ts';
import { userId } from '../family-support/routes.examples.ts';
import { addCarer, lastMonth, plan, runningDecision, visit } from './schedule-fixtures.ts';

// Carers' schedules on PostgreSQL: visits against the decision's period and the 24-hour day,
// the provider's CSV with its per-line report, conflicts, hours planned against delivered, and
// what a carer may see.
const s = staffApp({ logins: ['swiadczenia', 'pracownik', 'opiekunka', 'dyrektor'], staff: 'swiadczenia' });
const { who, fx, call } = s;
/** The carer's weekly plan entry for the decision: on `weekday` from `startsAt` to `endsAt`. */
const weekly = (careServiceId: string, carerId: string, weekday: number, startsAt: string, endsAt: string) =>
  plan(fx(), { careServiceId, carerId, weekday, startsAt, endsAt });
/** A visit the carer recorded for the decision: the day, from `startsAt`, `hours` (0: missed, for the reason). */
const visited = (
  careServiceId: string,
  carerId: string,
  visitOn: string,
  startsAt: string,
  hours: number,
  missedReason?: string,
) =>
  visit(fx(), {
    careServiceId,
    carerId,
    visitOn,
    startsAt,
    hours,
    ...(missedReason ? { missedReason } : {}),
  });
let n = 500;
const day = (d: number) => `${lastMonth}-${String(d).padStart(2, '0')}`;
const visits = async () =>
  (await s.t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM care_visit')).rows[0]!.n;
const record = (body: object, cookie = who.pracownik!, lang = 'pl') =>
  call('POST', '/api/v1/care-schedule/visits', cookie, body, lang);

/** Days of last month that are the given ISO weekday (1 Monday … 7 Sunday), counted independently. */
function countWeekdays(isoWeekday: number) {
  let count = 0;
  for (let d = 1; d <= 31; d++) {
    const date = new Date(`${day(d)}T12:00:00Z`);
    if (date.toISOString().slice(0, 7) !== lastMonth) break;
    if ((date.getUTCDay() || 7) === isoWeekday) count++;
  }
  return count;
}

describe('recording visits', () => {
  it('records delivered hours and a missed visit with its reason, shown in the decision’s schedule', async () => {
    const d = await runningDecision(fx(), ++n);
    const carer = await addCarer(fx(), 'Irena Rano');
    const slot = await call('POST', '/api/v1/care-schedule/plan', who.pracownik!, {
      careServiceId: d.id,
      carerId: carer.id,
      weekday: 2,
      startsAt: '08:00',
      endsAt: '09:30',
    });
    expect(slot.statusCode).toBe(201);
    expect(slot.json()).toMatchObject({ carerName: 'Irena Rano', hours: 1.5 });
    const done = await record({
      careServiceId: d.id,
      carerId: carer.id,
      visitOn: day(2),
      startsAt: '08:00',
      hours: 1.25,
    });
    expect(done.statusCode).toBe(201);
    const missed = await record({
      careServiceId: d.id,
      carerId: carer.id,
      visitOn: day(9),
      startsAt: '08:00',
      hours: 0,
      missedReason: 'clientInHospital',
    });
    expect(missed.statusCode).toBe(201);
    const sched = (
      await call('GET', `/api/v1/care-services/${d.id}/schedule?month=${lastMonth}`, who.dyrektor!)
    ).json();
    expect(sched.plan).toMatchObject([{ weekday: 2, startsAt: '08:00', endsAt: '09:30' }]);
    expect(sched.visits).toMatchObject([
      { visitOn: day(2), hours: 1.25, missedReason: null, source: 'coordinator' },
      { visitOn: day(9), hours: 0, missedReason: 'clientInHospital' },
    ]);
  });

  it('refuses more than 24 hours of services in the client’s day, naming hours, and writes nothing', async () => {
    const d = await runningDecision(fx(), ++n);
    const a = await addCarer(fx(), 'Anna Dzienna');
    const b = await addCarer(fx(), 'Beata Nocna');
    await visit(fx(), { careServiceId: d.id, carerId: a.id, visitOn: day(3), startsAt: '00:00', hours: 20 });
    const before = await visits();
    const res = await record({
      careServiceId: d.id,
      carerId: b.id,
      visitOn: day(3),
      startsAt: '20:00',
      hours: 4.5,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'hours', message: 'Tego dnia ta osoba miałaby ponad 24 godziny usług (24,5 godz.).' },
    ]);
    const one = await record({
      careServiceId: d.id,
      carerId: b.id,
      visitOn: day(4),
      startsAt: '00:00',
      hours: 25,
    });
    expect(one.json().error.fields).toEqual([
      { path: 'hours', message: 'Doba ma 24 godziny: podaj najwyżej 24.' },
    ]);
    expect(await visits()).toBe(before);
  });

  it('refuses a visit outside the decision’s period, naming visitOn and the period, in the reader’s language', async () => {
    const d = await runningDecision(fx(), ++n);
    const carer = await addCarer(fx(), 'Celina Poza');
    const res = await record(
      {
        careServiceId: d.id,
        carerId: carer.id,
        visitOn: addDays(d.periodFrom, -1),
        startsAt: '10:00',
        hours: 2,
      },
      who.pracownik!,
      'en',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      {
        path: 'visitOn',
        message: `The visit falls outside the decision’s period (${formatDate(d.periodFrom, 'en')} – ${formatDate(d.periodTo, 'en')}).`,
      },
    ]);
  });

  it('takes only a carer of the decision’s provider', async () => {
    const d = await runningDecision(fx(), ++n);
    const theirs = await addCarer(fx(), 'Dorota Zlecona', { employer: 'contracted', providerName: 'PCK' });
    const res = await record({
      careServiceId: d.id,
      carerId: theirs.id,
      visitOn: day(5),
      startsAt: '10:00',
      hours: 1,
    });
    expect(res.json().error.fields[0].path).toBe('carerId');
  });
});

describe('the provider’s monthly CSV', () => {
  it('imports the month’s lines, and with one bad line reports every bad line and imports nothing', async () => {
    const d = await runningDecision(fx(), ++n, 'Stowarzyszenie „Pod Lipą”');
    await addCarer(fx(), 'Ewa Zlecona', {
      employer: 'contracted',
      providerName: 'Stowarzyszenie „Pod Lipą”',
    });
    const head = 'decyzja;data;godzina;godziny;opiekun;powod';
    const bad = [
      head,
      `${d.number};${day(6)};08:00;2,5;Ewa Zlecona;`,
      `${d.number};${day(7)};08:00;25;Ewa Zlecona;`,
      `${d.number};${addDays(d.periodTo, 1)};08:00;1;Ewa Zlecona;`,
      `${d.number};${day(8)};08:00;0;Ewa Zlecona;flu`,
      `XX/1/2020;${day(8)};08:00;1;Ewa Zlecona;`,
    ].join('\n');
    const before = await visits();
    const res = await call('POST', '/api/v1/care-schedule/visits/import', who.swiadczenia!, { csv: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'W pliku są błędy (pierwszy w wierszu 3); niczego nie zaimportowano.',
    );
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'csv.3.hours',
      'csv.5.missedReason',
    ]);
    expect(await visits()).toBe(before);
    // The format right, the lines are checked against the decisions: the period and the unknown decision.
    const second = await call('POST', '/api/v1/care-schedule/visits/import', who.swiadczenia!, {
      csv: [bad.split('\n')[0], bad.split('\n')[1], bad.split('\n')[3], bad.split('\n')[5]].join('\n'),
    });
    expect(second.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'csv.3.date',
      'csv.4.decision',
    ]);
    expect(await visits()).toBe(before);
    const good = [
      head,
      `${d.number};${day(6)};08:00;2,5;Ewa Zlecona;`,
      `${d.number};${day(13)};08:00;0;Ewa Zlecona;clientAbsent`,
    ].join('\r\n');
    const ok = await call('POST', '/api/v1/care-schedule/visits/import', who.swiadczenia!, { csv: good });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ imported: 2 });
    const sched = (
      await call('GET', `/api/v1/care-services/${d.id}/schedule?month=${lastMonth}`, who.swiadczenia!)
    ).json();
    expect(sched.visits).toMatchObject([
      { visitOn: day(6), hours: 2.5, source: 'providerCsv', carerName: 'Ewa Zlecona' },
      { visitOn: day(13), hours: 0, missedReason: 'clientAbsent' },
    ]);
  });
});

describe('what the coordinator sees', () => {
  it('shows a carer in two places at once, in the plan and in the visits; touching visits are no conflict', async () => {
    const first = await runningDecision(fx(), ++n);
    const second = await runningDecision(fx(), ++n);
    const carer = await addCarer(fx(), 'Felicja Wszędzie');
    await weekly(first.id, carer.id, 4, '08:00', '10:00');
    await weekly(second.id, carer.id, 4, '09:30', '11:00');
    await weekly(second.id, carer.id, 5, '10:00', '11:00');
    await weekly(first.id, carer.id, 5, '08:00', '10:00');
    await visited(first.id, carer.id, day(10), '12:00', 2);
    await visited(second.id, carer.id, day(10), '13:00', 1);
    const res = await call('GET', `/api/v1/care-schedule/conflicts?month=${lastMonth}`, who.pracownik!);
    expect(res.statusCode).toBe(200);
    const mine = res.json().items.filter((c: { carerId: string }) => c.carerId === carer.id);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      weekday: 4,
      date: null,
      first: { careServiceId: first.id, startsAt: '08:00', endsAt: '10:00' },
      second: { careServiceId: second.id, startsAt: '09:30', endsAt: '11:00' },
    });
    expect(mine[1]).toMatchObject({
      weekday: null,
      date: day(10),
      first: { startsAt: '12:00', endsAt: '14:00' },
      second: { startsAt: '13:00', endsAt: '14:00' },
    });
  });

  it('compares the hours the weekly plan gives in the month with those delivered', async () => {
    const d = await runningDecision(fx(), ++n);
    const carer = await addCarer(fx(), 'Grażyna Planowa');
    await weekly(d.id, carer.id, 1, '08:00', '10:00');
    await weekly(d.id, carer.id, 4, '14:00', '15:30');
    await visited(d.id, carer.id, day(1), '08:00', 2);
    await visited(d.id, carer.id, day(2), '14:00', 1.75);
    await visited(d.id, carer.id, day(3), '14:00', 0, 'clientRefused');
    const res = await call('GET', `/api/v1/care-schedule/hours?month=${lastMonth}`, who.swiadczenia!);
    const row = res.json().items.find((r: { careServiceId: string }) => r.careServiceId === d.id);
    const planned = countWeekdays(1) * 2 + countWeekdays(4) * 1.5;
    expect(row).toMatchObject({
      number: d.number,
      plannedHours: planned,
      deliveredHours: 3.75,
      missedVisits: 1,
      differenceHours: 3.75 - planned,
    });
  });
});

describe('access', () => {
  it('shows a carer only their own clients’ addresses and tasks, never income or the fee', async () => {
    const mine = await runningDecision(fx(), ++n);
    const other = await runningDecision(fx(), ++n);
    // The demo's carer linked to the `opiekunka` login.
    const me = (
      await s.t.db.query<{ id: string }>(
        `SELECT k.id FROM carer k JOIN staff_user u ON u.id = k.staff_user_id WHERE u.login = 'opiekunka'`,
      )
    ).rows[0]!;
    const someone = await addCarer(fx(), 'Halina Inna');
    await weekly(mine.id, me.id, 2, '08:00', '10:00');
    await weekly(other.id, someone.id, 2, '08:00', '10:00');
    const res = await call('GET', '/api/v1/care-schedule/my-clients', who.opiekunka!);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { careServiceId: string }[];
    expect(items.map((c) => c.careServiceId)).not.toContain(other.id);
    // The demo's two own clients, planned Monday to Friday, and the one planned here.
    expect(items).toHaveLength(3);
    expect(items.filter((c) => c.careServiceId === mine.id)).toEqual([
      {
        careServiceId: mine.id,
        firstName: 'Halina',
        surname: mine.surname,
        address: expect.stringMatching(/^ul\. Kraszewskiego \d+, +Pruszków$/),
        tasks: ['hygiene', 'meals', 'shopping'],
        periodFrom: mine.periodFrom,
        periodTo: mine.periodTo,
        plan: [{ weekday: 2, startsAt: '08:00', endsAt: '10:00' }],
      },
    ]);
    expect(res.body).not.toMatch(/income|fee|grosze|pesel/i);
    for (const url of [
      `/api/v1/care-services/${mine.id}`,
      `/api/v1/care-services/${mine.id}/schedule?month=${lastMonth}`,
      '/api/v1/care-services',
      `/api/v1/care-bills?month=${lastMonth}`,
      `/api/v1/care-schedule/hours?month=${lastMonth}`,
    ])
      expect((await call('GET', url, who.opiekunka!)).statusCode, url).toBe(403);
    expect((await call('GET', '/api/v1/care-schedule/my-clients', who.pracownik!)).statusCode).toBe(403);
    const logged = await s.t.db.query(
      `SELECT 1 FROM audit_log a JOIN staff_user u ON u.id = a.actor_id
        WHERE a.entity = 'carerClient' AND u.login = 'opiekunka'`,
    );
    expect(logged.rowCount).toBe(1);
  });

  it('links a carer to a login with the carer role only, and never to a login another carer has', async () => {
    const logins = await call('GET', '/api/v1/care-schedule/carer-logins', who.pracownik!);
    expect(logins.statusCode).toBe(200);
    expect(logins.json().items).toEqual([
      {
        id: await userId(s.t.db, 'opiekunka'),
        fullName: 'Olga Opiekuńcza',
        login: 'opiekunka',
        carerName: 'Olga Opiekuńcza',
      },
    ]);
    expect((await call('GET', '/api/v1/care-schedule/carer-logins', who.opiekunka!)).statusCode).toBe(403);
    const add = (login: string) =>
      userId(s.t.db, login).then((staffUserId) =>
        call('POST', '/api/v1/care-schedule/carers', who.pracownik!, {
          fullName: `Opiekun ${++n}`,
          employer: 'own',
          staffUserId,
        }),
      );
    for (const [login, message] of [
      ['pracownik', 'To konto nie ma roli opiekuna.'],
      ['opiekunka', 'To konto jest już przypisane innemu opiekunowi.'],
    ] as const) {
      const res = await add(login);
      expect(res.statusCode, login).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'staffUserId', message }]);
    }
  });
});
