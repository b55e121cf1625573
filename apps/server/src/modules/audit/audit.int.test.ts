import type { AuditPage } from '@ostoja/domain/audit/audit-log';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';

// The audit log on a real PostgreSQL: who saw and who changed what, written in the same
// transaction as the change, append-only in the database itself, listed by admins and auditors.
let t: TestApp;
let worker: string;
let auditor: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('pracownik');
  auditor = await t.login('audytor');
  admin = await t.login('admin');
});
afterAll(() => t?.close());

const inject = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string | null, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const listAudit = async (query: Record<string, string>, cookie = auditor) => {
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/audit', query, headers: { cookie } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as AuditPage;
};
const entriesFor = async (entityId: string) =>
  (
    await t.db.query<{ action: string; actor_login: string; request_id: string; at: Date; entity: string }>(
      'SELECT action, actor_login, request_id, at, entity FROM audit_log WHERE entity_id = $1 ORDER BY id',
      [entityId],
    )
  ).rows;
const auditCount = async () =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;

let serial = 960;
const newPerson = (surname: string, birthDate: string) => ({
  pesel: makePesel(birthDate, 'F', serial++),
  firstName: 'Audyta',
  surname,
});

describe('what the audit log records', () => {
  it('records a read of a person: who, which record, when, from which request', async () => {
    const created = await inject('POST', '/api/v1/persons', worker, {
      person: newPerson('Czytana', '1941-01-01'),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const workerId = (await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'pracownik'`))
      .rows[0]!.id;

    const before = new Date();
    const reads = [];
    for (let i = 0; i < 2; i++) reads.push(await inject('GET', `/api/v1/persons/${id}`, worker));
    const after = new Date();
    expect(reads.map((r) => r.statusCode)).toEqual([200, 200]);

    const readEntries = (await listAudit({ entity: 'person', entityId: id, action: 'read' })).items;
    // One read by the creation (it shows the saved record) and one for each GET.
    expect(readEntries).toHaveLength(3);
    const [last, previous] = readEntries;
    for (const e of [last!, previous!]) {
      expect(e).toMatchObject({
        actorLogin: 'pracownik',
        actorId: workerId,
        action: 'read',
        entity: 'person',
        entityId: id,
      });
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(new Date(e.at).getTime()).toBeLessThanOrEqual(after.getTime() + 1000);
    }
    // Each request has its own id.
    expect(last!.requestId).not.toBe(previous!.requestId);
  });

  it('writes create and update entries in the same request (and transaction) as the change', async () => {
    const created = await inject('POST', '/api/v1/persons', worker, {
      person: newPerson('Zmieniana', '1941-02-02'),
    });
    const p = created.json();
    const upd = await inject('PUT', `/api/v1/persons/${p.id}`, worker, {
      person: { pesel: p.pesel, firstName: 'Audyta', surname: 'Zmieniana', phone: '601 100 100' },
      version: p.version,
    });
    expect(upd.statusCode).toBe(200);
    const rows = await entriesFor(p.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'read', 'update', 'read']);
    expect(rows.every((r) => r.actor_login === 'pracownik')).toBe(true);
    // The create and the read that answered it belong to one request; the update to another.
    expect(rows[0]!.request_id).toBe(rows[1]!.request_id);
    expect(rows[2]!.request_id).toBe(rows[3]!.request_id);
    expect(rows[2]!.request_id).not.toBe(rows[0]!.request_id);
    const update = (await listAudit({ entityId: p.id, action: 'update' })).items[0]!;
    expect(update.details).toMatchObject({ changed: expect.arrayContaining(['phone']) });
  });

  it('leaves no entry behind when the request fails', async () => {
    const taken = await inject('POST', '/api/v1/persons', worker, {
      person: newPerson('Istniejąca', '1941-03-03'),
    });
    const before = await auditCount();
    // 409 from inside the transaction: the household and its first member were already written, then rolled back.
    const failed = await inject('POST', '/api/v1/households', worker, {
      address: { street: 'Jasna', building: '9', city: 'Pruszków' },
      members: [
        { relation: 'applicant', person: newPerson('Wycofana', '1941-04-04') },
        { relation: 'spouse', person: { pesel: taken.json().pesel, firstName: 'X', surname: 'Y' } },
      ],
    });
    expect(failed.statusCode).toBe(409);
    // 400 before anything runs, and a stale version.
    expect((await inject('POST', '/api/v1/persons', worker, { person: { pesel: '1' } })).statusCode).toBe(
      400,
    );
    const stale = await inject('PUT', `/api/v1/persons/${taken.json().id}`, worker, {
      person: { pesel: taken.json().pesel, firstName: 'Audyta', surname: 'Istniejąca' },
      version: 99,
    });
    expect(stale.statusCode).toBe(409);
    expect(await auditCount()).toBe(before);
  });
});

describe('the audit log is append-only in the database', () => {
  const tamper = (db: typeof t.owner) => [
    () => db.query(`UPDATE audit_log SET actor_login = 'ktoś'`),
    () => db.query('DELETE FROM audit_log'),
    () => db.query(`DELETE FROM audit_log WHERE actor_login = 'pracownik'`),
    () => db.query('TRUNCATE audit_log'),
    // Nor inside a transaction.
    () =>
      db.tx(async (q) => {
        await q.query(`UPDATE audit_log SET action = 'nic' WHERE id = (SELECT max(id) FROM audit_log)`);
      }),
  ];

  it('refuses UPDATE, DELETE and TRUNCATE to the app (its role has no right) and to the owner (trigger)', async () => {
    const before = await t.owner.query('SELECT * FROM audit_log ORDER BY id');
    expect(before.rowCount).toBeGreaterThan(0);
    for (const attempt of tamper(t.db)) await expect(attempt()).rejects.toThrow(/permission denied/);
    for (const attempt of tamper(t.owner)) await expect(attempt()).rejects.toThrow(/append-only/);
    const after = await t.owner.query('SELECT * FROM audit_log ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });
});

describe('GET /api/v1/audit', () => {
  let personId: string;
  beforeAll(async () => {
    const p = await inject('POST', '/api/v1/persons', worker, {
      person: newPerson('Filtrowana', '1941-05-05'),
    });
    personId = p.json().id;
    for (let i = 0; i < 4; i++) await inject('GET', `/api/v1/persons/${personId}`, worker);
    await inject('GET', `/api/v1/persons/${personId}`, auditor);
  });

  it('filters by who, what, which entity and record', async () => {
    const byWorker = await listAudit({ actorLogin: 'pracownik', entityId: personId });
    expect(byWorker.items.map((e) => e.action)).toEqual(['read', 'read', 'read', 'read', 'read', 'create']);
    expect(byWorker.items.every((e) => e.actorLogin === 'pracownik' && e.entityId === personId)).toBe(true);

    const byAuditor = await listAudit({ actorLogin: 'audytor', entity: 'person', entityId: personId });
    expect(byAuditor.items).toHaveLength(1);
    expect(byAuditor.items[0]).toMatchObject({ action: 'read', actorLogin: 'audytor' });

    const creates = await listAudit({ action: 'create', entity: 'person', limit: '500' });
    expect(creates.items.length).toBeGreaterThan(0);
    expect(creates.items.every((e) => e.action === 'create' && e.entity === 'person')).toBe(true);
    expect(creates.items.map((e) => e.entityId)).toContain(personId);

    // Newest first.
    const ids = byWorker.items.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // A login typed in other letter case is the same login.
    expect((await listAudit({ actorLogin: 'PRACOWNIK', entityId: personId })).items).toHaveLength(6);
  });

  it('filters by date range, whole days inclusive', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
    const shift = (d: string, days: number) =>
      new Date(Date.parse(`${d}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const all = (await listAudit({ entityId: personId })).items.length;
    expect(all).toBe(7);
    expect((await listAudit({ entityId: personId, from: today, to: today })).items).toHaveLength(all);
    expect((await listAudit({ entityId: personId, from: shift(today, -1) })).items).toHaveLength(all);
    expect((await listAudit({ entityId: personId, from: shift(today, 1) })).items).toHaveLength(0);
    expect((await listAudit({ entityId: personId, to: shift(today, -1) })).items).toHaveLength(0);
  });

  it('counts days as they are in Poland, whatever the time zone of the database server', async () => {
    // 23:30 UTC on 10 March 2025 is 00:30 on 11 March in Warsaw; 22:30 UTC on 30 June is 00:30 on 1 July.
    const marker = `tz-${Date.now()}`;
    await t.db.query(
      `INSERT INTO audit_log (at, action, entity, entity_id) VALUES
         ('2025-03-10T23:30:00Z', 'read', 'person', $1), ('2025-06-30T22:30:00Z', 'read', 'person', $1),
         ('2025-06-30T21:30:00Z', 'read', 'person', $1)`,
      [marker],
    );
    const days = async (from: string, to: string) =>
      (await listAudit({ entityId: marker, from, to })).items.map((e) => e.at);
    expect(await days('2025-03-11', '2025-03-11')).toHaveLength(1);
    expect(await days('2025-03-10', '2025-03-10')).toHaveLength(0);
    expect(await days('2025-07-01', '2025-07-01')).toHaveLength(1);
    expect(await days('2025-06-30', '2025-06-30')).toHaveLength(1);
    expect(await days('2025-03-01', '2025-07-31')).toHaveLength(3);
  });

  it('pages with the "after" cursor: newest first, no duplicates, no gaps', async () => {
    const full = (await listAudit({ entityId: personId, limit: '100' })).items.map((e) => e.id);
    const pages: number[][] = [];
    let after: string | null = null;
    do {
      const page = await listAudit({ entityId: personId, limit: '2', ...(after ? { after } : {}) });
      pages.push(page.items.map((e) => e.id));
      after = page.nextCursor;
    } while (after && pages.length < 20);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(full);
  });

  it('records that the log itself was read', async () => {
    await listAudit({ entityId: personId }, admin);
    const r = await listAudit({ entity: 'auditLog', actorLogin: 'admin', limit: '1' });
    expect(r.items[0]).toMatchObject({ action: 'read', entity: 'auditLog', actorLogin: 'admin' });
    expect(r.items[0]!.details).toMatchObject({ filter: { entityId: personId } });
  });

  it('is open to auditors and administrators only', async () => {
    expect((await inject('GET', '/api/v1/audit', auditor)).statusCode).toBe(200);
    expect((await inject('GET', '/api/v1/audit', admin)).statusCode).toBe(200);
    const denied = await inject('GET', '/api/v1/audit', worker);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error).toMatchObject({
      code: 'forbidden',
      message: 'Nie masz uprawnień do tej czynności.',
    });
    expect((await inject('GET', '/api/v1/audit', await t.login('dyrektor'))).statusCode).toBe(403);
    expect((await inject('GET', '/api/v1/audit', null)).statusCode).toBe(401);
  });

  it('refuses bad filters with 400 on the field, never 500', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2025-13-01' }, 'from'],
      [{ to: 'yesterday' }, 'to'],
      [{ from: '2025-06-02', to: '2025-06-01' }, 'to'],
      [{ after: 'abc' }, 'after'],
      [{ after: Buffer.from('-5').toString('base64url') }, 'after'],
      [{ limit: '0' }, 'limit'],
      [{ limit: '501' }, 'limit'],
      [{ entityId: 'a\u0000b' }, 'entityId'],
      [{ actorLogin: 'x'.repeat(61) }, 'actorLogin'],
    ];
    for (const [query, field] of cases) {
      const r = await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit',
        query,
        headers: { cookie: auditor },
      });
      expect(r.statusCode, JSON.stringify(query)).toBe(400);
      expect(
        r.json().error.fields.map((f: { path: string }) => f.path),
        JSON.stringify(query),
      ).toEqual([field]);
    }
  });
});
