import type { Examples } from '../../test/route-examples.ts';

export const examples: Examples = {
  'POST /api/v1/auth/login': () => ({ body: { login: 'kadra', password: 'Ostoja-demo-2026' } }),
  'POST /api/v1/auth/logout': () => ({ freshSession: true }),
  'GET /api/v1/auth/me': () => ({}),
  'GET /api/v1/users': () => ({ query: { limit: '5' } }),
  'GET /api/v1/users/:id': ({ ids }) => ({ params: { id: ids.user! } }),
  'POST /api/v1/users': ({ seq }) => ({
    body: {
      login: `nowy.${seq()}`,
      fullName: 'Zenon Nowicjusz',
      roles: ['centreStaff'],
      password: 'długie-hasło-123',
    },
  }),
  'PUT /api/v1/users/:id': async ({ ids, q }) => {
    const v = await q.query<{ version: number }>('SELECT version FROM staff_user WHERE id = $1', [ids.user]);
    return {
      params: { id: ids.user! },
      body: {
        login: 'kadra',
        fullName: 'Kamil Świetlicowy',
        roles: ['centreStaff'],
        version: v.rows[0]!.version,
      },
    };
  },
};
