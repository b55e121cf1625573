import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as payouts from '../payments/payouts.ts';
import * as runs from '../payments/runs.ts';
import { grantedApplication } from './debtor-fixtures.ts';

// A valid request for each route of undue alimony-fund benefits (merged into routes.examples.ts).

// One granted application per database whose October 2029 was paid by bank (a month no other
// example opens a run for); each role's request finds one grosz of it undue.
const shared = new WeakMap<object, Promise<string>>();
function paidApplication(fx: Fixtures) {
  let s = shared.get(fx.q);
  if (!s) {
    s = (async () => {
      const { application } = await grantedApplication(fx, fx.seq(), {
        submittedOn: '2029-10-05',
        decidedOn: '2029-10-10',
        iban: 'PL61109010140000071219812874',
      });
      const ctx = fx.staff();
      const { run } = await runs.openRun(ctx, '2029-10');
      // The run also takes what else is open up to its month; a large one is built step by step.
      while ((await runs.advance(ctx, run.id)).status === 'building');
      for (const f of (await runs.listFlags(ctx, run.id, { unresolved: true })).items)
        await runs.resolveFlag(ctx, f.id, { resolution: 'accept' });
      const approved = await runs.approve(ctx, run.id);
      for (const list of approved.lists.filter((l) => l.method === 'transfer')) {
        await payouts.exportList(ctx, list.id, 'pain001');
        await payouts.markListPaid(ctx, list.id, '2029-10-26');
      }
      return application.id;
    })();
    shared.set(fx.q, s);
  }
  return s;
}

export const undueExamples: Examples = {
  'POST /api/v1/alimony-fund/applications/:id/undue-benefits': async (fx) => ({
    params: { id: await paidApplication(fx) },
    body: {
      decidedOn: '2029-11-15',
      ground: 'a',
      months: [{ month: '2029-10', amount: 1 }],
      dueOn: '2029-12-15',
      justification: 'Alimenty wpłacone bezpośrednio przez dłużnika.',
    },
  }),
  'GET /api/v1/alimony-fund/applications/:id/undue-benefits': async (fx) => ({
    params: { id: await paidApplication(fx) },
  }),
};
