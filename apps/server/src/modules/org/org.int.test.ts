import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { errorPaths, expectFieldError } from '../../test/errors.ts';
import { http } from '../../test/http.ts';

// Field teams by address, on a real PostgreSQL with the demo centre: Żbikowska, Jasna and Ołówkowa
// belong to team 2 (office: ul. Jasna 3), Warszawska is split odd → team 2, even → team 3.
let t: TestApp;
let admin: string;
let worker: string;
const team: Record<1 | 2 | 3, string> = { 1: '', 2: '', 3: '' };
const TEAM2 = 'Zespół Terenowy nr 2 — Żbików';
const TEAM3 = 'Zespół Terenowy nr 3 — Ostoja';
const TEAM1 = 'Zespół Terenowy nr 1 — Centrum';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  worker = await t.login('pracownik');
  const units = await t.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: { cookie: admin } });
  for (const u of units.json().items as { id: string; name: string }[]) {
    if (u.name === TEAM1) team[1] = u.id;
    if (u.name === TEAM2) team[2] = u.id;
    if (u.name === TEAM3) team[3] = u.id;
  }
});
afterAll(() => t?.close());

const lookup = (street: string, number: string, lang?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/address-lookup',
    query: { street, number },
    headers: lang ? { 'accept-language': lang } : {},
  });
const addStreet = (teamId: string, body: object, cookie = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/field-teams/${teamId}/streets`,
    payload: body,
    headers: { cookie },
  });
/** A range of numbers of a street in Pruszków assigned to the team (`more`: its parity). */
const addRange = (teamId: string, street: string, numberFrom: number, numberTo: number, more: object = {}) =>
  addStreet(teamId, { street, city: 'Pruszków', numberFrom, numberTo, ...more });
const teamOf = async (street: string, number: string) => {
  const r = await lookup(street, number);
  return r.statusCode === 200 ? (r.json().fieldTeam.name as string) : `HTTP ${r.statusCode}`;
};

describe('GET /api/v1/address-lookup (public)', () => {
  it('answers the field team and its office with address and opening hours, without a login', async () => {
    const r = await lookup('ul. Żbikowska', '10');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.fieldTeam).toMatchObject({ id: team[2], name: TEAM2 });
    expect(body.office).toMatchObject({
      name: 'Centrum Aktywności Lokalnej i Punkt Przeciwdziałania Przemocy',
      street: 'ul. Jasna',
      building: '3',
      postalCode: '05-800',
      city: 'Pruszków',
      phone: '22 728-44-97',
    });
    expect(body.office.openingHours).toEqual([
      { day: 2, open: '12:00', close: '16:00' },
      { day: 3, open: '12:00', close: '16:00' },
      { day: 4, open: '08:00', close: '12:00' },
      { day: 5, open: '11:00', close: '16:00' },
    ]);
  });

  it('understands the street typed without diacritics, without "ul.", in any case', async () => {
    for (const street of ['zbikowska', 'ŻBIKOWSKA', 'ul.Zbikowska', '  Żbikowska ', 'ulica żbikowska'])
      expect(await teamOf(street, '10'), street).toBe(TEAM2);
  });

  it('splits Warszawska: odd numbers to team 2, even numbers to team 3', async () => {
    expect(await teamOf('Warszawska', '1')).toBe(TEAM2);
    expect(await teamOf('Warszawska', '11')).toBe(TEAM2);
    expect(await teamOf('Warszawska', '199')).toBe(TEAM2);
    expect(await teamOf('Warszawska', '2')).toBe(TEAM3);
    expect(await teamOf('Warszawska', '12A')).toBe(TEAM3);
    expect(await teamOf('Warszawska', '12/14')).toBe(TEAM3);
    expect(await teamOf('al. Warszawska', '200')).toBe(TEAM3);
    const office = (await lookup('Warszawska', '2')).json().office;
    expect(office).toMatchObject({
      name: 'Siedziba MOPS — punkt obsługi',
      street: 'ul. Helenowska',
      building: '3A',
    });
  });

  it('refuses an unknown street with 400 on "street" and a message that says what to check', async () => {
    expectFieldError(
      await lookup('ul. Nieistniejąca', '5'),
      'street',
      'Żaden zespół terenowy nie obsługuje tej ulicy. Sprawdź pisownię nazwy ulicy (np. „Żbikowska”).',
    );
    const en = await lookup('Nowhere Street', '5', 'en');
    expect(en.json().error.fields[0].message).toMatch(/^No field team serves this street/);
    const uk = await lookup('Nowhere Street', '5', 'uk');
    expect(uk.json().error.fields[0].message).toMatch(/територіальна команда/);
  });

  it('refuses a number outside every range of a known street on "number"', async () => {
    expectFieldError(
      await lookup('Warszawska', '201'),
      'number',
      'Ten numer domu na tej ulicy nie jest przypisany do żadnego zespołu terenowego. Sprawdź numer.',
    );
    expect((await lookup('Warszawska', 'bez numeru')).json().error.fields[0].path).toBe('number');
  });

  it('needs a street and a number', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/address-lookup' });
    expect(none.statusCode).toBe(400);
    expect(errorPaths(none)).toEqual(['number', 'street']);
    const nul = await t.app.inject({ method: 'GET', url: '/api/v1/address-lookup?street=Jasna%00&number=1' });
    expect(nul.statusCode).toBe(400);
  });
});

describe('administrators assign streets to field teams', () => {
  it('a range added by an administrator wins over the whole street (more specific)', async () => {
    expect(await teamOf('Żbikowska', '10')).toBe(TEAM2);
    const r = await addRange(team[1], 'ul. Żbikowska', 1, 20);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ fieldTeamId: team[1], numberFrom: 1, numberTo: 20, parity: 'all' });
    expect(await teamOf('Żbikowska', '10')).toBe(TEAM1);
    expect(await teamOf('Żbikowska', '20')).toBe(TEAM1);
    expect(await teamOf('Żbikowska', '21')).toBe(TEAM2);

    // A narrower range inside it wins again; the even side of it only for even numbers.
    const narrow = await addRange(team[3], 'Żbikowska', 8, 12, { parity: 'even' });
    expect(narrow.statusCode).toBe(201);
    expect(await teamOf('Żbikowska', '10')).toBe(TEAM3);
    expect(await teamOf('Żbikowska', '9')).toBe(TEAM1);

    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/field-teams/${team[3]}/streets`,
      headers: { cookie: worker },
    });
    expect(listed.json().items).toContainEqual(
      expect.objectContaining({ street: 'Żbikowska', numberFrom: 8, numberTo: 12, parity: 'even' }),
    );

    // Removing the assignment restores the previous answer.
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/field-team-streets/${narrow.json().id}`,
      headers: { cookie: admin },
    });
    expect(del.statusCode).toBe(200);
    expect(await teamOf('Żbikowska', '10')).toBe(TEAM1);
  });

  it('a new household on a newly assigned street gets that team', async () => {
    expect((await lookup('ul. Bursztynowa', '7')).statusCode).toBe(400);
    const r = await addStreet(team[3], { street: 'ul. Bursztynowa', city: 'Pruszków' });
    expect(r.statusCode).toBe(201);
    expect(await teamOf('Bursztynowa', '7')).toBe(TEAM3);

    const h = await t.app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie: worker },
      payload: {
        address: { street: 'Bursztynowa', building: '7', city: 'Pruszków' },
        members: [
          {
            relation: 'applicant',
            person: {
              pesel: makePesel('1958-11-11', 'F', 950),
              firstName: 'Leokadia',
              surname: 'Bursztynowicz',
            },
          },
        ],
      },
    });
    expect(h.statusCode).toBe(201);
    expect(h.json()).toMatchObject({ fieldTeamId: team[3], fieldTeamName: TEAM3 });
  });

  it('refuses a half range or a reversed range, saying which field to fix', async () => {
    const half = await addStreet(team[1], { street: 'Lipowa', city: 'Pruszków', numberFrom: 5 });
    expect(half.statusCode).toBe(400);
    expect(half.json().error.fields).toEqual([
      {
        path: 'numberTo',
        message:
          'Podaj oba końce zakresu numerów („od” i „do”) albo żaden — wtedy zespół obsługuje całą ulicę.',
      },
    ]);
    const reversed = await addRange(team[1], 'Lipowa', 20, 10);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toEqual([
      { path: 'numberTo', message: 'Numer „do” nie może być mniejszy niż numer „od”.' },
    ]);
    const parity = await addStreet(team[1], { street: 'Lipowa', city: 'Pruszków', parity: 'both' });
    expect(parity.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['parity']);
  });

  it('only lets administrators assign streets, and only to a field team', async () => {
    const r = await addStreet(team[1], { street: 'Lipowa', city: 'Pruszków' }, worker);
    expect(r.statusCode).toBe(403);
    const units = (
      await t.app.inject({ method: 'GET', url: '/api/v1/org-units', headers: { cookie: admin } })
    ).json().items as { id: string; kind: string }[];
    const office = units.find((u) => u.kind === 'office')!;
    expect((await addStreet(office.id, { street: 'Lipowa', city: 'Pruszków' })).statusCode).toBe(404);
    expect((await addStreet('not-a-uuid', { street: 'Lipowa', city: 'Pruszków' })).statusCode).toBe(400);
  });

  it('refuses opening hours that close before they open, on the closing time', async () => {
    const r = await http(t).post('/api/v1/org-units', admin, {
      kind: 'office',
      name: 'Punkt nocny',
      openingHours: [{ day: 1, open: '16:00', close: '08:00' }],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.fields).toEqual([
      {
        path: 'openingHours.0.close',
        message: 'Godzina zamknięcia musi być późniejsza niż godzina otwarcia.',
      },
    ]);
  });
});
