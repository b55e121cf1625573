import { randomUUID } from 'node:crypto';
import { type Permission, roleHas } from '@ostoja/domain/identity/permissions';
import type { Role } from '@ostoja/domain/identity/roles';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffContext as fixtureContext } from '../../http/context.ts';
import { buildOpenApi } from '../../http/openapi.ts';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import {
  type ExampleRequest,
  type Examples,
  type Fixtures,
  loadExamples,
  loadFixtures,
} from '../../test/route-examples.ts';
import { grantDecision } from '../payments/test-fixtures.ts';
import { type Call, family, http } from './test-helpers.ts';

// Every route that takes a person id or a PESEL, found in the OpenAPI document (so a new route is
// covered as soon as it exists), tried by a user outside the compartment: a sealed person must get
// the answer a missing id gets, and a sealed person's PESEL the answer a fresh PESEL gets
// (decision 0008). Requests are the routes' own examples (the permissions test keeps them valid).

let t: TestApp;
let call: Call;
let examples: Examples;
let fx: Omit<Fixtures, 'role'>;
const who: Record<string, string> = {};
const sealed = {
  id: '',
  pesel: makePesel('1980-05-01', 'F', 613),
  firstName: 'Ewelina',
  surname: 'Zapieczętowana',
};
const BIRTH = { birthDate: '1980-05-01', sex: 'F' };
/** The compartment: the opener of the procedure and the chair of the team. */
const INSIDERS = ['pracownik2', 'niebieska'];
let home: string;

beforeAll(async () => {
  t = await createTestApp();
  call = http(t);
  examples = await loadExamples();
  fx = await loadFixtures(t.db);
  for (const a of DEMO_ACCOUNTS) who[a.login] = await t.login(a.login);
  const f = await family(t);
  const opened = await call('POST', '/api/v1/blue-cards', who.pracownik2!, {
    openedOn: '2026-11-06',
    initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
    participants: [
      { personId: f.victim, role: 'victim' },
      {
        person: { pesel: sealed.pesel, firstName: sealed.firstName, surname: sealed.surname },
        role: 'perpetrator',
      },
    ],
    violenceForms: ['psychological'],
    description: 'Groźby wobec partnera.',
    victimPresent: true,
  });
  expect(opened.statusCode).toBe(201);
  sealed.id = opened
    .json()
    .participants.find((p: { roles: string[] }) => p.roles.includes('perpetrator')).personId;
  // The opener records where the sealed person lives: the last household by id, which the route
  // examples (built as an outsider, from the first households) never use.
  home = (await t.db.query<{ id: string }>('SELECT id FROM household ORDER BY id DESC LIMIT 1')).rows[0]!.id;
  const joined = await call('POST', `/api/v1/households/${home}/members`, who.pracownik2!, {
    member: { relation: 'otherRelative', personId: sealed.id },
    since: '2026-11-06',
  });
  expect(joined.statusCode).toBe(200);
});
afterAll(() => t?.close());

type Kind = 'id' | 'pesel';
type Path = (string | number)[];
const PERSON_ID_KEY = /^(personId|recipientPersonId|\w*PersonIds|personIds)$/;

/** What an operation of the OpenAPI document takes: person ids, PESELs, or neither. */
function kindsOf(path: string, op: { parameters: { name: string; in: string }[]; requestBody?: unknown }) {
  const kinds = new Set<Kind>();
  for (const p of op.parameters) {
    if (
      PERSON_ID_KEY.test(p.name) ||
      (p.in === 'path' && p.name === 'id' && path.startsWith('/api/v1/persons/'))
    )
      kinds.add('id');
  }
  const walk = (s: unknown): void => {
    if (Array.isArray(s)) {
      for (const x of s) walk(x);
      return;
    }
    if (!s || typeof s !== 'object') return;
    for (const [k, v] of Object.entries(s)) {
      if (k === 'properties')
        for (const name of Object.keys(v as object)) {
          if (PERSON_ID_KEY.test(name)) kinds.add('id');
          if (name === 'pesel') kinds.add('pesel');
        }
      walk(v);
    }
  };
  walk(op.requestBody);
  return kinds;
}

/** Where in an example request a person id (or a PESEL) sits. */
function slots(url: string, req: ExampleRequest, kind: Kind): Path[] {
  const found: Path[] = [];
  for (const name of Object.keys(req.params ?? {}))
    if (kind === 'id' && (PERSON_ID_KEY.test(name) || (name === 'id' && url.startsWith('/api/v1/persons/'))))
      found.push(['params', name]);
  for (const name of Object.keys(req.query ?? {}))
    if (kind === 'id' && PERSON_ID_KEY.test(name)) found.push(['query', name]);
  const walk = (v: unknown, at: Path): void => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, [...at, i]);
      return;
    }
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      if (kind === 'id' && PERSON_ID_KEY.test(k)) {
        if (typeof x === 'string') found.push([...at, k]);
        else if (Array.isArray(x) && x.length > 0) found.push([...at, k, 0]);
      } else if (kind === 'pesel' && k === 'pesel') found.push([...at, k]);
      else walk(x, [...at, k]);
    }
  };
  walk(req.body, ['body']);
  return found;
}

/**
 * Examples that register persons as new ones get a registry person by id instead (for the `id`
 * pass), and those that name persons by id get a new person with a PESEL (for the `pesel` pass).
 */
const anyId = () => randomUUID();
const newPerson = { pesel: '', firstName: 'Halina', surname: 'Nowoprzybyła' };
const rewrite: Record<string, Partial<Record<Kind, (r: ExampleRequest) => void>>> = {
  'POST /api/v1/households': {
    // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
    id: (r) => ((r.body as any).members[0] = { relation: 'applicant', personId: anyId() }),
  },
  'POST /api/v1/households/:id/members': {
    // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
    id: (r) => ((r.body as any).member = { relation: 'otherRelative', personId: anyId() }),
  },
  'POST /api/v1/blue-cards': {
    // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
    pesel: (r) => ((r.body as any).participants[1] = { person: { ...newPerson }, role: 'perpetrator' }),
  },
  'POST /api/v1/blue-cards/:id/participants': {
    // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
    pesel: (r) => ((r.body as any).participant = { person: { ...newPerson }, role: 'witness' }),
  },
  'POST /api/v1/blue-cards/:id/suspects/:suspectId/completion': {
    // The suspect is completed either by an existing person's id or by a new person: try the id.
    id: (r) => {
      // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
      delete (r.body as any).person;
      addBody(r, 'personId', anyId());
    },
  },
  'POST /api/v1/applications/:id/proposal-preview': { id: (r) => addBody(r, 'personIds', [anyId()]) },
  'POST /api/v1/applications/:id/proposals': { id: (r) => addBody(r, 'personIds', [anyId()]) },
  'GET /api/v1/receivables': { id: (r) => (r.query = { ...r.query, personId: anyId() }) },
  'POST /api/v1/blue-cards/:id/meetings': { id: (r) => addBody(r, 'invitedPersonIds', [anyId()]) },
  'POST /api/v1/blue-cards/:id/meetings/:meetingId/record': {
    id: (r) => addBody(r, 'presentPersonIds', [anyId()]),
  },
  'GET /api/v1/blue-cards/:id/forms/:formId/pdf': {
    id: (r) => (r.query = { ...r.query, recipientPersonId: anyId() }),
  },
  'GET /api/v1/blue-cards/:id/meetings/:meetingId/minutes/pdf': {
    id: (r) => (r.query = { ...r.query, recipientPersonId: anyId() }),
  },
  'POST /api/v1/alcohol-commission/proceedings': {
    // The report names a registry person by id or a new one: try the PESEL of a new one.
    pesel: (r) => {
      // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
      delete (r.body as any).personId;
      addBody(r, 'person', { ...newPerson });
    },
  },
  'POST /api/v1/counselling/consultations': {
    // biome-ignore lint/suspicious/noExplicitAny: example bodies are loose
    id: (r) => ((r.body as any).personId = anyId()),
  },
};

function addBody(r: ExampleRequest, key: string, value: unknown) {
  r.body = { ...(r.body as object), [key]: value };
}

function put(req: ExampleRequest, at: Path, value: string) {
  // biome-ignore lint/suspicious/noExplicitAny: walking a loose request
  let o: any = req;
  for (const k of at.slice(0, -1)) o = o[k];
  o[at.at(-1)!] = value;
  // A PESEL carries the birth date and sex: the fields beside it follow (equally in both variants).
  if (at.at(-1) === 'pesel') for (const [k, v] of Object.entries(BIRTH)) if (k in o) o[k] = v;
}

/** The demo account outside the compartment that may call the route (it builds its own example). */
const outsider = (permission: string) =>
  DEMO_ACCOUNTS.find((a) => !INSIDERS.includes(a.login) && roleHas(a.role, permission as Permission));

async function send(key: string, login: string, role: Role, kind: Kind, slot: number, value: string) {
  const [method, url] = key.split(' ') as [string, string];
  const req = structuredClone(await examples[key]!({ ...fx, role }));
  rewrite[key]?.[kind]?.(req);
  put(req, slots(url, req, kind)[slot]!, value);
  const path = url.replace(/:(\w+)/g, (_m, name: string) => req.params?.[name] ?? 'missing');
  const res = await t.app.inject({
    method: method as 'GET',
    url: path,
    query: req.query,
    ...(req.body !== undefined ? { payload: req.body as object } : {}),
    headers: { cookie: who[login]! },
  });
  const e = res.statusCode >= 400 ? res.json().error : null;
  return {
    answer: [res.statusCode, e?.code ?? null, (e?.fields ?? []).map((f: { path: string }) => f.path)],
    body: res.body,
  };
}

async function freshPesel() {
  for (let serial = 100; ; serial++) {
    const pesel = makePesel(BIRTH.birthDate, 'F', serial);
    if ((await t.db.query('SELECT 1 FROM person WHERE pesel = $1', [pesel])).rowCount === 0) return pesel;
  }
}

describe('a sealed person, from outside the compartment, on every route that takes a person', () => {
  it('answers as for a missing person, and a sealed PESEL as a fresh one', async () => {
    const doc = buildOpenApi(t.routes);
    const tried: string[] = [];
    const problems: unknown[] = [];
    for (const r of t.routes) {
      const key = `${r.method} ${r.url}`;
      const docPath = r.url.replace(/:(\w+)/g, '{$1}');
      // biome-ignore lint/suspicious/noExplicitAny: the generated document is read loosely
      const op = (doc.paths[docPath] as any)[r.method.toLowerCase()];
      const kinds = kindsOf(r.url, op);
      if (kinds.size === 0 || r.permission === 'public') continue;
      const account = outsider(r.permission);
      if (!account) {
        problems.push([key, 'nobody outside the compartment may call it']);
        continue;
      }
      for (const kind of kinds) {
        const template = structuredClone(await examples[key]!({ ...fx, role: account.role }));
        rewrite[key]?.[kind]?.(template);
        const where = slots(r.url, template, kind);
        if (where.length === 0) problems.push([key, kind, 'its example has no such field to try']);
        for (const [i, at] of where.entries()) {
          const withSealed = await send(
            key,
            account.login,
            account.role,
            kind,
            i,
            kind === 'id' ? sealed.id : sealed.pesel,
          );
          // What the outsider registered with the sealed PESEL is theirs: it moves aside, so the next
          // route meets the sealed person alone again.
          if (kind === 'pesel')
            await t.db.query(
              `UPDATE person SET pesel = $1, search_text = replace(search_text, $2, $1)
                WHERE pesel = $2 AND id <> $3`,
              [await freshPesel(), sealed.pesel, sealed.id],
            );
          const other = kind === 'id' ? randomUUID() : await freshPesel();
          const withOther = await send(key, account.login, account.role, kind, i, other);
          tried.push(`${key} ${at.join('.')}`);
          if (JSON.stringify(withSealed.answer) !== JSON.stringify(withOther.answer))
            problems.push([key, at.join('.'), account.login, withSealed.answer, withOther.answer]);
          // The sealed person's record never comes back (nor is it linked to the outsider's record).
          if (withSealed.body.includes(sealed.id) || withSealed.body.includes(sealed.surname))
            problems.push([key, at.join('.'), 'answer names the sealed person']);
        }
      }
    }
    expect(problems.map((p) => JSON.stringify(p))).toEqual([]);
    // The document's person routes, each tried: reads, edits, sub-resources, payments, bodies.
    for (const k of [
      'GET /api/v1/persons/:id params.id',
      'PUT /api/v1/persons/:id params.id',
      'PUT /api/v1/persons/:id body.person.pesel',
      'POST /api/v1/persons body.person.pesel',
      'GET /api/v1/persons/:id/ledger params.id',
      'GET /api/v1/receivables query.personId',
      'POST /api/v1/receivables body.personId',
      'POST /api/v1/households/:id/members/:personId/leave params.personId',
      'POST /api/v1/blue-cards body.participants.1.person.pesel',
    ])
      expect(tried).toContain(k);
  });

  it('lets a member of the compartment, and only her, see the duplicate an outsider registered', async () => {
    const dup = await call('POST', '/api/v1/persons', who.pracownik!, {
      person: { pesel: sealed.pesel, firstName: sealed.firstName, surname: sealed.surname },
    });
    expect(dup.statusCode).toBe(201);
    const outside = (await call('GET', `/api/v1/persons/${dup.json().id}`, who.pracownik!)).json();
    expect(outside.samePesel).toBeUndefined();
    const inside = (await call('GET', `/api/v1/persons/${sealed.id}`, who.pracownik2!)).json();
    expect(inside.samePesel.map((p: { id: string }) => p.id)).toEqual([dup.json().id]);
    expect(
      (await call('GET', `/api/v1/persons/${dup.json().id}`, who.pracownik2!)).json().samePesel[0].id,
    ).toBe(sealed.id);
    await t.db.query(
      `UPDATE person SET pesel = $1, search_text = replace(search_text, $2, $1) WHERE id = $3`,
      [await freshPesel(), sealed.pesel, dup.json().id],
    );
  });

  it('keeps household members, searches and the audit log as if the person did not exist', async () => {
    const house = `/api/v1/households/${home}`;
    const outside = await call('GET', house, who.pracownik!);
    expect([
      outside.statusCode,
      outside.body.includes(sealed.id),
      outside.body.includes(sealed.surname),
    ]).toEqual([200, false, false]);
    expect((await call('GET', house, who.pracownik2!)).body).toContain(sealed.id);
    const leave = async (id: string) => {
      const r = await call('POST', `${house}/members/${id}/leave`, who.pracownik!, {});
      return [r.statusCode, r.json().error?.code];
    };
    expect(await leave(sealed.id)).toEqual(await leave(randomUUID()));
    expect((await call('GET', house, who.pracownik2!)).body).toContain(sealed.id);
    const fresh = await freshPesel();
    for (const [login, search] of [
      ['pracownik', '/api/v1/persons?q='],
      ['swiadczenia', '/api/v1/persons?q='],
      ['pracownik', '/api/v1/blue-cards/search?q='],
    ] as const) {
      const a = (await call('GET', `${search}${sealed.pesel}`, who[login]!)).json();
      const b = (await call('GET', `${search}${fresh}`, who[login]!)).json();
      expect([login, search, a]).toEqual([login, search, b]);
    }
    expect(
      (await call('GET', `/api/v1/persons?q=${sealed.pesel}`, who.pracownik2!)).json().items,
    ).toHaveLength(1);
    // What a member of the compartment did is logged, and none of it names the sealed person to
    // the auditor or the administrator (a household read; any entry whose entity id is the person).
    await call('GET', house, who.pracownik2!);
    for (const login of ['audytor', 'admin']) {
      // (What outsiders typed themselves, a search for the id included, is theirs.)
      const items = (await call('GET', '/api/v1/audit?limit=500', who[login]!)).json().items as {
        actorLogin: string;
      }[];
      const insiders = JSON.stringify(items.filter((e) => INSIDERS.includes(e.actorLogin)));
      expect([login, insiders.length > 2, insiders.includes(sealed.id)]).toEqual([login, true, false]);
      const a = (await call('GET', `/api/v1/audit?entityId=${sealed.id}`, who[login]!)).json();
      const b = (await call('GET', `/api/v1/audit?entityId=${randomUUID()}`, who[login]!)).json();
      expect([login, a]).toEqual([login, b]);
    }
  });
});

describe('a benefit a member of the compartment grants to a sealed person (decision 0015)', () => {
  it('makes the person known to the centre: payments name a person the registry shows, never the procedure', async () => {
    const id = async (login: string) =>
      (await t.db.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login])).rows[0]!.id;
    // What the insiders read while the person was sealed: it stays with the compartment.
    await call('GET', `/api/v1/persons/${sealed.id}`, who.pracownik2!);
    const others = await t.db.query<{ id: string }>(
      `SELECT person_id AS id FROM household_membership WHERE household_id = $1 AND valid_to IS NULL AND person_id <> $2`,
      [home, sealed.id],
    );
    // The opener (a member) files an application for the sealed person; a benefit is granted.
    const filed = await call('POST', '/api/v1/applications', who.pracownik2!, {
      householdId: home,
      applicantId: sealed.id,
      channel: 'inPerson',
      submittedOn: '2026-11-20',
      benefits: ['zasilekOkresowy'],
      helpReasons: ['4'],
      urgent: false,
    });
    expect(filed.statusCode).toBe(201);
    // The clerk outside the compartment reads the application by name: the registry must show the
    // person too (before decision 0015 it answered 404 as for a missing one).
    const clerk = who.swiadczenia!;
    const app = (await call('GET', `/api/v1/applications/${filed.json().id}`, clerk)).json();
    expect([
      app.applicantName,
      (await call('GET', `/api/v1/persons/${sealed.id}`, clerk)).statusCode,
    ]).toEqual([`${sealed.firstName} ${sealed.surname}`, 200]);
    const decision = await grantDecision(fixtureContext(t.db, await id('swiadczenia')), {
      household: { id: home, members: [sealed.id, ...others.rows.map((r) => r.id)] },
      amount: 45000,
      submittedOn: '2026-11-20',
      periodFrom: '2027-01-01',
      periodTo: '2027-01-31',
      decidedOn: '2026-11-25',
      paymentMethod: 'cashDesk',
    });
    const run = await call('POST', '/api/v1/payment-runs', clerk, { month: '2027-01' });
    expect(run.json().created).toBe(true);
    const itemId = (
      await t.db.query<{ id: string }>('SELECT id FROM payment_item WHERE person_id = $1 AND run_id = $2', [
        sealed.id,
        run.json().id,
      ])
    ).rows[0]!.id;
    const item = (await call('GET', `/api/v1/payment-items/${itemId}`, clerk)).json();
    // The payment names the person to the outsider, and so does the registry: one answer.
    expect([item.amount, item.recipientName]).toEqual([45000, `${sealed.firstName} ${sealed.surname}`]);
    expect((await call('GET', `/api/v1/payment-schedules/${decision}`, clerk)).statusCode).toBe(200);
    const person = await call('GET', `/api/v1/persons/${sealed.id}`, clerk);
    expect([person.statusCode, person.json().surname, person.json().restrictedRecord]).toEqual([
      200,
      sealed.surname,
      undefined,
    ]);
    // Without any information about the procedure: history, search, the audit log.
    const history = (await call('GET', `/api/v1/persons/${sealed.id}/history`, clerk)).json();
    expect(history.items.map((e: { kind: string }) => e.kind)).not.toContain('procedure');
    expect((await call('GET', `/api/v1/persons?q=${sealed.pesel}`, clerk)).json().items).toHaveLength(1);
    for (const login of ['audytor', 'admin']) {
      const items = (await call('GET', `/api/v1/audit?entityId=${sealed.id}&limit=500`, who[login]!)).json()
        .items as { actorLogin: string; entity: string }[];
      expect([
        login,
        items.filter((e) => INSIDERS.includes(e.actorLogin) || e.entity.startsWith('blueCard')),
      ]).toEqual([login, []]);
    }
    // A member still sees the procedure in the person's history.
    expect((await call('GET', `/api/v1/persons/${sealed.id}/history`, who.pracownik2!)).body).toContain(
      '"procedure"',
    );
    // The release is logged on the procedure, for the compartment only.
    const logged = await t.db.query(
      `SELECT 1 FROM audit_log WHERE action = 'releasePerson' AND entity = 'blueCardProcedure' AND details->>'personId' = $1`,
      [sealed.id],
    );
    expect(logged.rowCount).toBeGreaterThan(0);
  });
});
