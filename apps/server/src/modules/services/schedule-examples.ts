import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as bills from './bills-service.ts';
import { addCarer, lastMonth, runningDecision, visitedDecision } from './schedule-fixtures.ts';

// A valid request for each route of carers' schedules and bills (merged into routes.examples.ts).

// One decision with a visit and a bill per database, for the read-only routes (the examples run
// for every role; a new household, decision and bill each time would be slow).
/** A decision of last month with a visit, and its bill issued. */
async function newBill(fx: Fixtures) {
  const { decision, carer } = await visitedDecision(fx, fx.seq());
  const issued = await bills.issueBills(fx.staff(), lastMonth);
  return { decision, carer, bill: issued.items.find((b) => b.careServiceId === decision.id)! };
}

const shared = new WeakMap<object, Promise<{ decisionId: string; carerId: string; billId: string }>>();
function sharedBill(fx: Fixtures) {
  let s = shared.get(fx.q);
  if (!s) {
    s = newBill(fx).then(({ decision, carer, bill }) => ({
      decisionId: decision.id,
      carerId: carer.id,
      billId: bill.id,
    }));
    shared.set(fx.q, s);
  }
  return s;
}

/** A body on the shared decision and its carer, with the rest given. */
const onSharedDecision = (rest: object) => async (fx: Fixtures) => {
  const s = await sharedBill(fx);
  return { body: { careServiceId: s.decisionId, carerId: s.carerId, ...rest } };
};

export const scheduleExamples: Examples = {
  'GET /api/v1/care-schedule/carers': () => ({}),
  'GET /api/v1/care-schedule/carer-logins': () => ({}),
  'POST /api/v1/care-schedule/carers': (fx) => ({
    body: { fullName: `Opiekun ${fx.seq()}`, employer: 'contracted', providerName: 'Caritas' },
  }),
  'POST /api/v1/care-schedule/plan': onSharedDecision({ weekday: 3, startsAt: '12:00', endsAt: '13:00' }),
  'GET /api/v1/care-services/:id/schedule': async (fx) => ({
    params: { id: (await sharedBill(fx)).decisionId },
    query: { month: lastMonth },
  }),
  'POST /api/v1/care-schedule/visits': onSharedDecision({
    visitOn: `${lastMonth}-02`,
    startsAt: '09:00',
    hours: 0,
    missedReason: 'clientAbsent',
  }),
  'POST /api/v1/care-schedule/visits/import': async (fx) => {
    const decision = await runningDecision(fx, fx.seq());
    const carer = await addCarer(fx, `Opiekunka importu ${fx.seq()}`);
    return {
      body: {
        csv: `decyzja;data;godzina;godziny;opiekun;powod\n${decision.number};${lastMonth}-03;08:00;1,5;${carer.fullName};`,
      },
    };
  },
  'GET /api/v1/care-schedule/conflicts': () => ({ query: { month: lastMonth } }),
  'GET /api/v1/care-schedule/hours': () => ({ query: { month: lastMonth } }),
  'GET /api/v1/care-schedule/my-clients': () => ({}),
  'POST /api/v1/care-bills': async (fx) => {
    await visitedDecision(fx, fx.seq());
    return { body: { month: lastMonth } };
  },
  'GET /api/v1/care-bills': () => ({ query: { month: lastMonth } }),
  'GET /api/v1/care-bills/:id': async (fx) => ({ params: { id: (await sharedBill(fx)).billId } }),
  'GET /api/v1/care-bills/:id/pdf': async (fx) => ({ params: { id: (await sharedBill(fx)).billId } }),
  'POST /api/v1/care-bills/:id/payments': async (fx) => {
    const { bill } = await newBill(fx);
    return { params: { id: bill.id }, body: { paidOn: bill.issuedOn, amountGrosze: 100, method: 'cash' } };
  },
  'POST /api/v1/care-bills/provider-invoices': (fx) => ({
    body: {
      providerName: 'Caritas',
      month: lastMonth,
      number: `FV/${fx.seq()}/2026`,
      issuedOn: `${lastMonth}-28`,
      hours: 10,
      amountGrosze: 35_000,
    },
  }),
};
