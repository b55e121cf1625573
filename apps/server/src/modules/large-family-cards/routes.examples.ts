import type { Examples } from '../../test/route-examples.ts';
import { cardBody, issuedCards, largeFamily } from './test-family.ts';
import { filedOnline, onlineBody } from './test-online.ts';

/** Bartek's card: it ends on 14 January 2027 and can be extended. */
const bartekCard = async (fx: Parameters<Examples[string]>[0]) => {
  const { application, family } = await issuedCards(fx, fx.seq());
  return application.issued.find((c) => c.personId === family.children.Bartek)!.id;
};

/** The portal's applications name no registry person: their own counter leaves fx.seq() to the families. */
let online = 0;

export const examples: Examples = {
  'GET /api/v1/large-family-cards/applications': () => ({}),
  'POST /api/v1/large-family-cards/applications': async (fx) => ({
    body: cardBody(await largeFamily(fx, fx.seq())),
  }),
  'GET /api/v1/large-family-cards/applications/:id': async (fx) => ({
    params: { id: (await issuedCards(fx, fx.seq())).application.id },
  }),
  'POST /api/v1/large-family-cards/cards/:id/electronic': async (fx) => ({
    params: { id: await bartekCard(fx) },
    body: { requestedOn: '2026-11-20' },
  }),
  'POST /api/v1/large-family-cards/cards/:id/extension': async (fx) => ({
    params: { id: await bartekCard(fx) },
    body: { certificateOn: '2026-12-01', schoolUntil: '2027-06-30' },
  }),
  'POST /api/v1/portal/large-family-card-applications': () => ({ body: onlineBody(++online) }),
  'GET /api/v1/large-family-cards/online-applications': () => ({}),
  'GET /api/v1/large-family-cards/online-applications/:id': async (fx) => ({
    params: { id: await filedOnline(fx, ++online) },
  }),
  'GET /api/v1/large-family-cards/expiring': () => ({ query: { month: '2027-01' } }),
};
