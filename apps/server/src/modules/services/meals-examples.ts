import type { Examples } from '../../test/route-examples.ts';
import * as meals from './meals-service.ts';
import { fedPupil, mealRequest, provider } from './test-meals.ts';

// A valid request for each route of the meals programme (the permissions test calls each as every role).
export const mealsExamples: Examples = {
  'GET /api/v1/meals-programme/providers': () => ({}),
  'POST /api/v1/meals-programme/providers': (fx) => ({
    body: { name: `Stołówka ${fx.seq()}`, place: 'canteen', address: 'ul. Bolesława Prusa 1' },
  }),
  'GET /api/v1/meals-programme/providers/:id/lists/:month': async (fx) => ({
    params: { id: (await provider(fx)).id, month: '2031-03' },
  }),
  'PUT /api/v1/meals-programme/providers/:id/lists/:month': async (fx) => {
    const school = await provider(fx);
    // One pupil with a decision naming the school: the list names a person (the sealed-routes test tries it).
    const personId = await fedPupil(fx, school.id, '2031-03-01', '2031-03-31');
    return {
      params: { id: school.id, month: '2031-03' },
      body: { costPerMealGrosze: 850, invoiceNumber: `FV/${fx.seq()}`, entries: [{ personId, meals: 20 }] },
    };
  },
  'GET /api/v1/meals-programme/decisions': () => ({}),
  'GET /api/v1/meals-programme/decisions/:id': async (fx) => ({
    params: { id: (await meals.decideAid(fx.staff(), await mealRequest(fx, (await provider(fx)).id))).id },
  }),
  'GET /api/v1/meals-programme/decisions/:id/pdf': async (fx) => ({
    params: { id: (await meals.decideAid(fx.staff(), await mealRequest(fx, (await provider(fx)).id))).id },
  }),
  'POST /api/v1/meals-programme/decisions': async (fx) => ({
    body: await mealRequest(fx, (await provider(fx)).id),
  }),
  'GET /api/v1/meals-programme/report': () => ({ query: { year: '2031' } }),
  'GET /api/v1/meals-programme/report/pdf': () => ({ query: { year: '2031' } }),
};
