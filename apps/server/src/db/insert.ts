import type { Queryable } from './db.ts';

/**
 * INSERT of one row given as column → value (names written in the repository's code, never from
 * input); answers the new row's id. The values travel as parameters, in the order of the columns.
 */
export async function insertRow(q: Queryable, table: string, row: Record<string, unknown>): Promise<string> {
  const columns = Object.keys(row);
  const r = await q.query<{ id: string }>(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return r.rows[0]!.id;
}
