import type { Examples } from '../../test/route-examples.ts';

export const examples: Examples = {
  'GET /api/v1/audit': (fx) => ({ query: { personId: fx.ids.person!, limit: '10' } }),
};
