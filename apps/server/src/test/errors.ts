import type { LightMyRequestResponse } from 'fastify';

/** The field paths an error answer (400, 409) names, sorted. */
export const errorPaths = (res: LightMyRequestResponse): string[] =>
  (res.json().error.fields as { path: string }[]).map((f) => f.path).sort();
