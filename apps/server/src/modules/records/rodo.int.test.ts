import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, http, nkA, pdfText, perpetrator } from '../blue-card/test-helpers.ts';
import { personWithClosedRecord } from './test-helpers.ts';

// RODO rights: the subject access export (the Niebieska Karta part only to the procedure's team),
// rectification with its history, and anonymisation once no record of the person is kept.
let t: TestApp;
let call: Call;
let admin: string; // outside every Niebieska Karta procedure
let chair: string; // niebieska: chairs the interdisciplinary team, sees its procedures
let worker: string;
let f: Awaited<ReturnType<typeof family>>;
let procedureNumber: string;
let perpetratorId: string;

beforeAll(async () => {
  t = await createTestApp();
  call = http(t);
  [admin, chair, worker] = (await Promise.all(
    ['admin', 'niebieska', 'pracownik'].map((l) => t.login(l)),
  )) as [string, string, string];
  f = await family(t);
  const opened = await call('POST', '/api/v1/blue-cards', worker, nkA(f.victim, f.child));
  expect(opened.statusCode).toBe(201);
  procedureNumber = opened.json().number;
  perpetratorId = opened
    .json()
    .participants.find((x: { roles: string[] }) => x.roles.includes('perpetrator')).personId;
});
afterAll(() => t?.close());

const exportsLogged = async (personId: string) =>
  (
    await t.owner.query<{ actor_login: string; format: string }>(
      `SELECT actor_login, details->>'format' AS format FROM audit_log
        WHERE action = 'export' AND entity = 'person' AND entity_id = $1 ORDER BY id`,
      [personId],
    )
  ).rows;

describe('subject access export (RODO art. 15)', () => {
  it('gives a user outside the compartment everything but the Niebieska Karta; its team gets that too', async () => {
    const outside = await call('GET', `/api/v1/records/persons/${f.victim}/export`, admin);
    expect(outside.statusCode).toBe(200);
    const o = outside.json();
    expect(o.person).toMatchObject({ id: f.victim, surname: f.surname });
    expect(o.households.length).toBeGreaterThan(0);
    expect(o.events.filter((e: { kind: string }) => e.kind === 'procedure')).toEqual([]);
    expect(outside.body).not.toContain(procedureNumber);
    const outsidePdf = pdfText(
      (await call('GET', `/api/v1/records/persons/${f.victim}/export/pdf`, admin)).rawPayload,
    );
    expect(outsidePdf).toContain(f.surname);
    expect(outsidePdf).not.toContain(procedureNumber);
    expect(outsidePdf).not.toContain('procedure');

    const inside = await call('GET', `/api/v1/records/persons/${f.victim}/export`, chair);
    expect(inside.statusCode).toBe(200);
    expect(inside.json().events).toContainEqual(
      expect.objectContaining({ kind: 'procedure', number: procedureNumber, detail: 'victim' }),
    );
    const insidePdf = pdfText(
      (await call('GET', `/api/v1/records/persons/${f.victim}/export/pdf`, chair)).rawPayload,
    );
    expect(insidePdf).toContain(procedureNumber);

    // Every export is audited, by whom and in which format.
    expect(await exportsLogged(f.victim)).toEqual([
      { actor_login: 'admin', format: 'json' },
      { actor_login: 'admin', format: 'pdf' },
      { actor_login: 'niebieska', format: 'json' },
      { actor_login: 'niebieska', format: 'pdf' },
    ]);
  });

  it('answers a person registered through the procedure as missing outside the compartment', async () => {
    expect((await call('GET', `/api/v1/records/persons/${perpetratorId}/export`, admin)).statusCode).toBe(
      404,
    );
    const inside = await call('GET', `/api/v1/records/persons/${perpetratorId}/export`, chair);
    expect(inside.statusCode).toBe(200);
    expect(inside.json().person).toMatchObject({ surname: perpetrator.surname, pesel: perpetrator.pesel });
    expect(await exportsLogged(perpetratorId)).toEqual([{ actor_login: 'niebieska', format: 'json' }]);
    // The social worker may not export at all.
    expect((await call('GET', `/api/v1/records/persons/${f.victim}/export`, worker)).statusCode).toBe(403);
  });
});

describe('the UKR status in the subject access export', () => {
  it('lists every change of the status, with the loss and its reason, in the JSON and the PDF', async () => {
    const p = await personWithClosedRecord(t.db, 43, '2024-03-31');
    const url = `/api/v1/persons/${p.personId}/ukr-status`;
    expect((await call('PUT', url, worker, { status: 'ukr', since: '2022-03-15' })).statusCode).toBe(200);
    const lost = { status: 'lost', since: '2022-03-15', lostOn: '2024-05-02', lostReason: 'leftPoland' };
    expect((await call('PUT', url, worker, lost)).statusCode).toBe(200);

    const data = (await call('GET', `/api/v1/records/persons/${p.personId}/export`, admin)).json();
    expect(data.person).toMatchObject({ ukrStatus: 'lost', ukrLostOn: '2024-05-02' });
    expect(
      data.ukrStatusHistory.map((u: { status: string; lostReason: string | null }) => [
        u.status,
        u.lostReason,
      ]),
    ).toEqual([
      ['lost', 'leftPoland'],
      ['ukr', null],
    ]);
    const text = pdfText(
      (await call('GET', `/api/v1/records/persons/${p.personId}/export/pdf`, admin)).rawPayload,
    );
    expect(text).toContain('Status UKR');
    expect(text).toContain('Status utracony 15.03.2022 02.05.2024 Wyjazd z Polski na ponad miesiąc');
  });
});

describe('rectification (RODO art. 16) and anonymisation after retention', () => {
  it('keeps each correction with the value before and after, and exports it', async () => {
    const p = await personWithClosedRecord(t.db, 40, '2024-03-31');
    const fix = await call('PUT', `/api/v1/persons/${p.personId}`, worker, {
      person: { pesel: p.pesel, firstName: 'Zdzisław', surname: 'Poprawiony', phone: '501 200 300' },
      version: 1,
    });
    expect(fix.statusCode).toBe(200);
    const history = await call('GET', `/api/v1/records/persons/${p.personId}/rectifications`, admin);
    expect(history.statusCode).toBe(200);
    expect(history.json().items).toEqual([
      {
        version: 2,
        changedAt: expect.any(String),
        changedBy: 'Paulina Środowiskowa',
        changes: expect.objectContaining({
          surname: { from: p.surname, to: 'Poprawiony' },
          phone: { from: null, to: '501 200 300' },
        }),
      },
    ]);
    expect(
      (await call('GET', `/api/v1/records/persons/${p.personId}/export`, admin)).json().rectifications,
    ).toHaveLength(1);
  });

  it('anonymises a person only when none of their records is kept any longer', async () => {
    // Placement ended in 2024: B-10 keeps it until 2035.
    const recent = await personWithClosedRecord(t.db, 41, '2024-03-31');
    const refused = await call('POST', `/api/v1/records/persons/${recent.personId}/anonymisation`, admin, {
      confirm: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('retentionNotEnded');

    const old = await personWithClosedRecord(t.db, 42, '2014-03-31');
    const ukr = { status: 'lost', since: '2022-03-15', lostOn: '2022-09-01', lostReason: 'leftPoland' };
    expect((await call('PUT', `/api/v1/persons/${old.personId}/ukr-status`, worker, ukr)).statusCode).toBe(
      200,
    );
    const done = await call('POST', `/api/v1/records/persons/${old.personId}/anonymisation`, admin, {
      confirm: true,
    });
    expect(done.statusCode).toBe(200);
    const after = (await call('GET', `/api/v1/records/persons/${old.personId}/export`, admin)).json();
    expect(after.person).toMatchObject({ firstName: 'Anonimizowano', surname: 'Anonimizowano', pesel: null });
    expect(JSON.stringify(after)).not.toContain(old.surname);
    expect(after.ukrStatusHistory).toEqual([]);
    const search = async (q: string) => (await call('GET', `/api/v1/persons?q=${q}`, worker)).json().items;
    expect(await search(old.pesel)).toEqual([]);
    expect((await search(recent.pesel)).map((x: { id: string }) => x.id)).toEqual([recent.personId]);

    const missing = await call('POST', `/api/v1/records/persons/${old.personId}/anonymisation`, admin, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.map((x: { path: string }) => x.path)).toEqual(['confirm']);
  });
});
