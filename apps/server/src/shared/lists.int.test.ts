import type { Permission } from '@ostoja/domain/identity/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/db.ts';
import { callerRole, routeCaller } from '../test/route-caller.ts';
import { encodeCursor } from './cursor.ts';

// Every list of the API, found by its `after` parameter in the OpenAPI document: one envelope
// ({items, nextCursor}), pages that follow on, and a cursor the API did not issue refused on `after`.
let t: TestApp;
let caller: Awaited<ReturnType<typeof routeCaller>>;
let lists: { key: string; permission: Permission }[];

beforeAll(async () => {
  t = await createTestApp();
  caller = await routeCaller(t);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
    paths: Record<string, Record<string, { parameters: { name: string }[]; 'x-permission': Permission }>>;
  };
  lists = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) => op.parameters.some((p) => p.name === 'after'))
      .map(([method, op]) => ({
        key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        permission: op['x-permission'],
      })),
  );
});
afterAll(() => t?.close());

const id = '7d3c1f2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const BAD_CURSORS = [
  'abc',
  `2026-13-45|${id}`,
  `2026-01-01|${id}`,
  '99999999999999999999999',
  '-1',
  encodeCursor(['x']),
  encodeCursor([123, id]),
  encodeCursor(['2026-01-01 10:00:00+01', 'nope']),
  encodeCursor(1e30),
  encodeCursor({}),
  'a\u0000b',
];

describe('every list endpoint', () => {
  it('is found: persons, users, applications, payments, receivables, blue cards, audit, news, intakes, volunteers, figures', () => {
    expect(lists.map((l) => l.key).sort()).toEqual(
      expect.arrayContaining([
        'GET /api/v1/persons',
        'GET /api/v1/users',
        'GET /api/v1/applications',
        'GET /api/v1/payment-lists/:id',
        'GET /api/v1/receivables',
        'GET /api/v1/blue-cards',
        'GET /api/v1/audit',
        'GET /api/v1/portal/news',
        'GET /api/v1/portal-content/news',
        'GET /api/v1/intakes',
        'GET /api/v1/volunteers',
        'GET /api/v1/reports/mrpips-03/:year/:period/figures/:figure',
      ]),
    );
  });

  it('answers {items, nextCursor} and the next page follows on without repeating', async () => {
    const problems: string[] = [];
    for (const { key, permission } of lists) {
      const role = callerRole(permission);
      const ex = await caller.example(key, role);
      const first = await caller.send(key, role, { ...ex, query: { ...ex.query, limit: '1' } });
      const body = first.json();
      if (
        first.statusCode !== 200 ||
        !Array.isArray(body.items) ||
        !('nextCursor' in body) ||
        'next' in body
      ) {
        problems.push(`${key}: ${first.statusCode} ${first.body.slice(0, 200)}`);
        continue;
      }
      if (body.nextCursor === null) continue;
      const second = await caller.send(key, role, {
        ...ex,
        query: { ...ex.query, limit: '1', after: body.nextCursor },
      });
      const next = second.json();
      if (second.statusCode !== 200 || JSON.stringify(next.items[0]) === JSON.stringify(body.items[0]))
        problems.push(`${key} page 2: ${second.statusCode} ${second.body.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses a cursor it did not issue with 400 naming `after`', async () => {
    const problems: string[] = [];
    for (const { key, permission } of lists) {
      const role = callerRole(permission);
      const ex = await caller.example(key, role);
      for (const after of BAD_CURSORS) {
        const r = await caller.send(key, role, { ...ex, query: { ...ex.query, after } });
        const paths = r.statusCode === 400 ? r.json().error.fields.map((f: { path: string }) => f.path) : [];
        if (!paths.includes('after')) problems.push(`${key} after=${JSON.stringify(after)}: ${r.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
