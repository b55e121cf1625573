import { RecordDebtorStep } from '@ostoja/domain/alimony-fund/debtor-proceedings';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { grantedApplication, registeredDebtor } from './debtor-fixtures.ts';
import * as proceedings from './proceedings-service.ts';

// A valid request for each route of the debtor register (merged into routes.examples.ts).

/** A resident debtor whose interview was refused (so the evading decision is allowed). */
async function refusedInterview(fx: Fixtures) {
  const d = await registeredDebtor(fx, fx.seq(), true);
  await proceedings.record(
    fx.staff(),
    d.id,
    RecordDebtorStep.parse({ kind: 'interview', on: '2026-11-30', interviewRefused: true }),
  );
  return d;
}

// Debtors the read-only and repeatable routes share, one per database (the examples run for
// every role; a new family, application and decision each time would be slow).
const shared = new WeakMap<object, Promise<{ other: { id: string; notice: string }; resident: string }>>();
function sharedDebtors(fx: Fixtures) {
  let s = shared.get(fx.q);
  if (!s) {
    // One after the other, wholly awaited: nothing keeps running beside the requests.
    s = (async () => {
      const o = await registeredDebtor(fx, fx.seq());
      const r = await refusedInterview(fx);
      return { other: { id: o.id, notice: o.notices[0]!.id }, resident: r.id };
    })();
    shared.set(fx.q, s);
  }
  return s;
}

export const debtorExamples: Examples = {
  'GET /api/v1/alimony-fund/debtors/:id/proceeding': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).resident },
  }),
  // An interview may be held again at any time: the shared debtor serves every role.
  'POST /api/v1/alimony-fund/debtors/:id/proceeding/steps': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).resident },
    body: { kind: 'interview', on: todayInPoland(), employment: 'brak' },
  }),
  'GET /api/v1/alimony-fund/debtors/:id/proceeding/steps/:stepId/pdf': async (fx) => {
    const id = (await sharedDebtors(fx)).resident;
    const p = await proceedings.get(fx.staff(), id);
    return { params: { id, stepId: p.steps[0]!.id } };
  },
  'GET /api/v1/alimony-fund/debtor-deadlines': () => ({}),
  'GET /api/v1/alimony-fund/debtors': () => ({}),
  'POST /api/v1/alimony-fund/debtors': async (fx) => ({
    body: {
      applicationId: (await grantedApplication(fx, fx.seq())).application.id,
      // The debtor register keeps its own PESELs; a sealed person's must answer as a fresh one.
      pesel: makePesel('1980-04-05', 'M', fx.seq() % 1000),
      gmina: 'Gmina Raszyn',
      resident: false,
    },
  }),
  'GET /api/v1/alimony-fund/debtors/:id': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).other.id },
    query: { on: '2026-12-31' },
  }),
  'POST /api/v1/alimony-fund/debtors/:id/repayments': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).other.id },
    body: { receivedOn: '2026-11-30', amount: 10_000, source: 'bailiff', reference: 'Km 1/26' },
  }),
  'POST /api/v1/alimony-fund/debtors/:id/notices': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).other.id },
    body: { kind: 'actionsTaken', direction: 'incoming', gmina: 'Gmina Raszyn', receivedOn: '2026-11-30' },
  }),
  'GET /api/v1/alimony-fund/notices': () => ({}),
  'GET /api/v1/alimony-fund/notices/:id/pdf': async (fx) => ({
    params: { id: (await sharedDebtors(fx)).other.notice },
  }),
};
