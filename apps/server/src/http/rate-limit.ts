import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from './errors.ts';

// Public POSTs are braked per (bucket, client IP) with @fastify/rate-limit's in-memory store.
//
// Why memory and not the database: every request is one transaction, so a counter written by a
// request that then fails (a wrong code answered with 404, a refused booking) would be rolled
// back with it — and failed guesses are exactly what must count. It also keeps residents' IP
// addresses out of the database. The price: each app instance counts on its own (N instances
// allow N × the limit) and a restart forgets; acceptable for a brake on abuse, not a quota.
// Limits are generous because many residents share one address (mobile carriers' NAT, libraries).
//
// A route names its bucket (`rateLimit` in defineRoute); the check runs after the input is
// validated, before the handler, so a request refused as invalid does not count (the plugin's
// per-route hook would count earlier).

export interface Limit {
  max: number;
  windowSeconds: number;
}

const HOUR = 3600;
/** Per IP. The permission-matrix test calls each route a dozen times from one address. */
export const PUBLIC_LIMITS = {
  booking: { max: 20, windowSeconds: HOUR },
  bookingCode: { max: 30, windowSeconds: 15 * 60 },
  intake: { max: 20, windowSeconds: HOUR },
  intakeCode: { max: 30, windowSeconds: 15 * 60 },
  intakeUpload: { max: 400, windowSeconds: HOUR },
  volunteer: { max: 20, windowSeconds: HOUR },
  /** The Karta Dużej Rodziny's e-application: as the portal's other e-applications, its own count. */
  kdrApplication: { max: 20, windowSeconds: HOUR },
} satisfies Record<string, Limit>;
export type PublicBucket = keyof typeof PUBLIC_LIMITS;

/** Registered once on the app: no route is limited by itself (`global: false`); memory bounded. */
export async function registerRateLimit(app: FastifyInstance) {
  await app.register(fastifyRateLimit, { global: false, cache: 100_000 });
}

type Check = ReturnType<FastifyInstance['createRateLimit']>;
const checks = new WeakMap<FastifyInstance, Map<string, Check>>();

function checkOf(server: FastifyInstance, bucket: string, limit: Limit): Check {
  const byBucket = checks.get(server) ?? new Map<string, Check>();
  checks.set(server, byBucket);
  let check = byBucket.get(bucket);
  if (!check) {
    check = server.createRateLimit({
      max: limit.max,
      timeWindow: limit.windowSeconds * 1000,
      // Routes sharing a bucket share its count (the code look-up and the cancellation alike).
      keyGenerator: (req) => `${bucket}\u0000${req.ip}`,
    });
    byBucket.set(bucket, check);
  }
  return check;
}

/** Counts one request of the client; throws 429 with Retry-After once the bucket is full. */
export async function rateLimit<B extends string>(
  reply: FastifyReply,
  bucket: B,
  limits: Record<B, Limit> = PUBLIC_LIMITS as unknown as Record<B, Limit>,
): Promise<void> {
  const r = await checkOf(reply.server, bucket, limits[bucket])(reply.request);
  if (r.isAllowed || !r.isExceeded) return;
  const seconds = Math.max(1, r.ttlInSeconds);
  reply.header('retry-after', String(seconds));
  throw new AppError(429, 'rateLimited', 'error.rateLimited', [], { minutes: Math.ceil(seconds / 60) });
}
