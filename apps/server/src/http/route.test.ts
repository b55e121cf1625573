import { timestamp } from '@ostoja/domain/shared/response';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '../db/db.ts';
import { defineRoute, registerRoutes } from './route.ts';

const Thing = z.object({ id: z.string(), createdAt: timestamp });

// Public routes without a transaction never touch the database.
async function appAnswering(result: unknown) {
  const app = Fastify();
  const route = defineRoute({
    method: 'GET',
    url: '/thing',
    permission: 'public',
    summary: 'test',
    transaction: false,
    response: Thing,
    handler: async () => result as z.output<typeof Thing>,
  });
  registerRoutes(app, null as unknown as Db, [route], async () => null);
  return app;
}

describe('response schema', () => {
  it('sends only what the schema names, a Date as an ISO string', async () => {
    const app = await appAnswering({ id: 'a', createdAt: new Date('2026-03-01T10:00:00Z'), secret: 'x' });
    const res = await app.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: 'a', createdAt: '2026-03-01T10:00:00.000Z' });
  });

  it('a result that breaks the contract is a 500, not sent', async () => {
    const app = await appAnswering({ id: 7, createdAt: new Date() });
    const res = await app.inject({ method: 'GET', url: '/thing' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('"id":7');
  });
});
