import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/db.ts';

// No N+1: the number of SQL statements a main page costs does not grow with what it shows.
let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = await t.login('swiadczenia');
  await get('/api/v1/auth/me'); // the session is verified once, then cached
});
afterAll(() => t?.close());

async function get(url: string) {
  const db = t.db as unknown as { queries: number };
  const before = db.queries;
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  expect(res.statusCode, url).toBe(200);
  const n = db.queries - before;
  if (process.env.SHOW_QUERY_COUNTS) console.log(url, n);
  return n;
}

const idOf = async (sql: string) => (await t.db.query<{ id: string }>(sql)).rows[0]!.id;

describe('statements per request on the main pages', () => {
  it('household page: the same for one member as for many', async () => {
    const small = await idOf(
      `SELECT household_id AS id FROM household_membership WHERE valid_to IS NULL GROUP BY household_id HAVING count(*) = 1 LIMIT 1`,
    );
    const large = await idOf(
      `SELECT household_id AS id FROM household_membership WHERE valid_to IS NULL GROUP BY household_id ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(await get(`/api/v1/households/${large}`)).toBe(await get(`/api/v1/households/${small}`));
    // The household, its members, its history and the audit entries in one statement (issue 21 item 11).
    expect(await get(`/api/v1/households/${large}`)).toBe(1);
  });

  it('person search: the same for a page of 2 as for a page of 50', async () => {
    expect(await get('/api/v1/persons?q=now&limit=50')).toBe(await get('/api/v1/persons?q=now&limit=2'));
    // One statement finds the page with its summaries and writes the audit entry (issue 21 item 11);
    // a second word adds the look-up that picks which word leads.
    expect(await get('/api/v1/persons?q=kowalska&limit=50')).toBe(1);
    expect(await get('/api/v1/persons?q=77')).toBe(1);
    expect(await get('/api/v1/persons?q=kowalska%20anna')).toBe(2);
  });

  it('person page and application page: bounded, whatever their history', async () => {
    const person = await idOf('SELECT id FROM person ORDER BY sort_key LIMIT 1');
    // The person, their households, the same-PESEL records and the audit entry in one statement.
    expect(await get(`/api/v1/persons/${person}`)).toBe(1);
    const apps = await t.db.query<{ id: string; n: number }>(
      `SELECT application_id AS id, count(*)::int AS n FROM application_action GROUP BY application_id ORDER BY n`,
    );
    const few = apps.rows[0]!;
    const many = apps.rows.at(-1)!;
    expect(many.n).toBeGreaterThan(few.n);
    expect(await get(`/api/v1/applications/${many.id}`)).toBe(await get(`/api/v1/applications/${few.id}`));
  });

  it('applications list: one statement with its audit entry, whatever the page size', async () => {
    expect(await get('/api/v1/applications?limit=50')).toBe(1);
    expect(await get('/api/v1/applications?limit=2')).toBe(1);
    // …and that statement logged the read: the applicants shown (not the one read ahead), counted.
    const shown = (await t.app.inject({ url: '/api/v1/applications?limit=2', headers: { cookie } })).json();
    const [entry] = (
      await t.db.query<{ persons: string[]; details: { results: number } }>(
        `SELECT persons, details FROM audit_log WHERE action = 'list' AND entity = 'application' ORDER BY id DESC LIMIT 1`,
      )
    ).rows;
    const applicants = [...new Set(shown.items.map((a: { applicantId: string }) => a.applicantId))];
    expect(shown.nextCursor).not.toBeNull();
    expect(entry!.persons).toEqual(applicants);
    expect(entry!.details.results).toBe(2);
  });

  it('receivables list: one statement with its audit entry', async () => {
    expect(await get('/api/v1/receivables?limit=50')).toBe(1);
    expect(await get('/api/v1/receivables?open=true&limit=2')).toBe(1);
  });

  it('"Moja praca": bounded', async () => {
    expect(await get('/api/v1/my-work')).toBeLessThanOrEqual(8);
  });
});
