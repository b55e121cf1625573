import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../http/errors.ts';
import {
  decodeCursor,
  encodeCursor,
  keyDate,
  keyId,
  keyInt,
  keyText,
  keyTimestamp,
  toPage,
} from './cursor.ts';

const Key = z.tuple([keyDate, keyId]);
const id = '7d3c1f2e-4b5a-4c6d-8e9f-0a1b2c3d4e5f';
const b64 = (s: string) => Buffer.from(s).toString('base64url');

function refusedOnAfter(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).status).toBe(400);
    expect((e as AppError).fields.map((f) => f.path)).toEqual(['after']);
    return;
  }
  throw new Error('accepted');
}

describe('the cursor codec', () => {
  it('round-trips a key, opaque and URL-safe', () => {
    const c = encodeCursor(['2026-03-01', id]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(Key, c)).toEqual(['2026-03-01', id]);
    expect(decodeCursor(keyInt, encodeCursor(42))).toBe(42);
    expect(decodeCursor(Key, undefined)).toBeNull();
    expect(decodeCursor(Key, '')).toBeNull();
  });

  it('refuses, naming `after`, what the API did not issue (today’s "date|id" included)', () => {
    for (const bad of [
      'abc',
      `2026-03-01|${id}`,
      b64('not json'),
      b64(`["2026-13-45","${id}"]`),
      b64(`["2026-02-30","${id}"]`),
      b64('["2026-03-01","not-a-uuid"]'),
      b64('["2026-03-01"]'),
      b64('{"a":1}'),
      b64('null'),
    ])
      refusedOnAfter(() => decodeCursor(Key, bad));
    for (const bad of [encodeCursor(-5), encodeCursor(1.5), encodeCursor(1e20), encodeCursor('7')])
      refusedOnAfter(() => decodeCursor(keyInt, bad));
    refusedOnAfter(() => decodeCursor(z.tuple([keyText, keyId]), encodeCursor(['a\u0000b', id])));
  });

  it('accepts timestamps as PostgreSQL prints them, and only real ones', () => {
    expect(keyTimestamp.safeParse('2026-11-21 13:07:19.123456+01').success).toBe(true);
    expect(keyTimestamp.safeParse('2026-11-21 13:07:19+05:30').success).toBe(true);
    expect(keyTimestamp.safeParse('2026-02-30 13:07:19+01').success).toBe(false);
    expect(keyTimestamp.safeParse('2026-11-21 25:07:19+01').success).toBe(false);
  });

  it('pages rows fetched with one extra: the cursor only when more follow', () => {
    const rows = [1, 2, 3].map((n) => ({ n, secret: 'x' }));
    const page = toPage(
      rows,
      2,
      (r) => r.n,
      ({ n }) => ({ n }),
    );
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(keyInt, page.nextCursor)).toBe(2);
    expect(toPage(rows, 3, (r) => r.n)).toEqual({ items: rows, nextCursor: null });
  });
});
