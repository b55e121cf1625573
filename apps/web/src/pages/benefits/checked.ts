import { z } from 'zod';

/** Field path → message key: what the screen checks beyond the schema (e.g. an IBAN's checksum). */
export type Checks = Record<string, string>;

const segments = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** Paths of the numbers in a body that could not be read from what was typed (NaN). */
function unreadable(value: unknown, path: string[] = [], out: string[] = []): string[] {
  if (typeof value === 'number' && Number.isNaN(value)) out.push(path.join('.'));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) unreadable(v, [...path, k], out);
  return out;
}

/**
 * The domain schema of a request with the screen's own checks in front: a number typed so it
 * cannot be read gets `invalid(path)` (e.g. "Podaj kwotę w złotych") instead of the schema's
 * "wrong type", and `extra(body)` adds what the schema cannot know. The result checks the same
 * body type, so `useEditForm` keeps its typing.
 */
export function checked<S extends z.ZodType>(
  schema: S,
  invalid: (path: string) => string,
  extra: (body: z.input<S>) => Checks = () => ({}),
): S {
  return z.unknown().superRefine((body, ctx) => {
    const own: Checks = {};
    for (const path of unreadable(body)) own[path] = invalid(path);
    Object.assign(own, extra(body as z.input<S>));
    for (const [path, message] of Object.entries(own))
      ctx.addIssue({ code: 'custom', path: segments(path), message });
    const r = schema.safeParse(body);
    if (!r.success)
      for (const i of r.error.issues)
        if (!(i.path.join('.') in own)) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
  }) as unknown as S;
}
