import { it } from 'vitest';
import { createTestApp } from '../test/db.ts';

it('times', async () => {
  const t0 = Date.now();
  const t = await createTestApp();
  console.log('seed ms', Date.now() - t0);
  const r = await t.db.query(`SELECT status, count(*)::int, sum(amount)::int FROM payment_item GROUP BY 1`);
  console.log(r.rows);
  const d = await t.db.query(`SELECT benefit, outcome, count(*)::int FROM decision GROUP BY 1,2`);
  console.log(d.rows);
  await t.close();
}, 120000);
