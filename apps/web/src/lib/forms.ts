import { type Locale, zodFieldErrors } from '@ostoja/domain';
import type { z } from 'zod';
import type { ApiError } from '../api/client.ts';

/** Field errors by path ("members.0.person.pesel" → message), the first message per field. */
export type Errors = Record<string, string>;

export function fromZod(error: z.ZodError, locale: Locale, prefix = ''): Errors {
  const out: Errors = {};
  for (const f of zodFieldErrors(error, locale, prefix)) out[f.path] ??= f.message;
  return out;
}

/**
 * The server's field errors. They come translated; a message the server could not translate
 * (a key it does not know) is translated here with the web's catalogue.
 */
export function fromApi(error: ApiError, msg: (m: string) => string): Errors {
  const out: Errors = {};
  for (const f of error.fields) out[f.path] ??= msg(f.message);
  return out;
}

/** Validates with a domain schema; returns the parsed value or the errors. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { ok: true; data: z.output<S> } | { ok: false; errors: Errors } {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: fromZod(r.error, locale) };
}

/** Errors under a prefix, with the prefix removed: sub("members.0.person.", errors). */
export function sub(prefix: string, errors: Errors): Errors {
  const out: Errors = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

/** "" → null for optional inputs sent to the API. */
export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
