import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from './errors.ts';
import { rateLimit, registerRateLimit } from './rate-limit.ts';

const LIMITS = {
  a: { max: 3, windowSeconds: 60 },
  b: { max: 1, windowSeconds: 60 },
  c: { max: 1, windowSeconds: 600 },
};

/** A bare app whose one route counts a request in the bucket named by the path. */
async function app() {
  const a = Fastify();
  await registerRateLimit(a);
  a.setErrorHandler((err, _req, reply) =>
    err instanceof AppError
      ? reply.status(err.status).send({ code: err.code, params: err.params })
      : reply.status(500).send(),
  );
  a.post<{ Params: { bucket: 'a' | 'b' | 'c' } }>('/:bucket', async (req, reply) => {
    await rateLimit(reply, req.params.bucket, LIMITS);
    return { ok: true };
  });
  return (bucket: string, ip: string) => a.inject({ method: 'POST', url: `/${bucket}`, remoteAddress: ip });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('public rate limiter', () => {
  it('lets `max` requests per IP and bucket through in a window, then answers 429 until it ends', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const post = await app();
    for (let i = 0; i < 3; i++) expect((await post('a', '10.0.0.1')).statusCode).toBe(200);
    const refused = await post('a', '10.0.0.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ code: 'rateLimited', params: { minutes: 1 } });
    expect(refused.headers['retry-after']).toBe('60');
    // Another address and another bucket are counted apart.
    expect((await post('a', '10.0.0.2')).statusCode).toBe(200);
    expect((await post('b', '10.0.0.1')).statusCode).toBe(200);
    vi.setSystemTime(60_000);
    expect((await post('a', '10.0.0.1')).statusCode).toBe(200);
  });

  it('says when to come back, rounded up to whole minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const post = await app();
    await post('c', 'x');
    vi.setSystemTime(30_000);
    const refused = await post('c', 'x');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('570');
    expect(refused.json().params).toEqual({ minutes: 10 });
  });
});
