import type { Examples } from '../../test/route-examples.ts';

export const examples: Examples = {
  'GET /api/v1/operations/database': () => ({}),
};
