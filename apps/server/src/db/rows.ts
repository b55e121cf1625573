import type { Queryable } from './db.ts';

// How a repository takes a statement's answer, so that each function says only its SQL (the SQL
// itself stays written out in the repo).

/** Every row the statement answers. */
export async function rowsOf<T>(q: Queryable, text: string, params?: readonly unknown[]): Promise<T[]> {
  return (await q.query<T>(text, params)).rows;
}

/** The first row the statement answers, or null when there is none. */
export async function rowOf<T>(q: Queryable, text: string, params?: readonly unknown[]): Promise<T | null> {
  return (await q.query<T>(text, params)).rows[0] ?? null;
}

/** The id an `INSERT … RETURNING id` gives back. */
export async function insertedId(q: Queryable, text: string, params?: readonly unknown[]): Promise<string> {
  return (await q.query<{ id: string }>(text, params)).rows[0]!.id;
}

/** Where a keyset page starts: the last row's sort key and id, or null for the first page. */
export type After = [string, string] | null;

/** Whether the statement found or changed exactly one row. */
export async function oneRow(q: Queryable, text: string, params?: readonly unknown[]): Promise<boolean> {
  return (await q.query(text, params)).rowCount === 1;
}
