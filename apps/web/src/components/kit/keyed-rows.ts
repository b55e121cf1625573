/** A row a person adds and removes in a form; `key` names it for React wherever it moves. */
export type Keyed<T> = T & { key: number };

/** Makes new rows of one kind from a blank one, each with a key no earlier row of that kind had. */
export function keyedRows<T extends object>(blank: () => T) {
  let next = 1;
  return (): Keyed<T> => ({ ...blank(), key: next++ });
}
