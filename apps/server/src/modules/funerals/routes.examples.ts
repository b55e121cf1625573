import { CreateFuneral } from '@ostoja/domain/funerals/funeral';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';
import { aCostLimit, aDeceased, aFuneralHome, funeralRequest } from './test-funerals.ts';

// A funeral per example (one per deceased): each with a person and a home of its own.
async function request(fx: Fixtures) {
  await aCostLimit(fx);
  return funeralRequest(await aDeceased(fx, 7000 + fx.seq()), await aFuneralHome(fx));
}
// One funeral per database serves every role's reads, invoice and claims.
const made = new WeakMap<Queryable, Promise<string>>();
function arranged(fx: Fixtures) {
  let id = made.get(fx.q);
  if (!id) {
    id = (async () => (await service.arrange(fx.staff(), CreateFuneral.parse(await request(fx)))).id)();
    made.set(fx.q, id);
  }
  return id;
}

export const examples: Examples = {
  'GET /api/v1/funeral-homes': () => ({}),
  'POST /api/v1/funeral-homes': (fx) => ({
    body: { name: `Zakład Pogrzebowy ${fx.seq()}`, address: 'ul. Lipowa 4', contractNumber: 'U/1/2026' },
  }),
  'GET /api/v1/funeral-cost-limits': () => ({}),
  'POST /api/v1/funeral-cost-limits': (fx) => ({
    body: {
      resolutionNumber: `XX/${fx.seq()}/2099`,
      adoptedOn: '2099-01-01',
      validFrom: '2099-02-01',
      limitGrosze: 600_000,
    },
  }),
  'GET /api/v1/funerals': ({ ids }) => ({ query: { personId: ids.person! } }),
  'GET /api/v1/funerals/:id': async (fx) => ({ params: { id: await arranged(fx) } }),
  'GET /api/v1/funerals/:id/pdf': async (fx) => ({ params: { id: await arranged(fx) } }),
  'POST /api/v1/funerals': async (fx) => ({ body: await request(fx) }),
  'POST /api/v1/funerals/:id/invoice': async (fx) => ({
    params: { id: await arranged(fx) },
    body: { invoiceNumber: 'FV/1/2026', issuedOn: todayInPoland(), invoiceGrosze: 480_000 },
  }),
  'POST /api/v1/funerals/:id/recoveries': async (fx) => ({
    params: { id: await arranged(fx) },
    body: { source: 'zusAllowance', kind: 'claimed', amountGrosze: 400_000, on: todayInPoland() },
  }),
};
