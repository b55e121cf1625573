import { z } from 'zod';

// Building blocks of the response schemas: what the API sends, checked by the server on the way out.

/**
 * A moment on the wire: an ISO 8601 string; in the server a Date (what PostgreSQL gives for
 * timestamptz). A codec, so the server's serialiser encodes the Date and the client types say string.
 */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

/** The one list envelope: a page of items and the opaque cursor of the next page (null on the last). */
export { type ListPage as CursorPage, listPage as cursorPage } from './list.ts';

/** The answer of an action that has nothing else to say. */
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.input<typeof Ok>;
