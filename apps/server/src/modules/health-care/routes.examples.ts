import { CreateHealthCareDecision } from '@ostoja/domain/health-care/decision';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { visitedApplication } from '../services/test-care.ts';
import * as service from './service.ts';
import { healthCareRequest } from './test-health-care.ts';

// Each example a household of its own (its numbers far from the other modules' examples).
const request = async (fx: Fixtures) =>
  healthCareRequest(await visitedApplication(fx, 1500 + fx.seq(), [70_000]));

export const examples: Examples = {
  'GET /api/v1/health-care-decisions': ({ ids }) => ({ query: { personId: ids.person!, current: 'true' } }),
  'GET /api/v1/health-care-decisions/:id': async (fx) => ({
    params: { id: (await service.decide(fx.staff(), CreateHealthCareDecision.parse(await request(fx)))).id },
  }),
  'GET /api/v1/health-care-decisions/:id/pdf': async (fx) => ({
    params: { id: (await service.decide(fx.staff(), CreateHealthCareDecision.parse(await request(fx)))).id },
  }),
  'POST /api/v1/health-care-decisions': async (fx) => ({ body: await request(fx) }),
};
