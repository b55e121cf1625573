import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { expectPdf } from '../../test/pdf-text.ts';
import { type Call, http, nkA, perpetrator } from '../blue-card/test-helpers.ts';

// The social worker's case file: open, plan, notes, tasks on "Moja praca", the social contract and
// its PDF; and who may see what (another field team, the auditor, the Niebieska Karta compartment).
let t: TestApp;
let call: Call;
let worker: string; // Paulina Środowiskowa, field team 1
let otherTeam: string; // Piotr Terenowy, field team 2
let auditor: string;
let household: { id: string; personId: string };

beforeAll(async () => {
  t = await createTestApp({ socialWork: false }); // the module's own records only
  call = http(t);
  worker = await t.login('pracownik');
  otherTeam = await t.login('pracownik2');
  auditor = await t.login('audytor');
  const r = await t.db.query<{ id: string; personId: string }>(
    `SELECT h.id, m.person_id AS "personId" FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
     JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL AND m.relation = 'applicant'
     ORDER BY h.id DESC LIMIT 1`,
  );
  household = r.rows[0]!;
});
afterAll(() => t?.close());

const openBody = () => ({
  householdId: household.id,
  openedOn: '2026-11-02',
  openReason: 'Zgłoszenie sąsiadów: rodzina bez środków po utracie pracy',
  problems: ['1', '4'],
  reviewDue: '2027-05-03',
});

async function openCase() {
  const r = await call('POST', '/api/v1/case-files', worker, openBody());
  expect(r.statusCode).toBe(201);
  return r.json() as { id: string; lead: { fullName: string }; problems: string[] };
}

describe('case file of social work', () => {
  it('is opened without any benefit, led by the worker, with the art. 7 problems and a review date', async () => {
    const c = await openCase();
    expect(c).toMatchObject({
      householdId: household.id,
      lead: { fullName: 'Paulina Środowiskowa' },
      problems: ['1', '4'],
      reviewDue: '2027-05-03',
      closedOn: null,
    });
    const bad = await call('POST', '/api/v1/case-files', worker, {
      ...openBody(),
      problems: ['10'],
      reviewDue: '2026-10-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('problems.0');
    const early = await call('POST', '/api/v1/case-files', worker, {
      ...openBody(),
      reviewDue: '2026-10-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual([
      { path: 'reviewDue', message: 'Termin przeglądu nie może być wcześniejszy niż data założenia teczki.' },
    ]);
  });

  it('holds a help plan, typed notes searchable by text (diacritics ignored), and tasks on "Moja praca"', async () => {
    const c = await openCase();
    const plan = await call('POST', `/api/v1/case-files/${c.id}/plan-items`, worker, {
      goal: 'Podjęcie zatrudnienia',
      action: 'Rejestracja w PUP i udział w szkoleniu',
      who: 'Klient; pracownik socjalny umawia termin',
      byWhen: '2026-12-15',
      expectedEffect: 'Status osoby bezrobotnej, skierowanie na szkolenie',
    });
    expect(plan.statusCode).toBe(201);
    expect(plan.json().plan).toEqual([
      expect.objectContaining({ goal: 'Podjęcie zatrudnienia', byWhen: '2026-12-15' }),
    ]);

    for (const [contactOn, kind, body] of [
      ['2026-11-03', 'visit', 'Wizyta w mieszkaniu: brak opału, zaległości czynszowe.'],
      ['2026-11-05', 'call', 'Telefon do PUP w sprawie szkolenia.'],
      ['2026-11-06', 'institution', 'Rozmowa z pedagogiem szkolnym o frekwencji syna.'],
    ])
      expect(
        (await call('POST', `/api/v1/case-files/${c.id}/notes`, worker, { contactOn, kind, body }))
          .statusCode,
      ).toBe(201);

    const all = (await call('GET', `/api/v1/case-files/${c.id}/notes`, worker)).json();
    expect(all.items.map((n: { contactOn: string }) => n.contactOn)).toEqual([
      '2026-11-06',
      '2026-11-05',
      '2026-11-03',
    ]);
    const found = (await call('GET', `/api/v1/case-files/${c.id}/notes?q=ZALEGLOSCI`, worker)).json();
    expect(found.items).toEqual([expect.objectContaining({ kind: 'visit', contactOn: '2026-11-03' })]);
    const paged = (await call('GET', `/api/v1/case-files/${c.id}/notes?limit=2`, worker)).json();
    expect(paged.items).toHaveLength(2);
    const rest = (
      await call('GET', `/api/v1/case-files/${c.id}/notes?limit=2&after=${paged.nextCursor}`, worker)
    ).json();
    expect(rest).toEqual({ items: [expect.objectContaining({ contactOn: '2026-11-03' })], nextCursor: null });

    // Every read of the notes is in the audit log, with what was searched.
    const reads = await t.db.query<{ details: { q: string | null } }>(
      `SELECT details FROM audit_log WHERE action = 'read' AND entity = 'caseNote' AND entity_id = $1`,
      [c.id],
    );
    expect(reads.rows.map((r) => r.details.q).sort()).toEqual(['ZALEGLOSCI', null, null, null]);

    const task = await call('POST', `/api/v1/case-files/${c.id}/tasks`, worker, {
      title: 'Sprawdzić rejestrację w PUP',
      due: '2026-11-20',
    });
    expect(task.statusCode).toBe(201);
    const mine = (await call('GET', '/api/v1/my-case-tasks', worker)).json();
    expect(mine.items).toContainEqual(
      expect.objectContaining({ title: 'Sprawdzić rejestrację w PUP', due: '2026-11-20', caseFileId: c.id }),
    );
    const done = await call('POST', `/api/v1/case-tasks/${task.json().id}/done`, worker, {
      on: '2026-11-19',
    });
    expect(done.json().doneOn).toBe('2026-11-19');
    const after = (await call('GET', '/api/v1/my-case-tasks', worker)).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(task.json().id);
  });

  it('hides the notes from a worker of another team (404), lets the auditor read but not write (403)', async () => {
    const c = await openCase();
    await call('POST', `/api/v1/case-files/${c.id}/notes`, worker, {
      contactOn: '2026-11-04',
      kind: 'office',
      body: 'Wizyta w ośrodku.',
    });
    expect((await call('GET', `/api/v1/case-files/${c.id}/notes`, otherTeam)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/case-files/${c.id}`, otherTeam)).statusCode).toBe(404);
    const list = (await call('GET', `/api/v1/case-files?householdId=${household.id}`, otherTeam)).json();
    expect(list.items).toEqual([]);
    expect((await call('GET', `/api/v1/case-files/${c.id}/notes`, auditor)).json().items).toHaveLength(1);
    const write = await call('POST', `/api/v1/case-files/${c.id}/notes`, auditor, {
      contactOn: '2026-11-04',
      kind: 'call',
      body: 'x',
    });
    expect(write.statusCode).toBe(403);
    // A co-worker from the other team sees it once added to the case.
    const u = await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'pracownik2'`);
    await t.db.query('INSERT INTO case_file_worker (case_file_id, worker_id) VALUES ($1, $2)', [
      c.id,
      u.rows[0]!.id,
    ]);
    expect((await call('GET', `/api/v1/case-files/${c.id}/notes`, otherTeam)).statusCode).toBe(200);
  });

  it('runs a social contract (part B): signed, reviewed, broken; prints it as PDF; refuses what the state does not allow', async () => {
    const c = await openCase();
    const k = await call('POST', `/api/v1/case-files/${c.id}/contracts`, worker, {
      part: 'B',
      personId: household.personId,
      concludedOn: '2026-11-09',
      validTo: '2027-02-28',
      reviewDue: '2026-12-15',
      goals: 'Podjęcie zatrudnienia w ciągu trzech miesięcy',
      personObligations: 'Rejestracja w PUP, udział w szkoleniu, comiesięczny kontakt z pracownikiem',
      centreObligations: 'Poradnictwo, pomoc w przygotowaniu CV, zasiłek okresowy w razie potrzeby',
    });
    expect(k.statusCode).toBe(201);
    const contract = k.json();
    expect(contract).toMatchObject({ number: 'KS/2026/1', status: 'draft', allowedActions: ['sign'] });
    const act = (type: string, on: string, cookie = worker) =>
      call('POST', `/api/v1/social-contracts/${contract.id}/actions`, cookie, { type, on });
    expect((await act('review', '2026-11-10')).statusCode).toBe(409);
    expect((await act('sign', '2026-11-09')).json()).toMatchObject({
      status: 'inForce',
      allowedActions: ['review', 'complete', 'break', 'endEarly'],
    });
    expect((await act('review', '2026-12-15')).json().status).toBe('inForce');
    expect((await act('break', '2027-01-10', auditor)).statusCode).toBe(403);
    const draftBefore = await call('GET', `/api/v1/social-contracts/${contract.id}/art11`, worker);
    expect(draftBefore.statusCode).toBe(409);
    await call('POST', `/api/v1/case-files/${c.id}/notes`, worker, {
      contactOn: '2027-01-08',
      kind: 'institution',
      body: 'Organizator szkolenia potwierdził trzy nieobecności.',
    });
    const broken = (
      await call('POST', `/api/v1/social-contracts/${contract.id}/actions`, worker, {
        type: 'break',
        on: '2027-01-10',
        note: 'nieobecności na szkoleniu bez usprawiedliwienia',
      })
    ).json();
    expect(broken).toMatchObject({ status: 'broken', allowedActions: [] });
    expect(broken.actions.map((a: { type: string }) => a.type)).toEqual(['sign', 'review', 'break']);
    expect((await act('complete', '2027-02-28')).statusCode).toBe(409);

    // Art. 11 ust. 2: the justification for the clerk's decision is drafted from the case file.
    const draft = (await call('GET', `/api/v1/social-contracts/${contract.id}/art11`, worker)).json();
    expect(draft.justification).toContain('kontrakt socjalny nr KS/2026/1');
    expect(draft.justification).toContain(
      'W dniu 10.01.2027 r. stwierdzono niedotrzymanie postanowień kontraktu: nieobecności na szkoleniu bez usprawiedliwienia',
    );
    expect(draft.justification).toContain(
      '— 08.01.2027 r.: Organizator szkolenia potwierdził trzy nieobecności.',
    );
    expect(Array.isArray(draft.decisions)).toBe(true);
    expect((await call('GET', `/api/v1/social-contracts/${contract.id}/art11`, otherTeam)).statusCode).toBe(
      404,
    );

    const pdf = await call('GET', `/api/v1/social-contracts/${contract.id}/pdf`, auditor);
    expectPdf(pdf, [
      'KONTRAKT SOCJALNY',
      'nr KS/2026/1',
      'Część I B. Cele kontraktu',
      'Podjęcie zatrudnienia w ciągu trzech miesięcy',
      'od 09.11.2026 r. do 28.02.2027 r.',
      'art. 11 ust. 2',
    ]);

    const notMember = await call('POST', `/api/v1/case-files/${c.id}/contracts`, worker, {
      ...contract,
      personId: '00000000-0000-4000-8000-000000000000',
      part: 'A',
      reviewDue: undefined,
      concludedOn: '2026-11-09',
      validTo: '2026-11-01',
    });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().error.fields[0].path).toBe('validTo');
  });

  it('closes with a reason and then refuses new entries', async () => {
    const c = await openCase();
    const closed = await call('POST', `/api/v1/case-files/${c.id}/closure`, worker, {
      closedOn: '2026-12-31',
      closeReason: 'Cele planu osiągnięte',
    });
    expect(closed.json()).toMatchObject({ closedOn: '2026-12-31', closeReason: 'Cele planu osiągnięte' });
    const note = await call('POST', `/api/v1/case-files/${c.id}/notes`, worker, {
      contactOn: '2027-01-02',
      kind: 'call',
      body: 'Po zamknięciu',
    });
    expect(note.statusCode).toBe(409);
  });

  it('lists the team’s open and closed case files with their open and overdue tasks', async () => {
    const c = await openCase();
    await call('POST', `/api/v1/case-files/${c.id}/tasks`, worker, {
      title: 'Zaległa wizyta',
      due: '2026-11-20',
    });
    await call('POST', `/api/v1/case-files/${c.id}/tasks`, worker, {
      title: 'Następna wizyta',
      due: '2099-01-10',
    });
    const list = async (state: string) =>
      (await call('GET', `/api/v1/case-files?state=${state}&limit=100`, worker)).json().items as {
        id: string;
        openTasks: number;
        overdueTasks: number;
      }[];
    expect((await list('open')).find((x) => x.id === c.id)).toMatchObject({ openTasks: 2, overdueTasks: 1 });
    await call('POST', `/api/v1/case-files/${c.id}/closure`, worker, {
      closedOn: '2026-12-03',
      closeReason: 'Koniec',
    });
    expect((await list('open')).map((x) => x.id)).not.toContain(c.id);
    expect((await list('closed')).map((x) => x.id)).toContain(c.id);
    // Another team's worker does not see the file in any list.
    const other = await call('GET', '/api/v1/case-files?state=closed&limit=100', otherTeam);
    expect(other.json().items.map((x: { id: string }) => x.id)).not.toContain(c.id);
    const bad = await call('GET', '/api/v1/case-files?state=archived', worker);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('state');
  });

  it('treats a household sealed in the Niebieska Karta compartment as missing', async () => {
    // NK-A opened by the team member (not the worker) registers the perpetrator, sealed; he then
    // appears in a household of team 1.
    const fam = await t.db.query<{ victim: string; child: string }>(
      `SELECT a.person_id AS victim, c.person_id AS child FROM household h
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership c ON c.household_id = h.id AND c.valid_to IS NULL AND c.relation = 'child'
       ORDER BY h.id DESC LIMIT 1`,
    );
    const nk = await call(
      'POST',
      '/api/v1/blue-cards',
      await t.login('niebieska'),
      nkA(fam.rows[0]!.victim, fam.rows[0]!.child),
    );
    expect(nk.statusCode).toBe(201);
    const sealed = await t.db.query<{ id: string }>(`SELECT id FROM person WHERE pesel = $1`, [
      perpetrator.pesel,
    ]);
    const r = await t.db.query<{ id: string }>(
      `SELECT h.id FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
       WHERE h.id <> $1 ORDER BY h.id LIMIT 1`,
      [household.id],
    );
    const sealedHousehold = r.rows[0]!.id;
    const open = await call('POST', '/api/v1/case-files', worker, {
      ...openBody(),
      householdId: sealedHousehold,
    });
    expect(open.statusCode).toBe(201);
    const id = open.json().id;
    await t.db.query(
      `INSERT INTO household_membership (household_id, person_id, relation, valid_from) VALUES ($1, $2, 'partner', '2026-11-01')`,
      [sealedHousehold, sealed.rows[0]!.id],
    );
    const missing = await call('GET', '/api/v1/case-files/00000000-0000-4000-8000-000000000000', worker);
    for (const url of [`/api/v1/case-files/${id}`, `/api/v1/case-files/${id}/notes`]) {
      const res = await call('GET', url, worker);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missing.body);
      expect((await call('GET', url, auditor)).statusCode).toBe(404);
    }
    expect(
      (await call('POST', '/api/v1/case-files', worker, { ...openBody(), householdId: sealedHousehold }))
        .statusCode,
    ).toBe(404);
  });
});
