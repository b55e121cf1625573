import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';

/** The demo's staff: a user's id by login, and a context to act as them through the use cases. */
export async function demoStaff(q: Queryable) {
  const users = await q.query<{ id: string; login: string }>(`SELECT id, login FROM staff_user`);
  const id = (login: string) => users.rows.find((u) => u.login === login)!.id;
  return { id, as: (login: string) => staffContext(q, id(login)) };
}

/** Who makes a benefit decision: the worker visits, the clerk drafts, the director approves and signs. */
export async function decisionStaff(q: Queryable) {
  const { as } = await demoStaff(q);
  // Four-eyes approval: the director (who holds an upoważnienie) approves what the clerk drafted.
  return { worker: as('pracownik'), clerk: as('swiadczenia'), director: as('dyrektor') };
}
