import { makePesel } from '@ostoja/domain/shared/pesel';
import type { TestApp } from '../../test/db.ts';

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
  rawPayload: Buffer;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
  json(): any;
}>;

export function http(t: TestApp): Call {
  return (method, url, cookie, payload) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) }) as never;
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
