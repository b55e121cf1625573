import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';
import { personWithClosedRecord } from './test-helpers.ts';

// Each example brings a record of its own past its period, so every call has something to list.
async function protocol(fx: Fixtures, signed = false) {
  await personWithClosedRecord(fx.q, 3000 + fx.seq(), '2012-06-30');
  const ctx = fx.staff();
  const committee = ['Przewodnicząca', 'Członek', 'Członek'].map((f, i) => ({
    name: `Osoba ${i + 1}`,
    function: f,
  }));
  let p = await service.createProtocol(ctx, { month: '2026-01', committee });
  if (signed)
    p = await service.signProtocol(ctx, p.id, {
      signedOn: '2026-02-02',
      archiveConsent: 'AP.4123.1.2026',
      version: p.version,
    });
  return p;
}

export const examples: Examples = {
  'GET /api/v1/records/retention-rules': () => ({}),
  'PUT /api/v1/records/retention-rules/:kind': async ({ q }) => {
    const r = await q.query<{ version: number }>(
      `SELECT version FROM retention_rule WHERE record_kind = 'counselling'`,
    );
    return {
      params: { kind: 'counselling' },
      body: { jrwaSymbol: '8130', category: 'B', years: 5, version: r.rows[0]!.version },
    };
  },
  'GET /api/v1/records/due': () => ({ query: { month: '2026-01' } }),
  'GET /api/v1/records/destruction-protocols': () => ({}),
  'POST /api/v1/records/destruction-protocols': async (fx) => {
    await personWithClosedRecord(fx.q, 3000 + fx.seq(), '2012-06-30');
    const committee = ['Przewodniczący', 'Członek', 'Członek'].map((f, i) => ({
      name: `Osoba ${i + 1}`,
      function: f,
    }));
    return { body: { month: '2026-01', committee } };
  },
  'GET /api/v1/records/destruction-protocols/:id': async (fx) => ({
    params: { id: (await protocol(fx)).id },
  }),
  'GET /api/v1/records/destruction-protocols/:id/items': async (fx) => ({
    params: { id: (await protocol(fx)).id },
  }),
  'GET /api/v1/records/destruction-protocols/:id/pdf': async (fx) => ({
    params: { id: (await protocol(fx)).id },
  }),
  'POST /api/v1/records/destruction-protocols/:id/signature': async (fx) => {
    const p = await protocol(fx);
    return {
      params: { id: p.id },
      body: { signedOn: '2026-02-02', archiveConsent: 'AP.4123.1.2026', version: p.version },
    };
  },
  'POST /api/v1/records/destruction-protocols/:id/anonymisation': async (fx) => {
    const p = await protocol(fx, true);
    return { params: { id: p.id }, body: { version: p.version } };
  },
  'GET /api/v1/records/persons/:id/export': ({ ids }) => ({ params: { id: ids.person! } }),
  'GET /api/v1/records/persons/:id/export/pdf': ({ ids }) => ({ params: { id: ids.person! } }),
  'GET /api/v1/records/persons/:id/rectifications': ({ ids }) => ({ params: { id: ids.person! } }),
  'POST /api/v1/records/persons/:id/anonymisation': async (fx) => {
    const { personId } = await personWithClosedRecord(fx.q, 3000 + fx.seq(), '2012-06-30');
    return { params: { id: personId }, body: { confirm: true } };
  },
};
