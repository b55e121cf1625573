import { describe, expect, it } from 'vitest';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { cardBody, issuedCards, largeFamily } from './test-family.ts';

// The Karta Dużej Rodziny on PostgreSQL: a family of five applies on 16 November 2026, the clerk
// issues the cards, Bartek's ends when he turns 18 and is extended on a new school certificate.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 0;
const BASE = '/api/v1/large-family-cards';
const count = async (table: string) =>
  (await s.t.db.query(`SELECT count(*)::int AS c FROM ${table}`)).rows[0]!.c as number;

describe('a family of five applies for the card', () => {
  it('gives the mother a card for life and three children cards to their 18th birthday; Ada, 18 and not in school, none', async () => {
    const f = await largeFamily(fx(), ++n);
    const res = await call('POST', `${BASE}/applications`, who.swiadczenia!, cardBody(f));
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ number: 'KDR/2026/000001', familyQualifies: true, cards: 4 });
    const ada = a.members.find((m: { personId: string }) => m.personId === f.children.Ada);
    expect(ada).toMatchObject({
      entitled: false,
      reason: 'dziecko nie spełnia warunków wieku, nauki ani niepełnosprawności',
    });
    const until = Object.fromEntries(
      a.issued.map((c: { personId: string; validUntil: string }) => [c.personId, c.validUntil]),
    );
    expect(until).toEqual({
      [f.mother]: null,
      [f.children.Bartek!]: '2027-01-14',
      [f.children.Celina!]: '2031-04-30',
      [f.children.Daniel!]: '2035-09-08',
    });
    const mother = a.issued.find((c: { personId: string }) => c.personId === f.mother);
    expect(mother).toMatchObject({
      number: 'KDR-2026-000001',
      validFrom: '2026-11-16',
      electronicRequestedOn: '2026-11-16',
    });
    expect(a.issued.every((c: { number: string }) => /^KDR-2026-\d{6}$/.test(c.number))).toBe(true);
  });

  it('gives the children nothing when fewer than three have a right, but the mother keeps hers for life', async () => {
    const f = await largeFamily(fx(), ++n, [
      { first: 'Ada', birth: '2008-06-10', sex: 'F' },
      { first: 'Celina', birth: '2013-05-01', sex: 'F' },
      { first: 'Daniel', birth: '2017-09-09', sex: 'M' },
    ]);
    const a = (await call('POST', `${BASE}/applications`, who.swiadczenia!, cardBody(f))).json();
    expect(a.familyQualifies).toBe(false);
    expect(a.issued.map((c: { personId: string }) => c.personId)).toEqual([f.mother]);
    expect(a.members.find((m: { personId: string }) => m.personId === f.children.Celina).reason).toBe(
      'w rodzinie jest mniej niż troje dzieci uprawnionych',
    );
  });

  it('answers 400 naming the field, in the caller’s language, and writes nothing', async () => {
    const f = await largeFamily(fx(), ++n);
    const before = await count('large_family_card');
    const body = cardBody(f, '2026-11-16', { schoolUntil: '2026-06-30' });
    const res = await call('POST', `${BASE}/applications`, who.swiadczenia!, body, 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual({
      path: 'members.1.schoolUntil',
      message: 'The end of schooling cannot be before the date of the application.',
    });
    const noDate = await call('POST', `${BASE}/applications`, who.swiadczenia!, {
      ...cardBody(f),
      submittedOn: '16.11.2026',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.fields[0].path).toBe('submittedOn');
    expect(await count('large_family_card')).toBe(before);
  });
});

describe('the cards expiring next month and their extension', () => {
  it('lists Bartek’s card for January 2027, extends it to the end of school, and refuses an extension that adds nothing', async () => {
    const { family, application } = await issuedCards(fx(), ++n);
    const bartek = application.issued.find((c) => c.personId === family.children.Bartek)!;
    const expiring = await call('GET', `${BASE}/expiring?month=2027-01`, who.swiadczenia!);
    expect(expiring.statusCode).toBe(200);
    expect(expiring.json().items.map((c: { id: string }) => c.id)).toContain(bartek.id);
    expect(
      (await call('GET', `${BASE}/expiring?month=2027-02`, who.swiadczenia!))
        .json()
        .items.map((c: { id: string }) => c.id),
    ).not.toContain(bartek.id);

    const ext = await call('POST', `${BASE}/cards/${bartek.id}/extension`, who.swiadczenia!, {
      certificateOn: '2026-12-10',
      schoolUntil: '2027-06-30',
    });
    expect(ext.statusCode).toBe(200);
    expect(ext.json()).toMatchObject({ validUntil: '2027-06-30', extendedOn: '2026-12-10' });
    const again = await call('POST', `${BASE}/cards/${bartek.id}/extension`, who.swiadczenia!, {
      certificateOn: '2026-12-11',
      schoolUntil: '2027-05-31',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0].path).toBe('schoolUntil');
    const mother = application.issued.find((c) => c.role === 'parent')!;
    const parent = await call('POST', `${BASE}/cards/${mother.id}/extension`, who.swiadczenia!, {
      certificateOn: '2026-12-11',
      schoolUntil: '2027-05-31',
    });
    expect(parent.statusCode).toBe(409);

    const e = await call('POST', `${BASE}/cards/${bartek.id}/electronic`, who.swiadczenia!, {
      requestedOn: '2026-12-12',
    });
    expect(e.json()).toMatchObject({ electronicRequestedOn: '2026-12-12', validUntil: '2027-06-30' });
  });
});

describe('who may do what', () => {
  it('lets the director and the auditor read, not issue; the social worker not even read', async () => {
    const { application, family } = await issuedCards(fx(), ++n);
    for (const login of ['dyrektor', 'audytor'])
      expect((await call('GET', `${BASE}/applications/${application.id}`, who[login]!)).statusCode).toBe(200);
    expect((await call('GET', `${BASE}/expiring`, who.pracownik!)).statusCode).toBe(403);
    const d = await call('POST', `${BASE}/applications`, who.dyrektor!, cardBody(family));
    expect(d.statusCode).toBe(403);
  });
});
