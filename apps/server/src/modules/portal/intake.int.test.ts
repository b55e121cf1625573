import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { residentHttp } from '../../test/http.ts';
import { intakeBody } from './intake.examples.ts';
import { b64, fakeJpeg, fakePdf, fakePng } from './test-files.ts';

// Applying online, on a real PostgreSQL with the demo centre: ul. Żbikowska belongs to field
// team 2 (office ul. Jasna 3), whose social worker is "pracownik2"; "pracownik" works in team 1.
let t: TestApp;
let worker2: string;
let worker1: string;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  worker2 = await t.login('pracownik2');
  worker1 = await t.login('pracownik');
});
afterAll(() => t?.close());

const { post } = residentHttp(() => t, 30);
const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const file = (intake: { reference: string; code: string }, f: Buffer, more: object = {}) =>
  post('/api/v1/portal/intakes/attachments', {
    reference: intake.reference,
    code: intake.code,
    fileName: 'skan.pdf',
    size: f.length,
    data: b64(f),
    ...more,
  });
const apply = async (more: object = {}) => {
  const r = await post('/api/v1/portal/intakes', { ...intakeBody(++n), ...more });
  expect(r.statusCode).toBe(201);
  return r.json() as { reference: string; code: string; servedBy: { fieldTeam: string } | null };
};
const statusOf = (a: { reference: string; code: string }) =>
  post('/api/v1/portal/intakes/status', { reference: a.reference, code: a.code });
const idOf = async (reference: string) =>
  (await t.db.query<{ id: string }>('SELECT id FROM intake WHERE reference = $1', [reference])).rows[0]!.id;

describe('a resident applies online', () => {
  it('gets a reference number, a code, and the field team and office that will handle it', async () => {
    const r = await post('/api/v1/portal/intakes', intakeBody());
    expect(r.statusCode).toBe(201);
    const a = r.json();
    expect(a.reference).toMatch(/^E\/\d{4}\/\d{5}$/);
    expect(a.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(a.servedBy.fieldTeam).toBe('Zespół Terenowy nr 2 — Żbików');
    expect(a.servedBy.office).toMatchObject({
      street: 'ul. Jasna',
      building: '3',
      openingHours: expect.any(Array),
    });
    expect(a.limits).toMatchObject({ maxAttachments: 5, maxAttachmentBytes: 5 * 1024 * 1024 });
    // Nothing about the sender beyond the form: no audit entry carrying the IP address.
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity LIKE 'intake%' AND actor_id IS NULL`,
    );
    expect(audit.rowCount).toBe(0);
  });

  it('sees the status with reference and code; any mismatch is the same plain 404', async () => {
    const a = await apply();
    const s = await post('/api/v1/portal/intakes/status', {
      reference: a.reference.toLowerCase(),
      code: a.code.toLowerCase(),
    });
    expect(s.statusCode).toBe(200);
    expect(s.json()).toMatchObject({
      reference: a.reference,
      status: 'received',
      canAttach: true,
      attachments: [],
    });
    expect(s.json().history).toEqual([{ status: 'received', at: expect.any(String) }]);
    const other = await apply();
    const wrongCode = await post('/api/v1/portal/intakes/status', {
      reference: a.reference,
      code: other.code,
    });
    const wrongRef = await post('/api/v1/portal/intakes/status', { reference: 'E/2026/99999', code: a.code });
    const junk = await post('/api/v1/portal/intakes/status', { reference: a.reference, code: 'x' });
    for (const r of [wrongCode, wrongRef, junk]) {
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual(wrongCode.json());
    }
  });

  it('is told every mistake of the form at once, translated', async () => {
    const r = await post(
      '/api/v1/portal/intakes',
      {
        ...intakeBody(),
        phone: null,
        declaration: false,
        applicant: { firstName: 'Anna', surname: 'Nowak', pesel: '12345678901' },
      },
      { lang: 'uk' },
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'applicant.pesel', message: expect.stringMatching(/PESEL/) },
        { path: 'declaration', message: 'Підтвердіть, що вказані дані правдиві.' },
        { path: 'phone', message: expect.stringMatching(/Вкажіть номер телефону/) },
      ]),
    );
  });

  it('attaches PDFs and images checked by their bytes, in parts, at most five', async () => {
    const a = await apply();
    expect((await file(a, fakePdf(800))).statusCode).toBe(201);
    // A 1.1 MB photo in three parts.
    const jpeg = fakeJpeg(1_100_000);
    const start = await file(a, jpeg.subarray(0, 500_000), { fileName: 'zdjęcie.JPG', size: jpeg.length });
    expect(start.json()).toMatchObject({ fileName: 'zdjęcie.jpg', mediaType: 'image/jpeg', complete: false });
    const part = (offset: number, end: number) =>
      post(`/api/v1/portal/intakes/attachments/${start.json().id}/parts`, {
        reference: a.reference,
        code: a.code,
        offset,
        data: b64(jpeg.subarray(offset, end)),
      });
    expect((await part(500_000, 1_000_000)).json()).toMatchObject({ received: 1_000_000, complete: false });
    expect((await part(1_000_000, jpeg.length)).json()).toMatchObject({
      received: jpeg.length,
      complete: true,
    });
    expect((await part(1_000_000, jpeg.length)).json().error.code).toBe('uploadComplete');

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    expect(
      (await file(a, exe, { fileName: 'faktura.pdf', mediaType: 'application/pdf' })).json().error.fields,
    ).toEqual([{ path: 'data', message: 'Można dołączyć tylko pliki PDF, JPG lub PNG.' }]);
    expect((await file(a, fakePng(), { mediaType: 'application/pdf' })).json().error.fields[0].path).toBe(
      'mediaType',
    );
    const tooBig = await file(a, fakePdf(100), { size: 6 * 1024 * 1024 });
    expect(tooBig.json().error.fields).toEqual([
      { path: 'size', message: 'Plik jest za duży (najwyżej 5 MB).' },
    ]);
    const cut = fakePdf(900).subarray(0, 880);
    expect((await file(a, cut)).json().error.fields[0].message).toMatch(/uszkodzony/);

    expect((await file(a, fakePng())).statusCode).toBe(201);
    expect((await file(a, fakePdf(300))).statusCode).toBe(201);
    expect((await file(a, fakePdf(400))).statusCode).toBe(201);
    const sixth = await file(a, fakePdf(500));
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().error.message).toBe('Do zgłoszenia można dołączyć najwyżej 5 plików.');
    const status = (await statusOf(a)).json();
    expect(status.attachments.map((f: { fileName: string }) => f.fileName)).toEqual([
      'skan.pdf',
      'zdjęcie.jpg',
      'skan.png',
      'skan.pdf',
      'skan.pdf',
    ]);
  });

  it('slows down a flood of applications from one address with a clear 429', async () => {
    const from = '10.31.0.1';
    for (let i = 0; i < 20; i++)
      expect((await post('/api/v1/portal/intakes', intakeBody(i), { from })).statusCode).toBe(201);
    const r = await post('/api/v1/portal/intakes', intakeBody(), { from, lang: 'en' });
    expect(r.statusCode).toBe(429);
    expect(r.json().error.message).toMatch(/^Too many attempts from this address/);
  });
});

describe('the field team’s social worker', () => {
  it('finds the intake in the team’s queue, takes it, reads the files, and accepts it into the registry', async () => {
    const a = await apply();
    await file(a, fakePdf(700));
    const id = await idOf(a.reference);
    const mine = (await get('/api/v1/intakes', worker2)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    expect(mine.items.find((i: { id: string }) => i.id === id)).toMatchObject({
      status: 'received',
      attachmentCount: 1,
      applicantName: expect.stringMatching(/^Anna Wnioskowa/),
    });
    const team1List = (await get('/api/v1/intakes', worker1)).json();
    expect(team1List.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(
      (await get('/api/v1/intakes?all=true&limit=200', worker1))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).toContain(id);
    expect((await get('/api/v1/intakes', await t.login('kadra'))).statusCode).toBe(403);

    const taken = await post(`/api/v1/intakes/${id}/take`, { version: 1 }, { cookie: worker2 });
    expect(taken.json()).toMatchObject({
      status: 'inReview',
      assignedWorkerName: 'Piotr Terenowy',
      allowedActions: ['setFieldTeam', 'accept', 'decline'],
    });
    expect((await post(`/api/v1/intakes/${id}/take`, { version: 2 }, { cookie: worker2 })).statusCode).toBe(
      409,
    );
    expect((await statusOf(a)).json()).toMatchObject({ status: 'inReview' });

    const full = (await get(`/api/v1/intakes/${id}`, worker2)).json();
    expect(full).toMatchObject({
      description: expect.stringMatching(/czynsz/),
      household: [expect.objectContaining({ relation: 'child' })],
    });
    const dl = await get(`/api/v1/intakes/${id}/attachments/${full.attachments[0].id}`, worker2);
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.headers['content-security-policy']).toContain('sandbox');
    expect(Buffer.compare(dl.rawPayload, fakePdf(700))).toBe(0);
    const reads = await t.db.query(
      `SELECT 1 FROM audit_log WHERE entity IN ('intake', 'intakeAttachment') AND action = 'read' AND actor_login = 'pracownik2'`,
    );
    expect(reads.rowCount).toBeGreaterThanOrEqual(2);

    const h = await t.db.query<{ household: string; person: string; other: string }>(
      `SELECT m.household_id AS household, m.person_id AS person,
              (SELECT person_id FROM household_membership WHERE household_id <> m.household_id AND valid_to IS NULL LIMIT 1) AS other
         FROM household_membership m WHERE m.valid_to IS NULL LIMIT 1`,
    );
    const { household, person, other } = h.rows[0]!;
    const bad = await post(
      `/api/v1/intakes/${id}/accept`,
      { householdId: household, personId: other, version: 2 },
      { cookie: worker2 },
    );
    expect(bad.json().error.fields).toEqual([
      { path: 'personId', message: 'Ta osoba nie należy obecnie do wskazanego gospodarstwa domowego.' },
    ]);
    const ok = await post(
      `/api/v1/intakes/${id}/accept`,
      { householdId: household, personId: person, version: 2 },
      { cookie: worker2 },
    );
    expect(ok.json()).toMatchObject({
      status: 'accepted',
      householdId: household,
      personId: person,
      allowedActions: [],
    });
    expect((await statusOf(a)).json()).toMatchObject({
      status: 'accepted',
      canAttach: false,
    });
    expect((await file(a, fakePdf(300))).json().error.code).toBe('intakeClosed');
    const late = await post(
      `/api/v1/intakes/${id}/decline`,
      { reason: 'Pomyłka', version: 3 },
      { cookie: worker2 },
    );
    expect(late.json().error).toMatchObject({
      code: 'actionNotAllowed',
      message: expect.stringMatching(/Odśwież stronę/),
    });
  });

  it('sees applications from addresses no team serves as unassigned, and hands them to a team', async () => {
    const a = await apply({
      address: { street: 'ul. Nieznana', building: '1', postalCode: '05-800', city: 'Pruszków' },
    });
    expect(a.servedBy).toBeNull();
    const id = await idOf(a.reference);
    const unassigned = (await get('/api/v1/intakes?unassigned=true', worker1)).json();
    expect(unassigned.items.map((i: { id: string }) => i.id)).toContain(id);
    const team1 = (
      await t.db.query<{ id: string }>(`SELECT id FROM org_unit WHERE name LIKE 'Zespół Terenowy nr 1%'`)
    ).rows[0]!.id;
    const moved = await post(
      `/api/v1/intakes/${id}/field-team`,
      { fieldTeamId: team1, version: 1 },
      { cookie: worker1 },
    );
    expect(moved.json()).toMatchObject({
      fieldTeamName: 'Zespół Terenowy nr 1 — Centrum',
      status: 'received',
    });
    expect((await get('/api/v1/intakes', worker1)).json().items.map((i: { id: string }) => i.id)).toContain(
      id,
    );
    const declined = await post(
      `/api/v1/intakes/${id}/decline`,
      { reason: 'Adres poza gminą — skierowano do właściwego OPS.', version: 2 },
      { cookie: worker1 },
    );
    expect(declined.json().status).toBe('declined');
    const status = (await statusOf(a)).json();
    expect(status.history.map((h: { status: string }) => h.status)).toEqual(['received', 'declined']);
    expect(JSON.stringify(status)).not.toMatch(/Adres poza gminą|Paulina/);
  });
});

describe('"Moja praca" of the field team the address belongs to', () => {
  it('lists an online application from ul. Helenowska for pracownik (team 1), not for pracownik2', async () => {
    const a = await apply({
      address: {
        street: 'ul. Helenowska',
        building: '7',
        apartment: null,
        postalCode: '05-800',
        city: 'Pruszków',
      },
    });
    expect(a.servedBy?.fieldTeam).toBe('Zespół Terenowy nr 1 — Centrum');
    const mine = (await get('/api/v1/my-work', worker1)).json();
    const item = mine.items.find((i: { number: string }) => i.number === a.reference);
    expect(item).toMatchObject({
      kind: 'intake',
      intakeId: await idOf(a.reference),
      applicationId: null,
      address: { street: 'ul. Helenowska', building: '7' },
    });
    // The home visit is due 14 working days after the day it arrived.
    expect(item.due > mine.today).toBe(true);
    const other = (await get('/api/v1/my-work', worker2)).json();
    expect(other.items.map((i: { number: string }) => i.number)).not.toContain(a.reference);
    // The clerk, outside the field teams, does not get the team's intakes.
    const clerk = (await get('/api/v1/my-work', await t.login('swiadczenia'))).json();
    expect(clerk.items.map((i: { number: string }) => i.number)).not.toContain(a.reference);
  });
});
