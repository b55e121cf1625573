import { makePesel, type Sex } from '@ostoja/domain/shared/pesel';
import { foldDiacritics } from '@ostoja/domain/shared/polish-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { prefixRanges } from './search-repo.ts';

// The registry through its HTTP API on a real PostgreSQL (ICU pl-PL), with the demo centre seeded.
// Every person the tests look for is created here, with names no demo person has.
let t: TestApp;
let worker: string; // pracownik: social worker, registry.read + registry.write
let specialist: string; // psycholog: registry.read only

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('pracownik');
  specialist = await t.login('psycholog');
});
afterAll(() => t?.close());

interface CallOpts {
  cookie?: string | null;
  body?: unknown;
  raw?: string;
  lang?: string;
  query?: Record<string, string>;
  contentType?: string;
}
async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, o: CallOpts = {}) {
  const headers: Record<string, string> = {};
  const cookie = o.cookie === undefined ? worker : o.cookie;
  if (cookie) headers.cookie = cookie;
  if (o.lang) headers['accept-language'] = o.lang;
  if (o.contentType) headers['content-type'] = o.contentType;
  else if (o.raw !== undefined) headers['content-type'] = 'application/json';
  const res = await t.app.inject({
    method,
    url,
    headers,
    ...(o.query ? { query: o.query } : {}),
    ...(o.raw !== undefined ? { payload: o.raw } : o.body !== undefined ? { payload: o.body as object } : {}),
  });
  const body = res.body ? res.json() : null;
  return { status: res.statusCode, body, res };
}

// PESEL serials from 900 up never collide with the demo data (serials 0–199).
let serial = 900;
const pesel = (birthDate: string, sex: Sex) => makePesel(birthDate, sex, serial++);
const newPerson = (surname: string, firstName: string, birthDate: string, sex: Sex, more = {}) => ({
  pesel: pesel(birthDate, sex),
  firstName,
  surname,
  ...more,
});
async function createPerson(person: object, extra: object = {}) {
  const r = await call('POST', '/api/v1/persons', { body: { person, ...extra } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; version: number; pesel: string | null } & Record<string, unknown>;
}
async function search(q: string, more: Record<string, string> = {}, cookie?: string) {
  return call('GET', '/api/v1/persons', { query: { q, ...more }, ...(cookie ? { cookie } : {}) });
}
/** Every page of a search, following nextCursor. */
async function searchAll(q: string, limit = 100) {
  const items: { id: string; surname: string; firstName: string }[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const r = await search(q, { limit: String(limit), ...(after ? { after } : {}) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    items.push(...r.body.items);
    after = r.body.nextCursor;
    if (after === null) return items;
  }
  throw new Error('more than 100 pages');
}
async function counts() {
  const r = await t.db.query<{ persons: number; households: number; memberships: number; audit: number }>(
    `SELECT (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM household)::int AS households,
            (SELECT count(*) FROM household_membership)::int AS memberships,
            (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return r.rows[0]!;
}

describe('search', () => {
  it('finds a person by the full PESEL, and by a PESEL prefix', async () => {
    const a = await createPerson(newPerson('Bąkowska', 'Teodozja', '1931-07-13', 'F'));
    const b = await createPerson(newPerson('Bąkowski', 'Teodor', '1931-07-13', 'M'));
    const c = await createPerson(newPerson('Bąk', 'Teofil', '1931-07-13', 'M'));

    const full = await search(a.pesel!);
    expect(full.status).toBe(200);
    expect(full.body.items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(full.body.items[0]).toMatchObject({ surname: 'Bąkowska', birthDate: '1931-07-13', sex: 'F' });

    const prefix = await search('310713'); // born 13 July 1931
    expect(prefix.body.items.map((p: { surname: string }) => p.surname)).toEqual([
      'Bąk',
      'Bąkowska',
      'Bąkowski',
    ]);
    expect(new Set(prefix.body.items.map((p: { id: string }) => p.id))).toEqual(new Set([a.id, b.id, c.id]));

    const ten = await search(b.pesel!.slice(0, 10));
    expect(ten.body.items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    expect((await search('99999999999')).body.items).toEqual([]);
  });

  it('finds by a two-letter surname prefix, not by letters inside the surname', async () => {
    const zd = await createPerson(newPerson('Źdźbło', 'Kunegunda', '1932-01-02', 'F'));
    const zd2 = await createPerson(newPerson('Zdrojewska', 'Kunegunda', '1932-01-03', 'F'));
    const inside = await createPerson(newPerson('Gwiazda', 'Kunegunda', '1932-01-04', 'F'));
    const found = await searchAll('zd');
    const ids = found.map((p) => p.id);
    expect(ids).toContain(zd.id);
    expect(ids).toContain(zd2.id);
    expect(ids).not.toContain(inside.id);
    for (const p of found) expect(foldDiacritics(p.surname).startsWith('zd'), p.surname).toBe(true);
    // Typed with the diacritics, or in capitals, it finds the same.
    expect((await searchAll('ŹD')).map((p) => p.id)).toEqual(ids);
  });

  it('finds "Żółkowska" and "Żółkowski" by "zolk", ignoring case and diacritics', async () => {
    const f = await createPerson(newPerson('Żółkowska', 'Bonifacja', '1933-03-03', 'F'));
    const m = await createPerson(newPerson('Żółkowski', 'Bonifacy', '1933-04-04', 'M'));
    for (const q of ['zolk', 'ZOLK', 'Żółk', 'ółko']) {
      const found = await searchAll(q);
      expect(
        found.map((p) => p.id),
        q,
      ).toEqual(expect.arrayContaining([f.id, m.id]));
      for (const p of found)
        expect(foldDiacritics(`${p.surname} ${p.firstName}`), q).toContain(foldDiacritics(q));
    }
    // Several words narrow the search: each must match.
    const both = await searchAll('zolkowska bonif');
    expect(both.map((p) => p.id)).toEqual([f.id]);
  });

  it('lists results in Polish alphabetical order (Ł after L, Ź after Z, Ż after Ź)', async () => {
    const surnames = [
      'Łuczak',
      'Lis',
      'Malinowska',
      'Żak',
      'Źrebiec',
      'Zając',
      'Ćwik',
      'Cybulska',
      'Nowakowska',
      'Nowak',
    ];
    for (const [i, s] of surnames.entries())
      await createPerson(newPerson(s, 'Testomira', `1934-02-${String(i + 1).padStart(2, '0')}`, 'F'));
    const r = await search('testomira');
    expect(r.status).toBe(200);
    const got = r.body.items.map((p: { surname: string }) => p.surname);
    expect(got).toEqual([
      'Cybulska',
      'Ćwik',
      'Lis',
      'Łuczak',
      'Malinowska',
      'Nowak',
      'Nowakowska',
      'Zając',
      'Źrebiec',
      'Żak',
    ]);
    expect(got).toEqual([...surnames].sort(new Intl.Collator('pl').compare));
  });

  it('pages with a cursor: limit 2, no duplicates, no gaps, the same order', async () => {
    // Two persons with exactly the same names: the order between them must still be stable across pages.
    for (const [i, [s, f]] of [
      ['Kowalczyk', 'Pelagia'],
      ['Kowalczyk', 'Pelagia'],
      ['Łęcka', 'Pelagia'],
      ['Lewandowska', 'Pelagia'],
      ['Adamska', 'Pelagia'],
      ['Żurawska', 'Pelagia'],
      ['Ćmiel', 'Pelagia'],
    ].entries())
      await createPerson(newPerson(s!, f!, `1935-05-${String(i + 1).padStart(2, '0')}`, 'F'));
    const all = await search('pelagia', { limit: '100' });
    expect(all.body.items).toHaveLength(7);
    expect(all.body.nextCursor).toBeNull();
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const r = await search('pelagia', { limit: '2', ...(after ? { after } : {}) });
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(2);
      pages.push(r.body.items.map((p: { id: string }) => p.id));
      after = r.body.nextCursor;
    } while (after !== null && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat()).toEqual(all.body.items.map((p: { id: string }) => p.id));
    expect(all.body.items.map((p: { surname: string }) => p.surname)).toEqual([
      'Adamska',
      'Ćmiel',
      'Kowalczyk',
      'Kowalczyk',
      'Lewandowska',
      'Łęcka',
      'Żurawska',
    ]);
  });

  it('can answer every kind of search from an index (national-size registry)', async () => {
    const plan = (sql: string, params: unknown[]) =>
      t.db.tx(async (c) => {
        await c.query('SET LOCAL enable_seqscan = off');
        const r = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
        return r.rows.map((row) => row['QUERY PLAN']).join('\n');
      });
    // The shapes registry/search.ts runs: each must be an index condition, not a filter over a whole table.
    expect(await plan('SELECT id FROM person WHERE pesel = $1', ['44051401359'])).toMatch(
      /Index Cond: \(pesel = /,
    );
    expect(
      await plan('SELECT id FROM person WHERE pesel BETWEEN $1 AND $2', ['44050000000', '44059999999']),
    ).toMatch(/person_pesel_idx[\s\S]*Index Cond: \(\(pesel >= /);
    const [lo, hi] = prefixRanges('zol')[0]!;
    expect(
      await plan(
        `SELECT id FROM person p WHERE p.sort_key >= $1 AND p.sort_key < $2 AND p.surname_folded LIKE 'zolk%' ORDER BY p.sort_key, p.id LIMIT 26`,
        [lo, hi],
      ),
    ).toMatch(/person_sort_idx[\s\S]*Index Cond: \(\(sort_key >= /);
    // (The surname dictionary, person_name, is small; its trigram index shows in docs/benchmarks.md plans.)
    expect(
      await plan(
        `SELECT id FROM person p WHERE p.first_name_folded = 'anna' ORDER BY p.sort_key, p.id LIMIT 26`,
        [],
      ),
    ).toMatch(/person_first_name_idx[\s\S]*Index Cond: \(first_name_folded = /);
    expect(await plan(`SELECT id FROM person p WHERE p.search_tail LIKE '%fj12%'`, [])).toMatch(
      /Bitmap Index Scan on person_search_tail_trgm_idx/,
    );
    // Twelve spellings of "zol" (z/ź/ż × o/ó × l/ł), each one contiguous range of the sort index.
    expect(prefixRanges('zol')).toHaveLength(12);
  });

  it('refuses a cursor it did not issue with 400 on "after", not 500', async () => {
    for (const after of ['garbage', 'abc|not-a-uuid', '|', 'zz|00000000-0000-0000-0000-00000000000g']) {
      const r = await search('pelagia', { after });
      expect(r.status, after).toBe(400);
      expect(r.body.error.fields[0].path).toBe('after');
      expect(r.body.error.fields[0].message).not.toMatch(/^validation\./);
    }
  });

  it('needs at least two characters and registry access', async () => {
    const short = await search('a');
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toEqual([
      { path: 'q', message: 'Za krótkie (minimalna liczba znaków: 2).' },
    ]);
    expect((await search('zolk', {}, specialist)).status).toBe(200);
    expect((await search('zolk', {}, await t.login('niebieska'))).status).toBe(403);
    expect((await call('GET', '/api/v1/persons', { query: { q: 'zolk' }, cookie: null })).status).toBe(401);
  });
});

describe('creating and updating persons', () => {
  it('refuses an existing PESEL with 409 peselTaken on person.pesel', async () => {
    const p = await createPerson(newPerson('Pietrzykowska', 'Honorata', '1936-01-01', 'F'));
    const before = await counts();
    const r = await call('POST', '/api/v1/persons', {
      body: { person: { pesel: p.pesel, firstName: 'Inna', surname: 'Osoba' } },
    });
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('peselTaken');
    expect(r.body.error.message).toMatch(/PESEL/);
    expect(r.body.error.fields).toHaveLength(1);
    expect(r.body.error.fields[0].path).toBe('person.pesel');
    expect(r.body.error.fields[0].message).toMatch(/PESEL/);
    expect(await counts()).toEqual(before);
    // Confirming a "possible duplicate" does not get past a taken PESEL.
    const again = await call('POST', '/api/v1/persons', {
      body: { person: { pesel: p.pesel, firstName: 'Inna', surname: 'Osoba' }, confirmDuplicate: true },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('peselTaken');
  });

  it('warns about the same names and birth date (409 possibleDuplicate), and accepts when confirmed', async () => {
    const first = await createPerson(newPerson('Żmudzińska', 'Łucja', '1937-03-03', 'F'));
    const before = await counts();
    // Typed without diacritics, with another PESEL of the same day.
    const twin = newPerson('Zmudzinska', 'Lucja', '1937-03-03', 'F');
    const warn = await call('POST', '/api/v1/persons', { body: { person: twin } });
    expect(warn.status).toBe(409);
    expect(warn.body.error.code).toBe('possibleDuplicate');
    expect(warn.body.error.message).not.toMatch(/^error\./);
    expect(warn.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['person.surname']);
    expect(warn.body.error.candidates).toEqual([
      expect.objectContaining({
        id: first.id,
        surname: 'Żmudzińska',
        firstName: 'Łucja',
        birthDate: '1937-03-03',
      }),
    ]);
    expect(await counts()).toEqual(before);

    const ok = await call('POST', '/api/v1/persons', { body: { person: twin, confirmDuplicate: true } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ surname: 'Zmudzinska', birthDate: '1937-03-03', version: 1 });
    // A different first name on the same day is not a duplicate.
    await createPerson(newPerson('Żmudzińska', 'Władysława', '1937-03-03', 'F'));
  });

  it('refuses the same PESEL saved by several people at once: one is saved, the others get peselTaken', async () => {
    const person = newPerson('Równoczesna', 'Teofila', '1936-06-06', 'F');
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('POST', '/api/v1/persons', { body: { person, confirmDuplicate: true } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.error.code).toBe('peselTaken');
      expect(r.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['person.pesel']);
    }
    const found = await search(person.pesel);
    expect(found.body.items).toHaveLength(1);
  });

  it('says "newer version" before warning about duplicates when saving a stale record', async () => {
    const a = await createPerson(newPerson('Podwójna', 'Róża', '1936-07-07', 'F'));
    const b = await createPerson(newPerson('Pojedyncza', 'Róża', '1936-07-07', 'F'));
    const touch = await call('PUT', `/api/v1/persons/${b.id}`, {
      body: {
        person: { pesel: b.pesel, firstName: 'Róża', surname: 'Pojedyncza', phone: '700 800 900' },
        version: 1,
      },
    });
    expect(touch.status).toBe(200);
    // Stale, and renamed to the name of another person born the same day.
    const stale = await call('PUT', `/api/v1/persons/${b.id}`, {
      body: { person: { pesel: b.pesel, firstName: 'Róża', surname: 'Podwójna' }, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('versionConflict');
    // Fresh: now the duplicate warning, naming the other person.
    const fresh = await call('PUT', `/api/v1/persons/${b.id}`, {
      body: { person: { pesel: b.pesel, firstName: 'Róża', surname: 'Podwójna' }, version: 2 },
    });
    expect(fresh.status).toBe(409);
    expect(fresh.body.error.code).toBe('possibleDuplicate');
    expect(fresh.body.error.candidates.map((c: { id: string }) => c.id)).toEqual([a.id]);
    // Taking another person's PESEL is refused on the field.
    const steal = await call('PUT', `/api/v1/persons/${b.id}`, {
      body: { person: { pesel: a.pesel, firstName: 'Róża', surname: 'Pojedyncza' }, version: 2 },
    });
    expect(steal.status).toBe(409);
    expect(steal.body.error.fields).toEqual([
      { path: 'person.pesel', message: expect.stringMatching(/PESEL/) },
    ]);
  });

  it('takes birth date and sex from the PESEL', async () => {
    const p = await createPerson({
      pesel: makePesel('1938-12-24', 'M', serial++),
      firstName: 'Gerwazy',
      surname: 'Kłos',
    });
    expect(p).toMatchObject({ birthDate: '1938-12-24', sex: 'M', citizenship: 'PL', version: 1 });
  });

  it('refuses to save over a newer version (409 versionConflict) and changes nothing', async () => {
    const p = await createPerson(newPerson('Wierzbicka', 'Scholastyka', '1939-09-09', 'F'));
    const { id, version: v1 } = p;
    const edit = (version: number, phone: string) =>
      call('PUT', `/api/v1/persons/${id}`, {
        body: { person: { pesel: p.pesel, firstName: 'Scholastyka', surname: 'Wierzbicka', phone }, version },
      });
    const first = await edit(v1, '501 200 300');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ phone: '501 200 300', version: v1 + 1 });

    const stale = await edit(v1, '600 000 000');
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('versionConflict');
    expect(stale.body.error.message).toMatch(/Odśwież/);
    const now = await call('GET', `/api/v1/persons/${id}`);
    expect(now.body).toMatchObject({ phone: '501 200 300', version: v1 + 1 });

    const en = await call('PUT', `/api/v1/persons/${id}`, {
      body: { person: { pesel: p.pesel, firstName: 'Scholastyka', surname: 'Wierzbicka' }, version: v1 },
      lang: 'en',
    });
    expect(en.body.error.message).toMatch(/Someone saved this record/);
  });

  it('refuses an invalid PESEL with 400 on person.pesel, in Polish, Ukrainian and English', async () => {
    const body = { person: { pesel: '44051401358', firstName: 'Jan', surname: 'Kowal' } };
    const pl = await call('POST', '/api/v1/persons', { body });
    expect(pl.status).toBe(400);
    expect(pl.body.error).toMatchObject({
      code: 'validation',
      message: 'Popraw zaznaczone pola.',
      fields: [
        { path: 'person.pesel', message: 'PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.' },
      ],
    });
    const uk = await call('POST', '/api/v1/persons', { body, lang: 'uk-UA,uk;q=0.9' });
    expect(uk.status).toBe(400);
    expect(uk.body.error.message).toBe('Виправте позначені поля.');
    expect(uk.body.error.fields).toEqual([
      {
        path: 'person.pesel',
        message: 'PESEL має неправильну контрольну цифру — перевірте, чи немає помилки.',
      },
    ]);
    const en = await call('POST', '/api/v1/persons', { body, lang: 'en' });
    expect(en.body.error.fields).toEqual([
      { path: 'person.pesel', message: 'The PESEL check digit is wrong — check it for a typo.' },
    ]);
    const date = await call('POST', '/api/v1/persons', {
      body: { person: { pesel: '90023001230', firstName: 'Jan', surname: 'Kowal' } },
    });
    expect(date.body.error.fields).toEqual([
      { path: 'person.pesel', message: 'PESEL zawiera nieistniejącą datę urodzenia.' },
    ]);
  });

  it('accepts a person without PESEL (citizen of Ukraine with a passport), findable by name and document', async () => {
    const r = await call('POST', '/api/v1/persons', {
      body: {
        person: {
          firstName: 'Олена',
          surname: 'Шевченко',
          citizenship: 'UA',
          birthDate: '1986-08-24',
          sex: 'F',
          documentType: 'passport',
          documentNumber: 'FX987654',
        },
      },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      pesel: null,
      citizenship: 'UA',
      birthDate: '1986-08-24',
      sex: 'F',
      documentType: 'passport',
      documentNumber: 'FX987654',
    });
    expect((await searchAll('шевч')).map((p) => p.id)).toContain(r.body.id);
    expect((await searchAll('fx9876')).map((p) => p.id)).toEqual([r.body.id]);
    const latin = await call('POST', '/api/v1/persons', {
      body: {
        person: {
          firstName: 'Oksana',
          surname: 'Bondarenko',
          citizenship: 'ua',
          birthDate: '1990-01-15',
          sex: 'F',
          documentType: 'diiaDocument',
          documentNumber: 'UA-1234',
        },
      },
    });
    expect(latin.status).toBe(201);
    expect(latin.body.citizenship).toBe('UA');
  });

  it('asks for the document of a person without PESEL, field by field', async () => {
    const r = await call('POST', '/api/v1/persons', {
      body: { person: { firstName: 'Olena', surname: 'Koval', citizenship: 'UA' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.fields).toEqual(
      ['birthDate', 'sex', 'documentType', 'documentNumber'].map((f) => ({
        path: `person.${f}`,
        message: 'Wymagane dla osoby bez numeru PESEL.',
      })),
    );
  });

  it('returns 404 for a person that does not exist', async () => {
    const r = await call('GET', '/api/v1/persons/00000000-0000-4000-8000-000000000000');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('notFound');
  });
});

describe('garbage input gets 400, never 500, and writes nothing', () => {
  it('answers every malformed request with a 400 and leaves the database as it was', async () => {
    const someone = await createPerson(newPerson('Garbacz', 'Ignacy', '1940-04-04', 'M'));
    const before = await counts();
    const valid = { pesel: pesel('1940-05-05', 'M'), firstName: 'Ignacy', surname: 'Śmieciak' };
    const cases: [string, 'GET' | 'POST' | 'PUT', string, CallOpts][] = [
      ['wrong type of a field', 'POST', '/api/v1/persons', { body: { person: { ...valid, firstName: 42 } } }],
      ['person is a string', 'POST', '/api/v1/persons', { body: { person: 'Jan Kowalski' } }],
      ['body is an array', 'POST', '/api/v1/persons', { raw: '[1,2,3]' }],
      ['body is a number', 'POST', '/api/v1/persons', { raw: '42' }],
      ['body is null', 'POST', '/api/v1/persons', { raw: 'null' }],
      ['body is not JSON', 'POST', '/api/v1/persons', { raw: '{"person": {' }],
      ['no body at all', 'POST', '/api/v1/persons', {}],
      ['empty JSON body', 'POST', '/api/v1/persons', { raw: '' }],
      ['text/plain body', 'POST', '/api/v1/persons', { raw: 'hello', contentType: 'text/plain' }],
      [
        'NUL character in a name',
        'POST',
        '/api/v1/persons',
        { body: { person: { ...valid, surname: 'Ś\u0000m' } } },
      ],
      [
        'birth year 0',
        'POST',
        '/api/v1/persons',
        {
          body: {
            person: {
              firstName: 'A',
              surname: 'B',
              birthDate: '0000-01-01',
              sex: 'F',
              documentType: 'passport',
              documentNumber: 'X1',
            },
          },
        },
      ],
      [
        'confirmDuplicate not a boolean',
        'POST',
        '/api/v1/persons',
        { body: { person: valid, confirmDuplicate: 'yes' } },
      ],
      ['non-uuid id', 'GET', '/api/v1/persons/abc', {}],
      ['non-uuid id (SQL)', 'GET', "/api/v1/persons/1'%20OR%20'1'='1", {}],
      ['non-uuid id on update', 'PUT', '/api/v1/persons/42', { body: { person: valid, version: 1 } }],
      [
        'version beyond an SQL integer',
        'PUT',
        `/api/v1/persons/${someone.id}`,
        { body: { person: { ...valid, pesel: someone.pesel }, version: 2 ** 31 } },
      ],
      [
        'version as a string',
        'PUT',
        `/api/v1/persons/${someone.id}`,
        { body: { person: valid, version: '1' } },
      ],
      ['search query as a list', 'GET', '/api/v1/persons?q=ab&q=cd', {}],
      ['NUL in search', 'GET', '/api/v1/persons?q=ab%00cd', {}],
      ['limit not a number', 'GET', '/api/v1/persons?q=abc&limit=lots', {}],
      ['limit too big', 'GET', '/api/v1/persons?q=abc&limit=100000', {}],
      ['household members not a list', 'POST', '/api/v1/households', { body: { address: {}, members: {} } }],
      [
        'household with a NUL in the street',
        'POST',
        '/api/v1/households',
        {
          body: {
            address: { street: 'Lipowa\u0000', building: '1', city: 'Pruszków' },
            members: [{ relation: 'applicant', personId: someone.id }],
          },
        },
      ],
      ['non-uuid household', 'GET', '/api/v1/households/xyz', {}],
      ['non-uuid member', 'POST', `/api/v1/households/${someone.id}/members/nope/leave`, { body: {} }],
      [
        'member both existing and new',
        'POST',
        '/api/v1/households',
        {
          body: {
            address: { street: 'Lipowa', building: '1', city: 'Pruszków' },
            members: [{ relation: 'applicant', personId: someone.id, person: valid }],
          },
        },
      ],
      [
        'move date that does not exist',
        'POST',
        `/api/v1/households/${someone.id}/members`,
        { body: { member: { relation: 'child', personId: someone.id }, since: '2025-02-30' } },
      ],
    ];
    const problems: string[] = [];
    for (const [name, method, url, opts] of cases) {
      const r = await call(method, url, opts);
      if (r.status !== 400) problems.push(`${name}: ${r.status} ${r.res.body.slice(0, 200)}`);
      else if (!r.body?.error?.message || r.body.error.message.startsWith('error.'))
        problems.push(`${name}: no translated message ${r.res.body}`);
    }
    expect(problems).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('names the field of every mistake', async () => {
    const r = await call('POST', '/api/v1/persons', {
      body: { person: { pesel: '1234', firstName: '', surname: 42, email: 'nope', postalCode: '5-800' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'person.email',
      'person.firstName',
      'person.pesel',
      'person.postalCode',
      'person.surname',
    ]);
    const id = await call('GET', '/api/v1/persons/abc');
    expect(id.body.error.fields).toEqual([{ path: 'id', message: 'Nieprawidłowa wartość.' }]);
  });
});

describe('households', () => {
  const household = (street: string, building: string, members: unknown[], more = {}) =>
    call('POST', '/api/v1/households', {
      body: { address: { street, building, city: 'Pruszków', postalCode: '05-800' }, members, ...more },
    });

  it('creates a household of three in one request; it gets the field team of its address', async () => {
    const before = await counts();
    const r = await household('ul. Żbikowska', '10', [
      { relation: 'applicant', person: newPerson('Maćkowiak', 'Genowefa', '1961-06-01', 'F') },
      { relation: 'spouse', person: newPerson('Maćkowiak', 'Hieronim', '1959-02-11', 'M') },
      { relation: 'child', person: newPerson('Maćkowiak', 'Ziemowit', '2012-10-10', 'M') },
    ]);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      street: 'ul. Żbikowska',
      building: '10',
      city: 'Pruszków',
      fieldTeamName: 'Zespół Terenowy nr 2 — Żbików',
      applicantName: 'Genowefa Maćkowiak',
    });
    expect(
      r.body.members.map((m: { firstName: string; relation: string }) => [m.firstName, m.relation]),
    ).toEqual([
      ['Genowefa', 'applicant'],
      ['Hieronim', 'spouse'],
      ['Ziemowit', 'child'],
    ]);
    for (const m of r.body.members) expect(m.householdId).toBe(r.body.id);
    const after = await counts();
    expect(after.households - before.households).toBe(1);
    expect(after.persons - before.persons).toBe(3);
    expect(after.memberships - before.memberships).toBe(3);
    const again = await call('GET', `/api/v1/households/${r.body.id}`, { cookie: specialist });
    expect(again.status).toBe(200);
    expect(again.body.members).toHaveLength(3);
  });

  it('follows Warszawska split by odd and even numbers', async () => {
    const odd = await household('Warszawska', '11', [
      { relation: 'applicant', person: newPerson('Nieparzysta', 'Aniela', '1970-01-11', 'F') },
    ]);
    const even = await household('ul. Warszawska', '12A', [
      { relation: 'applicant', person: newPerson('Parzysta', 'Aniela', '1970-01-12', 'F') },
    ]);
    expect(odd.body.fieldTeamName).toBe('Zespół Terenowy nr 2 — Żbików');
    expect(even.body.fieldTeamName).toBe('Zespół Terenowy nr 3 — Ostoja');
  });

  it('leaves nothing behind when a later member fails (one transaction)', async () => {
    const taken = await createPerson(newPerson('Zajęta', 'Bogumiła', '1962-02-02', 'F'));
    const before = await counts();
    const r = await household('Lipowa', '3', [
      { relation: 'applicant', person: newPerson('Połowiczna', 'Eustachy', '1963-03-03', 'M') },
      { relation: 'spouse', person: { pesel: taken.pesel, firstName: 'Bogumiła', surname: 'Połowiczna' } },
    ]);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe('peselTaken');
    expect(r.body.error.fields[0].path).toBe('members.1.person.pesel');
    expect(await counts()).toEqual(before);
    expect((await search('polowiczna')).body.items).toEqual([]);
  });

  it('takes a field team chosen by hand, and refuses one that is not a field team', async () => {
    const units = (await call('GET', '/api/v1/org-units')).body.items as {
      id: string;
      kind: string;
      name: string;
    }[];
    const team3 = units.find((u) => u.name === 'Zespół Terenowy nr 3 — Ostoja')!;
    const office = units.find((u) => u.kind === 'office')!;
    const chosen = await household(
      'Żbikowska',
      '1',
      [{ relation: 'applicant', person: newPerson('Wybrana', 'Rozalia', '1964-05-05', 'F') }],
      { fieldTeamId: team3.id },
    );
    expect(chosen.status).toBe(201);
    expect(chosen.body.fieldTeamName).toBe('Zespół Terenowy nr 3 — Ostoja');
    const before = await counts();
    for (const fieldTeamId of [office.id, '00000000-0000-4000-8000-000000000000']) {
      const r = await household(
        'Żbikowska',
        '1',
        [{ relation: 'applicant', person: newPerson('Błędna', 'Rozalia', '1964-05-06', 'F') }],
        { fieldTeamId },
      );
      expect(r.status, r.res.body).toBe(400);
      expect(r.body.error.fields).toEqual([
        { path: 'fieldTeamId', message: 'Wybierz jedną z dostępnych opcji.' },
      ]);
      const u = await call('PUT', `/api/v1/households/${chosen.body.id}`, {
        body: {
          address: { street: 'Żbikowska', building: '1', city: 'Pruszków' },
          fieldTeamId,
          version: chosen.body.version,
        },
      });
      expect(u.status, u.res.body).toBe(400);
      expect(u.body.error.fields[0].path).toBe('fieldTeamId');
    }
    expect(await counts()).toEqual(before);
  });

  it('needs exactly one applicant', async () => {
    const r = await household('Lipowa', '4', [
      { relation: 'spouse', person: newPerson('Bezwnioskowa', 'Ida', '1964-04-04', 'F') },
    ]);
    expect(r.status).toBe(400);
    expect(r.body.error.fields).toEqual([
      { path: 'members', message: 'Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę.' },
    ]);
  });

  it('moves a person to another household: the old membership ends that day, histories show both', async () => {
    const h1 = await household(
      'Jasna',
      '5',
      [
        { relation: 'applicant', person: newPerson('Wędrowna', 'Filomena', '1965-05-05', 'F') },
        { relation: 'child', person: newPerson('Wędrowny', 'Kajetan', '2001-07-07', 'M') },
      ],
      { since: '2025-01-10' },
    );
    const h2 = await household(
      'Kościuszki',
      '8',
      [{ relation: 'applicant', person: newPerson('Osiadła', 'Walentyna', '2000-08-08', 'F') }],
      { since: '2025-01-10' },
    );
    expect(h1.status).toBe(201);
    expect(h2.status).toBe(201);
    expect(h1.body.fieldTeamName).toBe('Zespół Terenowy nr 2 — Żbików');
    expect(h2.body.fieldTeamName).toBe('Zespół Terenowy nr 1 — Centrum');
    const kajetan = h1.body.members.find((m: { firstName: string }) => m.firstName === 'Kajetan');

    const move = await call('POST', `/api/v1/households/${h2.body.id}/members`, {
      body: { member: { personId: kajetan.id, relation: 'partner' }, since: '2025-06-01' },
    });
    expect(move.status, JSON.stringify(move.body)).toBe(200);
    expect(move.body.members.map((m: { firstName: string }) => m.firstName)).toEqual([
      'Walentyna',
      'Kajetan',
    ]);
    expect(move.body.version).toBeGreaterThan(h2.body.version);

    const old = await call('GET', `/api/v1/households/${h1.body.id}`);
    expect(old.body.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Filomena']);
    expect(old.body.version).toBeGreaterThan(h1.body.version);
    const oldEntry = old.body.history.find((e: { personId: string }) => e.personId === kajetan.id);
    expect(oldEntry).toMatchObject({
      since: '2025-01-10',
      until: '2025-06-01',
      relation: 'child',
      address: 'Jasna 5 Pruszków',
    });

    const newHistory = move.body.history.find((e: { personId: string }) => e.personId === kajetan.id);
    expect(newHistory).toMatchObject({ since: '2025-06-01', until: null, relation: 'partner' });

    const person = await call('GET', `/api/v1/persons/${kajetan.id}`);
    expect(person.body.householdId).toBe(h2.body.id);
    expect(
      person.body.history.map(
        (e: { householdId: string; since: string; until: string | null; address: string }) => [
          e.householdId,
          e.since,
          e.until,
          e.address,
        ],
      ),
    ).toEqual([
      [h2.body.id, '2025-06-01', null, 'Kościuszki 8 Pruszków'],
      [h1.body.id, '2025-01-10', '2025-06-01', 'Jasna 5 Pruszków'],
    ]);

    // Moving in before the day they moved into the current household would make the history overlap.
    const back = await call('POST', `/api/v1/households/${h1.body.id}/members`, {
      body: { member: { personId: kajetan.id, relation: 'child' }, since: '2025-05-01' },
    });
    expect(back.status).toBe(400);
    expect(back.body.error.fields[0].path).toBe('since');
    expect(back.body.error.fields[0].message).toMatch(/01\.06\.2025/);
    // A date still to come is refused too.
    const future = await call('POST', `/api/v1/households/${h1.body.id}/members`, {
      body: { member: { personId: kajetan.id, relation: 'child' }, since: '2999-01-01' },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.fields[0].path).toBe('since');
    // Adding someone to the household they already live in is refused on the member.
    const twice = await call('POST', `/api/v1/households/${h2.body.id}/members`, {
      body: { member: { personId: kajetan.id, relation: 'child' } },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields).toEqual([
      { path: 'member.personId', message: 'Ta osoba już należy do tego gospodarstwa domowego.' },
    ]);
    // A second applicant is refused on the relation.
    const second = await call('POST', `/api/v1/households/${h2.body.id}/members`, {
      body: {
        member: { person: newPerson('Druga', 'Wnioskodawczyni', '1966-06-06', 'F'), relation: 'applicant' },
      },
    });
    expect(second.status).toBe(400);
    expect(second.body.error.fields).toEqual([
      { path: 'member.relation', message: 'Gospodarstwo domowe musi mieć dokładnie jednego wnioskodawcę.' },
    ]);
  });

  it('lets a member leave: kept in the history, no longer a member', async () => {
    const h = await household(
      'Helenowska',
      '20',
      [
        { relation: 'applicant', person: newPerson('Zostająca', 'Celestyna', '1967-07-07', 'F') },
        { relation: 'sibling', person: newPerson('Odchodzący', 'Euzebiusz', '1968-08-08', 'M') },
      ],
      { since: '2025-02-01' },
    );
    const leaver = h.body.members.find((m: { firstName: string }) => m.firstName === 'Euzebiusz');
    const early = await call('POST', `/api/v1/households/${h.body.id}/members/${leaver.id}/leave`, {
      body: { until: '2025-01-01' },
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields[0].path).toBe('until');

    const r = await call('POST', `/api/v1/households/${h.body.id}/members/${leaver.id}/leave`, {
      body: { until: '2025-09-30' },
    });
    expect(r.status).toBe(200);
    expect(r.body.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Celestyna']);
    expect(r.body.history.find((e: { personId: string }) => e.personId === leaver.id)).toMatchObject({
      since: '2025-02-01',
      until: '2025-09-30',
      relation: 'sibling',
    });
    const p = await call('GET', `/api/v1/persons/${leaver.id}`);
    expect(p.body.householdId).toBeNull();
    expect(p.body.history).toEqual([
      expect.objectContaining({ householdId: h.body.id, until: '2025-09-30' }),
    ]);

    const again = await call('POST', `/api/v1/households/${h.body.id}/members/${leaver.id}/leave`, {
      body: {},
    });
    expect(again.status).toBe(404);
  });

  it('refuses to save a household over a newer version', async () => {
    const h = await household('Mazowiecka', '2', [
      { relation: 'applicant', person: newPerson('Wersjonowska', 'Marianna', '1969-09-09', 'F') },
    ]);
    const addr = { street: 'Mazowiecka', building: '4', city: 'Pruszków' };
    const ok = await call('PUT', `/api/v1/households/${h.body.id}`, {
      body: { address: addr, version: h.body.version },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.building).toBe('4');
    const stale = await call('PUT', `/api/v1/households/${h.body.id}`, {
      body: { address: { ...addr, building: '6' }, version: h.body.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('versionConflict');
    expect((await call('GET', `/api/v1/households/${h.body.id}`)).body.building).toBe('4');
    // A new street moves the household to that street's team.
    const moved = await call('PUT', `/api/v1/households/${h.body.id}`, {
      body: { address: { ...addr, street: 'Ołówkowa' }, version: ok.body.version },
    });
    expect(moved.body.fieldTeamName).toBe('Zespół Terenowy nr 2 — Żbików');
  });

  it('lets a specialist read but not write', async () => {
    const r = await call('POST', '/api/v1/persons', {
      body: { person: newPerson('Nieupoważniona', 'Ola', '1971-01-01', 'F') },
      cookie: specialist,
    });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
  });
});
