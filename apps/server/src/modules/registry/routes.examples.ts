import { makePesel } from '@ostoja/domain/shared/pesel';
import type { Examples } from '../../test/route-examples.ts';

// The birth day moves on every 499 calls, so that a long run of examples (every role of the
// permissions matrix) never meets a PESEL twice.
const bornOn = (n: number) =>
  new Date(Date.UTC(1988, 2, 15 + Math.floor(n / 499))).toISOString().slice(0, 10);
const newPerson = (n: number) => ({
  pesel: makePesel(bornOn(n), n % 2 ? 'M' : 'F', 500 + (n % 499)),
  firstName: n % 2 ? 'Jerzy' : 'Jadwiga',
  surname: `Przykładowy-${n}`,
});

export const examples: Examples = {
  'GET /api/v1/persons': () => ({ query: { q: 'now' } }),
  'GET /api/v1/persons/:id': ({ ids }) => ({ params: { id: ids.person! } }),
  'GET /api/v1/persons/:id/history': ({ ids }) => ({ params: { id: ids.person! } }),
  'GET /api/v1/persons/:id/ukr-status': ({ ids }) => ({ params: { id: ids.person! } }),
  'PUT /api/v1/persons/:id/ukr-status': ({ ids }) => ({
    params: { id: ids.person! },
    body: { status: 'lost', since: '2022-03-15', lostOn: '2025-09-01', lostReason: 'leftPoland' },
  }),
  'POST /api/v1/persons': ({ seq }) => ({ body: { person: newPerson(seq()) } }),
  'PUT /api/v1/persons/:id': async ({ ids, q }) => {
    const r = await q.query<Record<string, unknown>>(
      `SELECT pesel, first_name AS "firstName", surname, version FROM person WHERE id = $1`,
      [ids.person],
    );
    const { version, ...person } = r.rows[0]!;
    return { params: { id: ids.person! }, body: { person, version } };
  },
  'POST /api/v1/persons/:id/merge': async ({ ids, q, seq }) => {
    // A record of its own for each call (by a passport, without a PESEL; named apart, so that it is
    // no "possible duplicate" for the other examples while it waits), merged into the fixture person.
    const n = String(seq()).padStart(7, '0');
    const r = await q.query<{ id: string }>(
      `INSERT INTO person (first_name, surname, birth_date, sex, sort_key, surname_folded, search_text, document_type, document_number)
       VALUES ('Jerzy', $1, '1988-03-15', 'M', $1, $1, $1, 'passport', $2) RETURNING id`,
      [`kopia-${n}`, `EX${n}`],
    );
    return { params: { id: r.rows[0]!.id }, body: { intoId: ids.person! } };
  },
  'POST /api/v1/households': ({ seq }) => ({
    body: {
      address: { street: 'Lipowa', building: '7', city: 'Pruszków' },
      members: [{ relation: 'applicant', person: newPerson(seq()) }],
    },
  }),
  'GET /api/v1/households/:id': ({ ids }) => ({ params: { id: ids.household! } }),
  'PUT /api/v1/households/:id': async ({ ids, q }) => {
    const r = await q.query<{ version: number; street: string; building: string; city: string }>(
      'SELECT version, street, building, city FROM household WHERE id = $1',
      [ids.household],
    );
    const { version, ...address } = r.rows[0]!;
    return { params: { id: ids.household! }, body: { address, version } };
  },
  'POST /api/v1/households/:id/members': ({ ids, seq }) => ({
    params: { id: ids.household! },
    body: { member: { relation: 'otherRelative', person: newPerson(seq()) } },
  }),
  'POST /api/v1/households/:id/members/:personId/leave': async ({ ids, q, seq }) => {
    // A person of their own joins the household first, so that each call has someone to leave.
    const p = newPerson(seq());
    const r = await q.query<{ id: string }>(
      `INSERT INTO person (pesel, first_name, surname, birth_date, sex, sort_key, surname_folded, search_text, household_id)
       VALUES ($1, $2, $3, '1988-03-15', 'M', $3, $3, $3, $4) RETURNING id`,
      [p.pesel, p.firstName, p.surname, ids.household],
    );
    await q.query(
      `INSERT INTO household_membership (household_id, person_id, relation, valid_from) VALUES ($1, $2, 'unrelated', '2025-01-01')`,
      [ids.household, r.rows[0]!.id],
    );
    return { params: { id: ids.household!, personId: r.rows[0]!.id }, body: {} };
  },
};
