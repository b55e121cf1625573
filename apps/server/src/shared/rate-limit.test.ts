import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('public rate limiter', () => {
  it('lets `max` requests per IP and bucket through in a window, then answers 429 until it ends', () => {
    let now = 0;
    const limiter = createRateLimiter(
      { a: { max: 3, windowSeconds: 60 }, b: { max: 1, windowSeconds: 60 } },
      () => now,
    );
    for (let i = 0; i < 3; i++) limiter.hit('a', '10.0.0.1');
    let err: unknown;
    try {
      limiter.hit('a', '10.0.0.1');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ status: 429, code: 'rateLimited', params: { minutes: 1 } });
    // Another address and another bucket are counted apart.
    limiter.hit('a', '10.0.0.2');
    limiter.hit('b', '10.0.0.1');
    now = 60_000;
    expect(() => limiter.hit('a', '10.0.0.1')).not.toThrow();
  });

  it('says when to come back, rounded up to whole minutes', () => {
    let now = 0;
    const limiter = createRateLimiter({ a: { max: 1, windowSeconds: 600 } }, () => now);
    limiter.hit('a', 'x');
    now = 30_000;
    expect(() => limiter.hit('a', 'x')).toThrow(expect.objectContaining({ params: { minutes: 10 } }));
  });
});
