import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { aCase, aCrisisPoint, caseRequest, psychologist } from './test-crisis.ts';

// One crisis point per database, with room for every role's stay; a case of its own for each
// change (a stay or a closing is not repeated on the same case).
const points = new WeakMap<Queryable, Promise<string>>();
function point(fx: Fixtures) {
  let p = points.get(fx.q);
  if (!p) {
    p = aCrisisPoint(fx);
    points.set(fx.q, p);
  }
  return p;
}
const today = todayInPoland();

export const examples: Examples = {
  'GET /api/v1/crisis-cases': ({ ids }) => ({ query: { personId: ids.person! } }),
  'GET /api/v1/crisis-cases/:id': async (fx) => ({ params: { id: await aCase(fx, fx.ids.person!) } }),
  'POST /api/v1/crisis-cases': async (fx) => ({
    body: caseRequest(fx.ids.person!, await psychologist(fx.q)),
  }),
  'POST /api/v1/crisis-cases/:id/contacts': async (fx) => ({
    params: { id: await aCase(fx, fx.ids.person!) },
    body: { contactOn: today, form: 'phone', minutes: 20, note: 'Rozmowa telefoniczna, osoba bezpieczna.' },
  }),
  'POST /api/v1/crisis-cases/:id/plan': async (fx) => ({
    params: { id: await aCase(fx, fx.ids.person!) },
    body: { goal: 'Bezpieczne miejsce', action: 'Pobyt w hostelu', who: 'psycholog', byWhen: today },
  }),
  'POST /api/v1/crisis-cases/:id/stays': async (fx) => ({
    params: { id: await aCase(fx, fx.ids.person!) },
    body: { facilityId: await point(fx), from: today, to: today },
  }),
  'POST /api/v1/crisis-cases/:id/close': async (fx) => ({
    params: { id: await aCase(fx, fx.ids.person!) },
    body: { closedOn: today, outcome: 'resolved' },
  }),
  'GET /api/v1/crisis-leads': () => ({}),
  'GET /api/v1/crisis-places': () => ({}),
};
