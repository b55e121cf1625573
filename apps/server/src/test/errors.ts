/** The field paths an error answer (400, 409) names, sorted. */
// biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
export const errorPaths = (res: { json(): any }): string[] =>
  (res.json().error.fields as { path: string }[]).map((f) => f.path).sort();
