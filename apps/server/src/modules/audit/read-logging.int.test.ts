import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, http, nkA, perpetrator } from '../blue-card/test-helpers.ts';

// Read logging (issue 21 item 5): every read names the persons whose data it showed, why (the
// route) and the data's category, so the administrator answers "who read this record" from the
// person's id — and a person sealed in the Niebieska Karta compartment stays unnamed to outsiders.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
let f: Awaited<ReturnType<typeof family>>;
let perpId: string;

type Entry = {
  actorLogin: string;
  action: string;
  entity: string;
  persons: string[];
  purpose: string | null;
  category: string | null;
  screen: string | null;
};
const readsOf = async (personId: string, login = 'admin') => {
  const r = await call('GET', `/api/v1/audit?personId=${personId}&limit=500`, who[login]!);
  expect(r.statusCode).toBe(200);
  return r.json().items as Entry[];
};

beforeAll(async () => {
  t = await createTestApp({ socialWork: false });
  call = http(t);
  for (const l of ['admin', 'pracownik', 'pracownik2', 'dyrektor']) who[l] = await t.login(l);
  f = await family(t);
  const p = (await call('POST', '/api/v1/blue-cards', who.pracownik!, nkA(f.victim, f.child))).json();
  const full = (await call('GET', `/api/v1/blue-cards/${p.id}`, who.pracownik!)).json();
  perpId = full.participants.find((x: { roles: string[] }) => x.roles.includes('perpetrator')).personId;
});
afterAll(() => t?.close());

describe('who read this record', () => {
  it('lists the search that found the person, their page and their household, with the route and the category', async () => {
    const found = await call(
      'GET',
      `/api/v1/persons?q=${encodeURIComponent(f.surname)}&limit=50`,
      who.pracownik2!,
    );
    expect(found.json().items.map((p: { id: string }) => p.id)).toContain(f.victim);
    const page = await call('GET', `/api/v1/persons/${f.victim}`, who.pracownik2!);
    const householdId = page.json().householdId;
    expect((await call('GET', `/api/v1/households/${householdId}`, who.pracownik2!)).statusCode).toBe(200);

    const reads = (await readsOf(f.victim)).filter((e) => e.actorLogin === 'pracownik2');
    expect(reads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'search', purpose: 'GET /api/v1/persons', category: 'identity' }),
        expect.objectContaining({ action: 'read', entity: 'person', purpose: 'GET /api/v1/persons/:id' }),
        expect.objectContaining({
          action: 'read',
          entity: 'household',
          purpose: 'GET /api/v1/households/:id',
          persons: expect.arrayContaining([f.victim, f.child]),
        }),
      ]),
    );
    // The child was read with the household, not found by the search.
    const child = await readsOf(f.child);
    expect(child.some((e) => e.entity === 'household' && e.actorLogin === 'pracownik2')).toBe(true);
  });

  it('names the persons of an exported list', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const list = await call(
      'GET',
      `/api/v1/reports/mrpips-03/${year}/Y/figures/benefits.total.persons?limit=5`,
      who.dyrektor!,
    );
    expect(list.statusCode).toBe(200);
    const first = list.json().items[0];
    expect(first?.personId).toBeDefined();
    const csv = await call(
      'GET',
      `/api/v1/reports/mrpips-03/${year}/Y/figures/benefits.total.persons/export?format=csv`,
      who.dyrektor!,
    );
    expect(csv.statusCode).toBe(200);
    const reads = (await readsOf(first.personId)).filter((e) => e.actorLogin === 'dyrektor');
    expect(reads.map((e) => e.action).sort()).toEqual(['export', 'list']);
  });

  it('keeps a sealed person unnamed to an administrator outside the compartment', async () => {
    const own = await call('GET', `/api/v1/persons/${perpId}`, who.pracownik!);
    expect(own.statusCode).toBe(200);
    await call('GET', `/api/v1/persons?q=${encodeURIComponent(perpetrator.surname)}`, who.pracownik!);
    // The reads are logged with his id…
    const logged = await t.db.query(`SELECT 1 FROM audit_log WHERE persons @> ARRAY[$1::uuid]`, [perpId]);
    expect(logged.rowCount).toBeGreaterThanOrEqual(2);
    // …but an administrator outside the compartment gets what a person never read would get…
    expect(await readsOf(perpId)).toEqual([]);
    // …and, in the log at large, the search that found him does not name him.
    const all = await call('GET', '/api/v1/audit?actorLogin=pracownik&action=search&limit=50', who.admin!);
    const searches = all.json().items as Entry[];
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.flatMap((e) => e.persons)).not.toContain(perpId);
  });

  it('is for those who read the audit log only', async () => {
    const r = await call('GET', `/api/v1/audit?personId=${f.victim}`, who.pracownik!);
    expect(r.statusCode).toBe(403);
    const bad = await call('GET', '/api/v1/audit?personId=not-an-id', who.admin!);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('personId');
  });
});

describe('the screen as the purpose (X-Ostoja-Purpose)', () => {
  const search = (purpose: string, login = 'pracownik2') =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/persons?q=${encodeURIComponent(f.surname)}`,
      headers: { cookie: who[login]!, 'x-ostoja-purpose': purpose, 'accept-language': 'en' },
    });

  it('records the screen a search names beside its route, and who read this record shows it', async () => {
    const r = await search('/persons');
    expect(r.statusCode).toBe(200);
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${f.victim}`,
      headers: { cookie: who.pracownik2!, 'x-ostoja-purpose': '/persons/:id' },
    });
    expect(page.statusCode).toBe(200);
    const reads = (await readsOf(f.victim)).filter((e) => e.actorLogin === 'pracownik2' && e.screen);
    expect(reads.slice(0, 2)).toEqual([
      expect.objectContaining({ action: 'read', screen: '/persons/:id', purpose: 'GET /api/v1/persons/:id' }),
      expect.objectContaining({ action: 'search', screen: '/persons', purpose: 'GET /api/v1/persons' }),
    ]);
  });

  it('refuses a screen the app does not have with 400 naming the header, and logs no read', async () => {
    const last = async () =>
      (await t.db.query<{ id: number }>('SELECT max(id)::int AS id FROM audit_log')).rows[0]!.id;
    const before = await last();
    const r = await search('/persons/../export-all');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([
      {
        path: 'X-Ostoja-Purpose',
        message: 'Unknown screen in the X-Ostoja-Purpose header. Reload the page.',
      },
    ]);
    expect(await last()).toBe(before);
  });
});
