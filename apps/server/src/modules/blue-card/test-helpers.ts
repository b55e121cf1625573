import { makePesel } from '@ostoja/domain/shared/pesel';
import { afterAll, beforeAll } from 'vitest';
import type { Queryable } from '../../db/db.ts';
import { createTestApp, type TestApp } from '../../test/db.ts';

// Shared by the blue-card integration tests: HTTP helpers, a family from the demo registry, and
// the NK-A of the running example (opened on Friday 6 November 2026).

export type Call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  cookie: string,
  payload?: object,
) => Promise<{
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
  json(): any;
}>;

export function http(t: TestApp): Call {
  return (method, url, cookie, payload) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) }) as never;
}

/** Registry adults in no Niebieska Karta and no commission proceeding yet (the commission may name them). */
export async function freeAdults(db: Queryable, n: number) {
  const r = await db.query<{ id: string }>(
    `SELECT p.id FROM person p WHERE p.birth_date < '1990-01-01' AND NOT p.sealed
        AND NOT EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM alcohol_proceeding a WHERE a.person_id = p.id)
      ORDER BY p.id DESC LIMIT $1`,
    [n],
  );
  return r.rows.map((x) => x.id);
}

/** A household of field team 1 with an adult applicant and a child: the victim and the child. */
export async function family(t: TestApp) {
  const r = await t.db.query<{ victim: string; child: string; surname: string; firstName: string }>(
    `SELECT a.person_id AS victim, c.person_id AS child, p.surname, p.first_name AS "firstName"
       FROM household h
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership c ON c.household_id = h.id AND c.valid_to IS NULL AND c.relation = 'child'
       JOIN person p ON p.id = a.person_id
      ORDER BY h.id LIMIT 1`,
  );
  return r.rows[0]!;
}

export type Family = Awaited<ReturnType<typeof family>>;

/**
 * A test file's app on its own database, closed after the file: before its tests, `setUp` gets
 * it with its caller, the sessions of `logins` (in their order and by login) and the family.
 */
export function familyApp(
  logins: string[],
  setUp: (a: {
    t: TestApp;
    call: Call;
    sessions: string[];
    who: Record<string, string>;
    f: Family;
  }) => unknown,
) {
  let t: TestApp | undefined;
  beforeAll(async () => {
    t = await createTestApp();
    const who: Record<string, string> = {};
    for (const l of logins) who[l] = await t.login(l);
    await setUp({ t, call: http(t), sessions: logins.map((l) => who[l]!), who, f: await family(t) });
  });
  afterAll(() => t?.close());
}

/**
 * A meeting `cookie` schedules with the persons invited and then records as held on its day with
 * them present; answers the meeting as scheduled (the procedure's latest).
 */
export async function heldMeeting(
  call: Call,
  procedureId: string,
  cookie: string,
  m: { date: string; time: string; place: string; kind: string; persons: string[]; minutes: string },
) {
  const url = `/api/v1/blue-cards/${procedureId}/meetings`;
  const { persons, minutes, ...when } = m;
  const scheduled = (await call('POST', url, cookie, { ...when, invitedPersonIds: persons })).json().meetings;
  const meeting = scheduled[scheduled.length - 1];
  await call('POST', `${url}/${meeting.id}/record`, cookie, {
    heldOn: m.date,
    presentPersonIds: persons,
    minutes,
  });
  return meeting;
}

/** The person using violence: not yet in the registry, so NK-A registers him (sealed). */
export const perpetrator = {
  pesel: makePesel('1979-04-12', 'M', 731),
  firstName: 'Zbigniew',
  surname: 'Gwałtowny',
};

export function nkA(victim: string, child: string, openedOn = '2026-11-06') {
  return {
    openedOn,
    initiator: { kind: 'socialWorker', name: 'Paulina Środowiskowa', institution: 'MOPS w Pruszkowie' },
    participants: [
      { personId: victim, role: 'victim' },
      { personId: child, role: 'child' },
      { personId: child, role: 'witness' },
      { person: perpetrator, role: 'perpetrator' },
    ],
    place: 'Pruszków, ul. Żbikowska',
    violenceForms: ['physical', 'psychological'],
    description: 'Mąż szarpał żonę i groził jej; dziecko było świadkiem zdarzenia.',
    interventions: 'Wezwano Policję; udzielono pierwszej pomocy.',
    victimPresent: true,
  };
}

export { pdfText } from '../../test/pdf-text.ts';
