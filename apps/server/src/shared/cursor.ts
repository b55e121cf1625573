import type { ListPage } from '@ostoja/domain/shared/list';
import { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import type { After } from '../db/rows.ts';
import { fieldError } from '../http/errors.ts';

// The one keyset cursor of the API: base64url of the JSON of the last item's sort key. A cursor
// is checked against the caller's schema on the way back in, so one the API did not issue is a
// 400 naming `after`, never a failed cast in SQL.

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(
  schema: S,
  after: string | null | undefined,
): z.output<S> | null {
  if (!after) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw fieldError('after', 'validation.cursor');
  }
  const r = schema.safeParse(key);
  if (!r.success) throw fieldError('after', 'validation.cursor');
  return r.data;
}

/**
 * A page out of `rows` fetched with `limit + 1` (the extra row only tells that more follow):
 * the first `limit` items, and the cursor made of the last one's key.
 */
export function toPage<R, T = R>(
  rows: R[],
  limit: number,
  key: (last: R) => unknown,
  item: (row: R) => T = (row) => row as unknown as T,
): ListPage<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(item), nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}

// Parts of keys, as strict as PostgreSQL's casts so that a valid cursor never fails in SQL.
const noNul = (s: string) => !s.includes('\u0000');
/** A sort key or other text (PostgreSQL text cannot hold NUL). */
export const keyText = z.string().max(1000).refine(noNul);
export const keyId = z.guid();
export const keyDate = z.iso.date();
/** A timestamptz as PostgreSQL prints it (`2026-03-01 10:00:00.123456+01`), a real calendar date. */
export const keyTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/)
  .refine((s) => keyDate.safeParse(s.slice(0, 10)).success);
export const keyInt = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A register's sort key by name: the name, then the id. */
export const NameCursor = z.tuple([keyText, keyId]);

/**
 * A use case answering a page of a register listed by name (homes, partners, places): `list`
 * reads the rows after the decoded cursor, `limit + 1` of them.
 */
export const namePage =
  <R extends { name: string; id: string }>(
    list: (q: Queryable, after: After, limit: number) => Promise<R[]>,
  ) =>
  async (ctx: { q: Queryable }, after: string | undefined, limit: number) =>
    toPage(await list(ctx.q, decodeCursor(NameCursor, after), limit + 1), limit, (r) => [r.name, r.id]);
