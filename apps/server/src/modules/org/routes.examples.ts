import type { Examples } from '../../test/route-examples.ts';

export const examples: Examples = {
  'GET /api/v1/centre-settings': () => ({}),
  'PUT /api/v1/centre-settings': () => ({ body: { fourEyesDecisions: true } }),
  'GET /api/v1/address-lookup': () => ({ query: { street: 'ul. Żbikowska', number: '10' } }),
  'GET /api/v1/org-units': () => ({}),
  'POST /api/v1/org-units': ({ ids, seq }) => ({
    body: { kind: 'section', name: `Dział Testowy ${seq()}`, parentId: ids.centre },
  }),
  'PUT /api/v1/org-units/:id': async ({ ids, q }) => {
    const r = await q.query<{ version: number; name: string }>(
      'SELECT version, name FROM org_unit WHERE id = $1',
      [ids.office],
    );
    return {
      params: { id: ids.office! },
      body: { kind: 'office', name: r.rows[0]!.name, version: r.rows[0]!.version },
    };
  },
  'GET /api/v1/field-teams/:id/streets': ({ ids }) => ({ params: { id: ids.fieldTeam! } }),
  'POST /api/v1/field-teams/:id/streets': ({ ids, seq }) => ({
    params: { id: ids.fieldTeam! },
    body: { street: `Testowa ${seq()}`, city: 'Pruszków', numberFrom: 1, numberTo: 9, parity: 'odd' },
  }),
  'DELETE /api/v1/field-team-streets/:id': async ({ ids, q, seq }) => {
    const r = await q.query<{ id: string }>(
      `INSERT INTO field_team_street (field_team_id, street, street_key, city) VALUES ($1, $2, $2, 'Pruszków') RETURNING id`,
      [ids.fieldTeam, `usuwana ${seq()}`],
    );
    return { params: { id: r.rows[0]!.id } };
  },
};
