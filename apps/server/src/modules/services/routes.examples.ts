import { DEMO_LOCAL_TABLE } from '../../seed/demo-services.ts';
import type { Examples } from '../../test/route-examples.ts';
import { mealsExamples } from './meals-examples.ts';
import { scheduleExamples } from './schedule-examples.ts';
import * as service from './service.ts';
import { telecareExamples } from './telecare-examples.ts';
import { careRequest, visitedApplication } from './test-care.ts';

export const examples: Examples = {
  ...scheduleExamples,
  ...mealsExamples,
  ...telecareExamples,
  'GET /api/v1/services/fee-tables': () => ({}),
  'GET /api/v1/services/fee-tables/:id': async ({ q }) => ({
    params: { id: (await q.query<{ id: string }>('SELECT id FROM service_fee_table LIMIT 1')).rows[0]!.id },
  }),
  'POST /api/v1/services/fee-tables': (fx) => ({
    body: {
      ...DEMO_LOCAL_TABLE,
      number: `XX/${fx.seq()}/2099`,
      adoptedOn: '2099-01-01',
      validFrom: '2099-02-01',
    },
  }),
  'GET /api/v1/care-services': () => ({}),
  'GET /api/v1/care-services/candidates': () => ({}),
  'GET /api/v1/care-services/:id': async (fx) => {
    const request = careRequest(await visitedApplication(fx, fx.seq(), [160_000]));
    return { params: { id: (await service.decideCareService(fx.staff(), request)).id } };
  },
  'GET /api/v1/care-services/:id/pdf': async (fx) => {
    const request = careRequest(await visitedApplication(fx, fx.seq(), [160_000]));
    return { params: { id: (await service.decideCareService(fx.staff(), request)).id } };
  },
  'POST /api/v1/care-services': async (fx) => ({
    body: careRequest(await visitedApplication(fx, fx.seq(), [160_000])),
  }),
};
