import { CreateHealthCareDecision } from '@ostoja/domain/health-care/decision';
import type { Queryable } from '../../db/db.ts';
import { type Examples, type Fixtures, staffContext } from '../../test/route-examples.ts';
import { userId } from '../family-support/routes.examples.ts';
import { visitedApplication } from '../services/test-care.ts';
import * as service from './service.ts';
import { healthCareRequest } from './test-health-care.ts';

// Each request a household of its own (its numbers far from the other modules' examples).
const request = async (fx: Fixtures) =>
  healthCareRequest(await visitedApplication(fx, 1500 + fx.seq(), [70_000]));

// One decision per database serves every role's reads; the demo clerk holds the authorisation to sign.
const decided = new WeakMap<Queryable, Promise<string>>();
function decision(fx: Fixtures) {
  let id = decided.get(fx.q);
  if (!id) {
    id = (async () => {
      const clerk = staffContext(fx.q, await userId(fx.q, 'swiadczenia'));
      return (await service.decide(clerk, CreateHealthCareDecision.parse(await request(fx)))).id;
    })();
    decided.set(fx.q, id);
  }
  return id;
}

export const examples: Examples = {
  'GET /api/v1/health-care-decisions': ({ ids }) => ({ query: { personId: ids.person!, current: 'true' } }),
  'GET /api/v1/health-care-decisions/:id': async (fx) => ({ params: { id: await decision(fx) } }),
  'GET /api/v1/health-care-decisions/:id/pdf': async (fx) => ({ params: { id: await decision(fx) } }),
  'POST /api/v1/health-care-decisions': async (fx) => ({ body: await request(fx) }),
};
