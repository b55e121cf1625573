import { retentionDueOn } from '@ostoja/domain/records/retention';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { errorPaths } from '../../test/errors.ts';
import { verifyAuditChain } from '../audit/chain-repo.ts';
import { type Call, http, pdfText } from '../blue-card/test-helpers.ts';
import { personWithClosedRecord } from './test-helpers.ts';

// Retention by JRWA category: the monthly list of records due, the destruction protocol and its
// PDF, and the anonymisation run that keeps the audit rows (and their hash chain) intact.
let t: TestApp;
let call: Call;
let admin: string;
let worker: string;
let closed2015: Awaited<ReturnType<typeof personWithClosedRecord>>;
let closed2016: Awaited<ReturnType<typeof personWithClosedRecord>>;

beforeAll(async () => {
  t = await createTestApp();
  call = http(t);
  admin = await t.login('admin');
  worker = await t.login('pracownik');
  closed2015 = await personWithClosedRecord(t.db, 1, '2015-08-31');
  closed2016 = await personWithClosedRecord(t.db, 2, '2016-01-04');
});
afterAll(() => t?.close());

const committee = [
  { name: 'Anna Kancelaryjna', function: 'przewodnicząca komisji' },
  { name: 'Jan Archiwista', function: 'archiwista zakładowy' },
  { name: 'Ewa Świadczeniowa', function: 'członek komisji' },
];
const putRule = (body: object) => call('PUT', '/api/v1/records/retention-rules/fosterCare', admin, body);
/** The foster-care rule kept under JRWA 8150, category B, for `years`, at the rule's `version`. */
const put8150 = (years: number, version: number) =>
  putRule({ jrwaSymbol: '8150', category: 'B', years, version });
const dueIds = async (month: string) =>
  (
    (await call('GET', `/api/v1/records/due?month=${month}&limit=500`, admin)).json().items as {
      recordId: string;
    }[]
  ).map((i) => i.recordId);

describe('retention by JRWA category', () => {
  it('lists a record closed in 2015 with B-10 as due in 2026, not one closed in 2016', async () => {
    const rules = (await call('GET', '/api/v1/records/retention-rules', admin)).json().items;
    expect(rules.find((r: { recordKind: string }) => r.recordKind === 'fosterCare')).toMatchObject({
      category: 'B',
      years: 10,
      action: 'destroy',
    });
    const page = (await call('GET', '/api/v1/records/due?month=2026-01', admin)).json();
    const item = page.items.find((i: { recordId: string }) => i.recordId === closed2015.recordId);
    // The database's rule and the domain's agree: 1 January 2016 + 10 years.
    expect(item).toMatchObject({
      recordKind: 'fosterCare',
      closedOn: '2015-08-31',
      dueOn: retentionDueOn('2015-08-31', 10),
    });
    expect(item.dueOn).toBe('2026-01-01');
    expect(await dueIds('2026-12')).not.toContain(closed2016.recordId);
    expect(await dueIds('2025-12')).not.toContain(closed2015.recordId);
    // Not the staff's list: the social worker has no access.
    expect((await call('GET', '/api/v1/records/due?month=2026-01', worker)).statusCode).toBe(403);
  });

  it("takes the period from the administrator's rule, and names the field of bad input", async () => {
    const rule = (await call('GET', '/api/v1/records/retention-rules', admin))
      .json()
      .items.find((r: { recordKind: string }) => r.recordKind === 'fosterCare');
    const longer = await put8150(11, rule.version);
    expect(longer.statusCode).toBe(200);
    expect(await dueIds('2026-12')).not.toContain(closed2015.recordId);
    const stale = await put8150(10, rule.version);
    expect(stale.statusCode).toBe(409);
    const back = await put8150(10, rule.version + 1);
    expect(back.statusCode).toBe(200);
    expect(await dueIds('2026-12')).toContain(closed2015.recordId);

    const bad = await putRule({
      jrwaSymbol: '81 50',
      category: 'C',
      years: 101,
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorPaths(bad)).toEqual(['category', 'jrwaSymbol', 'years']);
    const month = await call('GET', '/api/v1/records/due?month=2026-13', admin);
    expect(month.statusCode).toBe(400);
    expect(month.json().error.fields).toEqual([
      { path: 'month', message: 'Podaj miesiąc w formacie RRRR-MM.' },
    ]);
  });

  it('draws up the protocol, prints it, and after signing anonymises the person but keeps the audit', async () => {
    // A read of the person before: an audit row that must survive the anonymisation.
    expect((await call('GET', `/api/v1/persons/${closed2015.personId}`, worker)).statusCode).toBe(200);
    const auditBefore = await t.owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'person' AND entity_id = $1`,
      [closed2015.personId],
    );
    expect(auditBefore.rows[0]!.n).toBeGreaterThan(0);

    const few = await call('POST', '/api/v1/records/destruction-protocols', admin, {
      month: '2026-12',
      committee: committee.slice(0, 2),
    });
    expect(few.statusCode).toBe(400);
    expect(few.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['committee']);

    const created = await call('POST', '/api/v1/records/destruction-protocols', admin, {
      month: '2026-12',
      committee,
    });
    expect(created.statusCode).toBe(201);
    const p = created.json();
    expect(p).toMatchObject({
      status: 'draft',
      month: '2026-12',
      number: expect.stringMatching(/^PB\/\d{4}\/001$/),
    });
    const items = (await call('GET', `/api/v1/records/destruction-protocols/${p.id}/items`, admin)).json()
      .items;
    expect(items.map((i: { recordId: string }) => i.recordId)).toContain(closed2015.recordId);
    expect(items.map((i: { recordId: string }) => i.recordId)).not.toContain(closed2016.recordId);
    // Listed once: the month's list no longer shows it, and a second protocol has nothing to list.
    expect(await dueIds('2026-12')).not.toContain(closed2015.recordId);
    const again = await call('POST', '/api/v1/records/destruction-protocols', admin, {
      month: '2026-12',
      committee,
    });
    expect(again.statusCode).toBe(409);

    const pdf = await call('GET', `/api/v1/records/destruction-protocols/${p.id}/pdf`, admin);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('PROTOKÓŁ BRAKOWANIA DOKUMENTACJI NIEARCHIWALNEJ');
    // Its row: number, JRWA symbol, category B-10, kind, the record, closing year, due day.
    expect(text).toContain(`1 8150 B10 piecza ${closed2015.recordId} 2015 01.01.2026`);
    expect(text).toContain('Jan Archiwista — archiwista zakładowy');
    // The protocol never names the persons of the records.
    expect(text).not.toContain(closed2015.surname);

    const early = await call('POST', `/api/v1/records/destruction-protocols/${p.id}/anonymisation`, admin, {
      version: p.version,
    });
    expect(early.statusCode).toBe(409);
    const signed = await call('POST', `/api/v1/records/destruction-protocols/${p.id}/signature`, admin, {
      signedOn: '2026-11-30',
      archiveConsent: 'AP Warszawa, znak ANS.4122.15.2026',
      version: p.version,
    });
    expect(signed.statusCode).toBe(200);
    const run = await call('POST', `/api/v1/records/destruction-protocols/${p.id}/anonymisation`, admin, {
      version: signed.json().version,
    });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ status: 'anonymised', anonymisedPersons: 1 });

    const person = await t.owner.query<{ first_name: string; surname: string; pesel: string | null }>(
      'SELECT first_name, surname, pesel FROM person WHERE id = $1',
      [closed2015.personId],
    );
    expect(person.rows[0]).toEqual({ first_name: 'Anonimizowano', surname: 'Anonimizowano', pesel: null });
    const found = await t.owner.query(`SELECT 1 FROM person WHERE surname = $1 OR pesel = $2`, [
      closed2015.surname,
      closed2015.pesel,
    ]);
    expect(found.rows).toEqual([]);
    // The person whose record is still kept is untouched.
    const kept = await t.owner.query<{ surname: string }>('SELECT surname FROM person WHERE id = $1', [
      closed2016.personId,
    ]);
    expect(kept.rows[0]!.surname).toBe(closed2016.surname);

    const auditAfter = await t.owner.query<{ n: number; actions: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT action) AS actions FROM audit_log WHERE entity = 'person' AND entity_id = $1`,
      [closed2015.personId],
    );
    expect(auditAfter.rows[0]!.n).toBe(auditBefore.rows[0]!.n + 1);
    expect(auditAfter.rows[0]!.actions).toEqual(expect.arrayContaining(['read', 'anonymise']));
    expect((await verifyAuditChain(t.owner)).broken).toBeNull();
  });
});
