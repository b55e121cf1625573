import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';
import { type Call, family, freeAdults, http } from '../blue-card/test-helpers.ts';

// A proceeding towards treatment the Niebieska Karta team reported sits in the procedure's sealed
// compartment: the team (the opener, the chair) sees where it stands on the procedure's page; a
// worker outside it gets what a missing procedure gets, and the commission's notes never leave it.

let t: TestApp;
let call: Call;
const who: Record<string, string> = {};
const BASE = '/api/v1/alcohol-commission';
let procedureId = '';
let linkedId = '';
let otherId = '';

beforeAll(async () => {
  t = await createTestApp({ caseload: false });
  call = http(t);
  for (const a of DEMO_ACCOUNTS) who[a.login] = await t.login(a.login);
  const f = await family(t);
  // A registry adult with no proceeding or Niebieska Karta yet (the commission may name him).
  const perpetrator = (await freeAdults(t.db, 2)).find((id) => id !== f.victim)!;
  const opened = await call('POST', '/api/v1/blue-cards', who.pracownik2!, {
    openedOn: '2026-11-06',
    initiator: { kind: 'socialWorker', name: 'Piotr Terenowy', institution: 'MOPS w Pruszkowie' },
    participants: [
      { personId: f.victim, role: 'victim' },
      { personId: perpetrator, role: 'perpetrator' },
    ],
    violenceForms: ['psychological'],
    description: 'Groźby pod wpływem alkoholu.',
    victimPresent: true,
  });
  expect(opened.statusCode).toBe(201);
  procedureId = opened.json().id;
  const report = (blueCardNumber?: string) => ({
    reportedOn: '2026-11-09',
    reporter: { kind: 'blueCardTeam', name: 'Zespół interdyscyplinarny', institution: 'MOPS' },
    personId: perpetrator,
    grounds: ['familyBreakdown'],
    description: 'Przemoc pod wpływem alkoholu; odmawia leczenia.',
    ...(blueCardNumber ? { blueCardNumber } : {}),
  });
  const linked = await call('POST', `${BASE}/proceedings`, who.komisja!, report(opened.json().number));
  expect(linked.statusCode).toBe(201);
  linkedId = linked.json().id;
  const invited = await call('POST', `${BASE}/proceedings/${linkedId}/events`, who.komisja!, {
    type: 'invitation',
    on: '2026-11-10',
    addressee: 'person',
    addresseeName: linked.json().person.fullName,
    appointmentOn: '2026-11-24',
    appointmentAt: '16:00',
    place: 'ul. Kraszewskiego 14/16, pok. 5',
  });
  expect(invited.statusCode).toBe(201);
  // A proceeding about the same person not linked to the procedure is not the team's to see.
  const other = await call('POST', `${BASE}/proceedings`, who.komisja!, report());
  otherId = other.json().id;
});
afterAll(() => t?.close());

const linkedOf = (id: string, cookie: string) =>
  call('GET', `/api/v1/blue-cards/${id}/alcohol-proceedings`, cookie);

describe('the Niebieska Karta team’s view of a linked proceeding', () => {
  it('shows the opener and the chair its steps, dates and next deadline — not the commission’s notes', async () => {
    for (const login of ['pracownik2', 'niebieska']) {
      const res = await linkedOf(procedureId, who[login]!);
      expect(res.statusCode).toBe(200);
      const items = res.json().items;
      expect(items.map((p: { id: string }) => p.id)).toEqual([linkedId]);
      expect(items[0]).toMatchObject({
        number: expect.stringMatching(/^MKRPA\/2026\/\d{4}$/),
        reportedOn: '2026-11-09',
        reporterKind: 'blueCardTeam',
        closedOn: null,
        closeReason: null,
        events: [{ type: 'invitation', on: '2026-11-10' }],
      });
      expect(items[0].nextDue).not.toBeNull();
      expect(items[0]).not.toHaveProperty('description');
      expect(JSON.stringify(items[0])).not.toContain('odmawia leczenia');
    }
    expect(otherId).not.toBe(linkedId);
  });

  it('answers a worker outside the compartment as for a missing procedure', async () => {
    const inside = await linkedOf(procedureId, who.pracownik!);
    const missing = await linkedOf(randomUUID(), who.pracownik!);
    expect(inside.statusCode).toBe(404);
    expect([inside.statusCode, inside.body]).toEqual([missing.statusCode, missing.body]);
    // The commission itself reads it in its own register, not through the team's path.
    expect((await linkedOf(procedureId, who.komisja!)).statusCode).toBe(403);
  });

  it('logs the team’s read inside the compartment', async () => {
    await linkedOf(procedureId, who.niebieska!);
    const logged = await t.db.query<{ ids: string[] }>(
      `SELECT details->'alcoholProceedings' AS ids FROM audit_log
        WHERE entity = 'blueCardProcedure' AND action = 'read' AND entity_id = $1
          AND details ? 'alcoholProceedings'`,
      [procedureId],
    );
    expect(logged.rows.length).toBeGreaterThanOrEqual(3);
    expect(logged.rows[0]!.ids).toEqual([linkedId]);
  });
});
