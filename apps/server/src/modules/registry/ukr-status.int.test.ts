import type { StrategyReport } from '@ostoja/domain/reporting/responses';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { polishDate, todayInPoland } from '@ostoja/domain/shared/today';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { twoPersonHousehold } from '../../test/decisions.ts';
import { errorPaths } from '../../test/errors.ts';

// The UKR status of a citizen of Ukraine (act of 12.03.2022, art. 4) through the HTTP API on a
// real PostgreSQL with the demo centre: set, lost and cleared with its history; the fields a
// wrong date is reported on; who may change it; what the application flow and the strategy
// report do with it.

let t: TestApp;
let worker: string; // pracownik: registry.write
let clerk: string; // swiadczenia: registry.write
let director: string; // registry.read only
let specialist: string; // psycholog: registry.read only
let volunteers: string; // wolontariat: no registry at all
const today = todayInPoland();
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('pracownik');
  clerk = await t.login('swiadczenia');
  director = await t.login('dyrektor');
  specialist = await t.login('psycholog');
  volunteers = await t.login('wolontariat');
}, 120_000);
afterAll(() => t?.close());

const call = async (method: 'GET' | 'PUT' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

let serial = 930;
async function ukrainian(firstName: string, surname: string) {
  const res = await call('POST', '/api/v1/persons', clerk, {
    person: { pesel: makePesel('1990-06-12', 'F', serial++), firstName, surname, citizenship: 'UA' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
const status = (id: string, cookie = clerk) => call('GET', `/api/v1/persons/${id}/ukr-status`, cookie);
const setStatus = (id: string, body: object, cookie = clerk) =>
  call('PUT', `/api/v1/persons/${id}/ukr-status`, cookie, body);

describe('the UKR status of a person', () => {
  it('is given, lost and cleared, each change in the history with who made it and when', async () => {
    const id = await ukrainian('Olena', 'Ukrstatusowa');
    const fresh = (await call('GET', `/api/v1/persons/${id}`, clerk)).json();
    expect(fresh).toMatchObject({ ukrStatus: 'none', ukrSince: null, ukrLostOn: null, ukrLostReason: null });

    const given = await setStatus(id, { status: 'ukr', since: '2022-03-15' });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json()).toMatchObject({ personId: id, status: 'ukr', since: '2022-03-15', lostOn: null });
    expect(given.json().history).toEqual([
      expect.objectContaining({ status: 'ukr', since: '2022-03-15', changedBy: 'Beata Świadczeniowa' }),
    ]);

    const lost = await setStatus(
      id,
      { status: 'lost', since: '2022-03-15', lostOn: '2025-09-01', lostReason: 'leftPoland' },
      worker,
    );
    expect(lost.statusCode, lost.body).toBe(200);
    const page = (await call('GET', `/api/v1/persons/${id}`, worker)).json();
    expect(page).toMatchObject({
      ukrStatus: 'lost',
      ukrSince: '2022-03-15',
      ukrLostOn: '2025-09-01',
      ukrLostReason: 'leftPoland',
    });

    const cleared = await setStatus(id, { status: 'none' });
    expect(cleared.json()).toMatchObject({ status: 'none', since: null, lostOn: null, lostReason: null });
    const history = (await status(id, specialist)).json().history;
    expect(history.map((h: { status: string; changedBy: string }) => [h.status, h.changedBy])).toEqual([
      ['none', 'Beata Świadczeniowa'],
      ['lost', 'Paulina Środowiskowa'],
      ['ukr', 'Beata Świadczeniowa'],
    ]);
    expect(history[1]).toMatchObject({ lostOn: '2025-09-01', lostReason: 'leftPoland' });
    expect(new Date(history[0].changedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers 400 naming the field for a loss before the status, a date in the future, a missing reason; nothing is written', async () => {
    const id = await ukrainian('Iryna', 'Ukrstatusowa');
    await setStatus(id, { status: 'ukr', since: '2022-04-01' });
    const before = await status(id);

    const early = await setStatus(id, {
      status: 'lost',
      since: '2022-04-01',
      lostOn: '2022-03-31',
      lostReason: 'leftPoland',
    });
    expect(early.statusCode).toBe(400);
    expect(errorPaths(early)).toEqual(['lostOn']);
    expect(early.json().error.fields[0].message).toBe(
      'Data utraty statusu nie może być wcześniejsza niż data jego nadania',
    );

    const future = await setStatus(id, { status: 'ukr', since: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(errorPaths(future)).toEqual(['since']);
    const lostLater = await setStatus(id, {
      status: 'lost',
      since: '2022-04-01',
      lostOn: '2999-01-01',
      lostReason: 'other',
    });
    expect(errorPaths(lostLater)).toEqual(['lostOn']);
    expect(lostLater.json().error.fields[0].message).toContain(`(${polishDate(today)})`);
    const noReason = await setStatus(id, { status: 'lost', since: '2022-04-01', lostOn: '2024-01-10' });
    expect(errorPaths(noReason)).toEqual(['lostReason']);
    expect(errorPaths(await setStatus(id, { status: 'refugee' }))).toEqual(['status']);

    expect((await status(id)).json()).toEqual(before.json());
  });

  it('is changed only by those who keep the registry; read by every registry reader; a stranger is 404', async () => {
    const id = await ukrainian('Oksana', 'Ukrstatusowa');
    const body = { status: 'ukr', since: '2023-01-09' };
    expect((await setStatus(id, body, director)).statusCode).toBe(403);
    expect((await setStatus(id, body, specialist)).statusCode).toBe(403);
    expect((await setStatus(id, body, volunteers)).statusCode).toBe(403);
    expect((await status(id, volunteers)).statusCode).toBe(403);
    expect((await status(id, director)).json().status).toBe('none');
    expect((await setStatus(id, body, worker)).statusCode).toBe(200);
    expect((await status(id, director)).json().status).toBe('ukr');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await status(missing)).statusCode).toBe(404);
    expect((await setStatus(missing, body)).statusCode).toBe(404);
    // The read is in the audit log under the person.
    const log = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity = 'personUkrStatus' AND action = 'read' AND entity_id = $1`,
      [id],
    );
    expect(log.rowCount).toBeGreaterThan(0);
  });
});

describe('the application flow by citizenship and the UKR status', () => {
  it('refuses a foreigner without a title, gives a UKR holder a zasiłek celowy but not a zasiłek okresowy', async () => {
    const h = await twoPersonHousehold(t.db);
    await t.db.query(`UPDATE person SET citizenship = 'UA', document_type = 'passport' WHERE id = $1`, [
      h.applicantId,
    ]);
    const app = await call('POST', '/api/v1/applications', worker, {
      householdId: h.id,
      applicantId: h.applicantId,
      channel: 'inPerson',
      submittedOn: '2026-11-02',
      benefits: ['zasilekCelowy'],
      helpReasons: ['1'],
    });
    expect(app.statusCode, app.body).toBe(201);
    const appId = app.json().id;
    const visit = await call('POST', `/api/v1/applications/${appId}/wywiad`, worker, {
      visitedOn: '2026-11-05',
      conclusions: 'Rodzina przybyła z Ukrainy; brak środków na opał.',
      health: 'Bez zastrzeżeń.',
      members: [
        { personId: h.applicantId, sources: [] },
        { personId: h.otherId, sources: [] },
      ],
    });
    expect(visit.statusCode, visit.body).toBe(200);
    const preview = async (benefit: string) => {
      const r = await call('POST', `/api/v1/applications/${appId}/proposal-preview`, worker, {
        benefit,
        amount: 50000,
        periodFrom: '2026-11-02',
        periodTo: '2026-11-30',
        purpose: 'opał',
        justification: 'Brak dochodu.',
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json() as {
        eligible: boolean;
        amount: number;
        explanation: { article: string; text: string }[];
      };
    };

    const none = await preview('zasilekCelowy');
    expect(none).toMatchObject({ eligible: false, amount: 0 });
    expect(none.explanation[0]).toEqual({
      article: 'art. 5 ustawy o pomocy społecznej',
      text: 'Odmowa: cudzoziemiec bez zezwolenia na pobyt i bez statusu UKR nie ma prawa do pomocy społecznej.',
    });

    expect((await setStatus(h.applicantId, { status: 'ukr', since: '2022-03-15' })).statusCode).toBe(200);
    const celowy = await preview('zasilekCelowy');
    expect(celowy).toMatchObject({ eligible: true, amount: 50000 });
    expect(celowy.explanation[0]!.article).toBe(
      'art. 29 ust. 1 ustawy z 12.03.2022 o pomocy obywatelom Ukrainy',
    );
    const okresowy = await preview('zasilekOkresowy');
    expect(okresowy).toMatchObject({ eligible: false, amount: 0 });
    expect(okresowy.explanation[0]!.text).toMatch(
      /^Odmowa: obywatel Ukrainy ze statusem UKR może otrzymać tylko/,
    );

    // Lost before the application was filed: refused, and the day is named.
    await setStatus(h.applicantId, {
      status: 'lost',
      since: '2022-03-15',
      lostOn: '2026-10-01',
      lostReason: 'leftPoland',
    });
    expect((await preview('zasilekCelowy')).explanation[0]!.text).toBe(
      'Odmowa: wnioskodawca utracił status UKR 01.10.2026 i nie ma zezwolenia na pobyt ani innego tytułu do pomocy.',
    );
    // A residence card is a title of its own (art. 5 ups): the ups help in full.
    await t.db.query(`UPDATE person SET document_type = 'residenceCard' WHERE id = $1`, [h.applicantId]);
    expect(await preview('zasilekOkresowy')).toMatchObject({ eligible: true });
  });
});

describe('the strategy report', () => {
  it('counts social assistance paid this year to persons while they held the UKR status', async () => {
    const strategyId = (await call('GET', '/api/v1/reports/strategies', director)).json().items[0].id;
    const row = async () => {
      const r: StrategyReport = (
        await call('GET', `/api/v1/reports/strategies/${strategyId}/report?year=${year}`, director)
      ).json();
      const rows = r.goals.flatMap((g) =>
        g.operationalGoals.flatMap((o) => o.directions.flatMap((d) => d.indicators)),
      );
      return rows.find((x) => x.queryKey === 'payments.ukrStatus')!.value;
    };
    // The demo's family from Ukraine holds the status since March 2022: all its social assistance this year counts.
    const paid = await t.db.query<{ personId: string; amount: number }>(
      `SELECT person_id AS "personId", sum(amount)::int AS amount FROM report_expense
        WHERE on_date >= make_date($1, 1, 1) AND benefit NOT IN ('zasilekRodzinny', 'funduszAlimentacyjny',
              'dodatekMieszkaniowy', 'dodatekEnergetyczny')
        GROUP BY person_id HAVING sum(amount) > 0 ORDER BY person_id`,
      [year],
    );
    const ukr = new Set(
      (await t.db.query<{ id: string }>(`SELECT id FROM person WHERE ukr_status = 'ukr'`)).rows.map(
        (r) => r.id,
      ),
    );
    const demo = paid.rows.filter((p) => ukr.has(p.personId));
    expect(demo.length).toBeGreaterThan(0);
    const base = demo.reduce((s, p) => s + p.amount, 0);
    expect(await row()).toBe(base);

    // Another person paid this year is given the status since 2022: their payments join the row …
    const other = paid.rows.find((p) => !ukr.has(p.personId))!;
    await t.db.query(`UPDATE person SET citizenship = 'UA' WHERE id = $1`, [other.personId]);
    await setStatus(other.personId, { status: 'ukr', since: '2022-05-02' });
    expect(await row()).toBe(base + other.amount);
    // … and not once the status was lost before their first payment of the year.
    await setStatus(other.personId, {
      status: 'lost',
      since: '2022-05-02',
      lostOn: `${year}-01-01`,
      lostReason: 'residencePermit',
    });
    expect(await row()).toBe(base);
  });
});
