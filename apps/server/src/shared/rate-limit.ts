import type { FastifyReply } from 'fastify';
import { AppError } from '../http/errors.ts';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/**
 * A fixed-window limiter of public POSTs per (bucket, client IP), kept in memory.
 *
 * Why memory and not the database: every request is one transaction, so a counter written by a
 * request that then fails (a wrong code answered with 404, a refused booking) would be rolled
 * back with it — and failed guesses are exactly what must count. It also keeps residents' IP
 * addresses out of the database. The price: each app instance counts on its own (N instances
 * allow N × the limit) and a restart forgets; acceptable for a brake on abuse, not a quota.
 * Limits are generous because many residents share one address (mobile carriers' NAT, libraries).
 */
export function createRateLimiter<B extends string>(limits: Record<B, Limit>, now = () => Date.now()) {
  const windows = new Map<string, { count: number; resetAt: number }>();

  function prune(t: number) {
    for (const [key, w] of windows) if (w.resetAt <= t) windows.delete(key);
    // Bounded memory under a flood of distinct addresses: forget everything rather than grow.
    if (windows.size > 100_000) windows.clear();
  }

  return {
    /** Counts one request; throws 429 with Retry-After once the bucket is full for this IP. */
    hit(bucket: B, ip: string, reply?: FastifyReply): void {
      const t = now();
      if (windows.size > 10_000) prune(t);
      const limit = limits[bucket];
      const key = `${bucket}\u0000${ip}`;
      let w = windows.get(key);
      if (!w || w.resetAt <= t) {
        w = { count: 0, resetAt: t + limit.windowSeconds * 1000 };
        windows.set(key, w);
      }
      w.count++;
      if (w.count <= limit.max) return;
      const seconds = Math.max(1, Math.ceil((w.resetAt - t) / 1000));
      reply?.header('retry-after', String(seconds));
      throw new AppError(429, 'rateLimited', 'error.rateLimited', [], { minutes: Math.ceil(seconds / 60) });
    },
  };
}

export type RateLimiter<B extends string> = ReturnType<typeof createRateLimiter<B>>;

const HOUR = 3600;
/** Per IP. The permission-matrix test calls each route a dozen times from one address. */
export const PUBLIC_LIMITS = {
  booking: { max: 20, windowSeconds: HOUR },
  bookingCode: { max: 30, windowSeconds: 15 * 60 },
  intake: { max: 20, windowSeconds: HOUR },
  intakeCode: { max: 30, windowSeconds: 15 * 60 },
  intakeUpload: { max: 400, windowSeconds: HOUR },
  volunteer: { max: 20, windowSeconds: HOUR },
} satisfies Record<string, Limit>;
export type PublicBucket = keyof typeof PUBLIC_LIMITS;
