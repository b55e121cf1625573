import { randomUUID } from 'node:crypto';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { type Call, type Family, familyApp, heldMeeting, nkA, perpetrator } from './test-helpers.ts';

// The sealed compartment, tried from outside on every path: an unrelated social worker
// (pracownik2), the administrator and the auditor must learn nothing of the procedure.

let t: TestApp;
let call: Call;
let who: Record<string, string>;
let f: Family;
let proc: { id: string; number: string; perpId: string; formA: string; meetingId: string };
let control: string; // a registry person in no procedure

familyApp(
  ['pracownik', 'pracownik2', 'niebieska', 'psycholog', 'admin', 'audytor', 'dyrektor'],
  async (a) => {
    ({ t, call, who, f } = a);
    control = (
      await t.db.query<{ id: string }>(
        'SELECT id FROM person WHERE id NOT IN ($1, $2) ORDER BY sort_key OFFSET 3 LIMIT 1',
        [f.victim, f.child],
      )
    ).rows[0]!.id;
    const p = (await call('POST', '/api/v1/blue-cards', who.pracownik!, nkA(f.victim, f.child))).json();
    const id = p.id;
    await call('POST', `/api/v1/blue-cards/${id}/transfer`, who.pracownik!, { on: '2026-11-09' });
    const staff = async (login: string) =>
      (await t.db.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login])).rows[0]!.id;
    await call('POST', `/api/v1/blue-cards/${id}/diagnostic-group`, who.niebieska!, {
      on: '2026-11-10',
      members: [
        { staffUserId: await staff('pracownik'), institution: 'MOPS', kind: 'socialWorker' },
        { staffUserId: await staff('psycholog'), institution: 'MOPS', kind: 'psychologist' },
        { fullName: 'asp. Marek Dzielnicowy', institution: 'KPP', kind: 'police' },
      ],
    });
    const m = await heldMeeting(call, id, who.psycholog!, {
      date: '2026-11-12',
      time: '09:00',
      place: 'MOPS',
      kind: 'withVictim',
      persons: [f.victim],
      minutes: 'Rozmowa z osobą doznającą przemocy.',
    });
    // Members at work, so that the audit log holds reads, searches and exports of the procedure.
    await call('GET', `/api/v1/blue-cards/search?q=${encodeURIComponent(f.surname)}`, who.psycholog!);
    await call('GET', '/api/v1/blue-cards/register/export?year=2026', who.niebieska!);
    const full = (await call('GET', `/api/v1/blue-cards/${id}`, who.pracownik!)).json();
    const perpId = full.participants.find((x: { roles: string[] }) =>
      x.roles.includes('perpetrator'),
    ).personId;
    proc = { id, number: p.number, perpId, formA: full.forms[0].id, meetingId: m.id };
  },
);

const OUTSIDERS = ['pracownik2', 'admin', 'audytor'] as const;
/** Strings that would betray the procedure or the sealed person. */
const secrets = () => [proc.id, proc.number, proc.perpId, perpetrator.pesel, perpetrator.surname];
const leaks = (body: string) => secrets().filter((s) => body.includes(s));

describe('the Niebieska Karta compartment, tried from outside', () => {
  it('lists, searches, registers, exports and deadlines show an outsider nothing', async () => {
    const paths = [
      '/api/v1/blue-cards',
      `/api/v1/blue-cards/search?q=${encodeURIComponent(f.surname)}`,
      `/api/v1/blue-cards/search?q=${encodeURIComponent(proc.number)}`,
      '/api/v1/blue-cards/register?year=2026',
      '/api/v1/blue-cards/register/export?year=2026',
      '/api/v1/blue-cards/deadlines',
    ];
    for (const path of paths) {
      const r = await call('GET', path, who.pracownik2!);
      expect([path, r.statusCode, leaks(r.body)]).toEqual([path, 200, []]);
      for (const o of ['admin', 'audytor'])
        expect([path, o, (await call('GET', path, who[o]!)).statusCode]).toEqual([path, o, 403]);
    }
    expect((await call('GET', '/api/v1/blue-cards', who.pracownik2!)).json().items).toEqual([]);
    expect(
      (await call('GET', '/api/v1/blue-cards/register/export?year=2026', who.pracownik2!)).body
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
    for (const o of OUTSIDERS)
      expect((await call('GET', '/api/v1/blue-cards/dashboard', who[o]!)).statusCode).toBe(403);
    // ...while the members find it.
    expect(
      (
        await call('GET', `/api/v1/blue-cards/search?q=${encodeURIComponent(f.surname)}`, who.psycholog!)
      ).json().items,
    ).toHaveLength(1);
  });

  it('answers every path of the procedure (reads, steps, PDFs) as if it did not exist', async () => {
    const missing = (await call('GET', `/api/v1/blue-cards/${randomUUID()}`, who.pracownik2!)).body;
    const routes = t.routes.filter((r) => r.url.startsWith('/api/v1/blue-cards/:id'));
    const bodies: Record<string, object> = {
      participants: { participant: { personId: control, role: 'witness' }, on: '2026-11-20' },
      'form-b': { personId: f.victim, on: '2026-11-20' },
      transfer: { on: '2026-11-20' },
      'diagnostic-group': { on: '2026-11-20', members: [] },
      'diagnostic-group-change': { on: '2026-11-20', remove: [randomUUID()] },
      meetings: { date: '2026-11-25', time: '10:00', place: 'MOPS', kind: 'group' },
      record: { heldOn: '2026-11-20', minutes: 'x' },
      forms: { kind: 'D', personId: proc.perpId, filledOn: '2026-11-20' },
      referrals: { personId: proc.perpId, programme: 'other', institution: 'x', referredOn: '2026-11-20' },
      closure: { on: '2026-11-20', reason: 'noGrounds', justification: 'x' },
      'monitoring-end': { on: '2027-12-01' },
      completion: { on: '2026-11-20', personId: control },
    };
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const r of routes) {
      const url = r.url
        .replace(':id', proc.id)
        .replace(':formId', proc.formA)
        .replace(':meetingId', proc.meetingId)
        .replace(':suspectId', randomUUID())
        .replace(':inviteeId', f.victim);
      const body = r.method === 'POST' ? bodies[url.split('/').at(-1)!] : undefined;
      const coordinate = r.permission === 'blueCard.coordinate';
      const res = await call(r.method as 'GET', url, who.pracownik2!, body);
      expect([r.url, res.statusCode]).toEqual([r.url, coordinate ? 403 : 404]);
      if (!coordinate) expect(res.body).toBe(missing);
      for (const o of ['admin', 'audytor'])
        expect([r.url, o, (await call(r.method as 'GET', url, who[o]!, body)).statusCode]).toEqual([
          r.url,
          o,
          403,
        ]);
    }
    // The procedure itself was not touched by any of it.
    expect((await call('GET', `/api/v1/blue-cards/${proc.id}`, who.pracownik!)).json().status).toBe(
      'inProgress',
    );
  });

  it('keeps the registry silent: no sealed person in search, no trace on the victim’s page', async () => {
    for (const o of ['pracownik2', 'audytor']) {
      for (const q of [perpetrator.surname, perpetrator.pesel, perpetrator.pesel.slice(0, 6)]) {
        const r = await call('GET', `/api/v1/persons?q=${encodeURIComponent(q)}`, who[o]!);
        expect([o, q, r.statusCode, leaks(r.body)]).toEqual([o, q, 200, []]);
      }
      expect((await call('GET', `/api/v1/persons/${proc.perpId}`, who[o]!)).statusCode).toBe(404);
      const victim = await call('GET', `/api/v1/persons/${f.victim}`, who[o]!);
      const other = (await call('GET', `/api/v1/persons/${control}`, who[o]!)).json();
      expect(Object.keys(victim.json()).sort()).toEqual(Object.keys(other).sort());
      expect(leaks(victim.body)).toEqual([]);
      expect(victim.body).not.toMatch(/blueCard|restricted|NK\//i);
      const found = (await call('GET', `/api/v1/persons?q=${encodeURIComponent(f.surname)}`, who[o]!)).json()
        .items;
      const v = found.find((x: { id: string }) => x.id === f.victim);
      expect(Object.keys(v).sort()).toEqual(
        Object.keys(found.find((x: { id: string }) => x.id !== f.victim) ?? v).sort(),
      );
      const household = await call('GET', `/api/v1/households/${v.householdId}`, who[o]!);
      expect(household.body).not.toMatch(/blueCard|restricted|NK\//i);
    }
    // The opener sees the person she registered through NK-A.
    expect((await call('GET', `/api/v1/persons/${proc.perpId}`, who.pracownik!)).statusCode).toBe(200);
    // The director learns that a restricted record exists — and nothing more.
    const d = (await call('GET', `/api/v1/persons/${f.victim}`, who.dyrektor!)).json();
    expect(d.restrictedRecord).toBe(true);
    expect(leaks(JSON.stringify(d))).toEqual([]);
    expect(
      (await call('GET', `/api/v1/persons/${control}`, who.dyrektor!)).json().restrictedRecord,
    ).toBeUndefined();
  });

  it('never offers a sealed person as a possible duplicate to an outsider', async () => {
    const twin = { ...perpetrator, pesel: makePesel('1979-04-12', 'M', 732) };
    const member = await call('POST', '/api/v1/persons', who.pracownik!, { person: twin });
    expect(member.statusCode).toBe(409);
    expect(member.json().error.candidates.map((c: { id: string }) => c.id)).toEqual([proc.perpId]);
    const outsider = await call('POST', '/api/v1/persons', who.pracownik2!, { person: twin });
    expect(outsider.statusCode).toBe(201);
    expect(leaks(outsider.body.replace(twin.pesel, '').replace(perpetrator.surname, ''))).toEqual([]);
  });

  it('gives statistics as counts only, never a name or an identifier', async () => {
    const r = await call('GET', '/api/v1/blue-cards/statistics?year=2026', who.audytor!);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      opened: 1,
      meetingsHeld: 1,
      personsByRole: { victim: 1, perpetrator: 1 },
    });
    const names = [f.surname, f.firstName, f.victim, f.child, ...secrets()];
    expect(names.filter((s) => r.body.includes(s))).toEqual([]);
    expect(r.body).not.toMatch(/\d{11}|[0-9a-f]{8}-[0-9a-f]{4}-/);
    for (const o of ['pracownik2', 'admin'])
      expect((await call('GET', '/api/v1/blue-cards/statistics?year=2026', who[o]!)).statusCode).toBe(403);
  });

  it('hides every audit entry about the procedure from the administrator and the auditor', async () => {
    for (const o of ['admin', 'audytor']) {
      const all = (await call('GET', '/api/v1/audit?limit=500', who[o]!)).json().items as {
        entity: string;
        entityId: string | null;
        actorLogin: string | null;
      }[];
      expect(all.length).toBeGreaterThan(10);
      expect(all.filter((e) => e.entity.startsWith('blueCard') && e.entity !== 'blueCardStatistics')).toEqual(
        [],
      );
      expect(all.filter((e) => e.entityId === proc.id || e.entityId === proc.perpId)).toEqual([]);
      // What the outsiders typed themselves (their searches for the name) is theirs; nothing else may name it.
      const others = all.filter((e) => !(OUTSIDERS as readonly string[]).includes(e.actorLogin ?? ''));
      expect(leaks(JSON.stringify(others))).toEqual([]);
      for (const q of ['entity=blueCardProcedure', `entityId=${proc.id}`, 'entity=blueCardRegister'])
        expect((await call('GET', `/api/v1/audit?${q}`, who[o]!)).json().items).toEqual([]);
    }
    // The team sees who read its procedure, and every read was logged with the entity.
    const log = (await call('GET', `/api/v1/blue-cards/${proc.id}/access-log`, who.niebieska!)).json()
      .items as {
      actorLogin: string;
      action: string;
    }[];
    const seen = (login: string, action: string) =>
      log.some((e) => e.actorLogin === login && e.action === action);
    expect([seen('pracownik', 'read'), seen('psycholog', 'search'), seen('niebieska', 'export')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(log.some((e) => e.actorLogin === 'pracownik2')).toBe(false);
  });
});
