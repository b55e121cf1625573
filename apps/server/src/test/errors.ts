import { expect } from 'vitest';

/** The field paths an error answer (400, 409) names, sorted. */
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
export const errorPaths = (res: { json(): any }): string[] =>
  (res.json().error.fields as { path: string }[]).map((f) => f.path).sort();

/** Expects a 400 naming exactly one field, `path`, with its message. */
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
export function expectFieldError(res: { statusCode: number; json(): any }, path: string, message: string) {
  expect(res.statusCode).toBe(400);
  expect(res.json().error.fields).toEqual([{ path, message }]);
}
