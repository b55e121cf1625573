import { createTestApp } from '../../test/db.ts';
import { households, staff } from './test-fixtures.ts';

/**
 * The payments tests' app, without the demo caseload (they count every item of the months they
 * pay): the benefits clerk's cookie, their use cases' context and the demo households.
 */
export async function clerkApp() {
  const t = await createTestApp({ caseload: false });
  const clerk = await t.login('swiadczenia');
  const u = await t.db.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'swiadczenia'`);
  return { t, clerk, ctx: staff(t.db, u.rows[0]!.id), homes: await households(t.db) };
}
