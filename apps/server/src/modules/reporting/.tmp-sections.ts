import { openPostgres } from '../../db/db.ts';
import * as repo from './mrpips-repo.ts';
const db = openPostgres(process.env.DATABASE_URL!.replace(/\/postgres$/, '/reporting_scale'), 2);
for (const [name, fn] of [
  ['staffing', () => repo.staffing(db, '2025-12-31')],
  ['benefits', () => repo.benefits(db, '2025-01-01', '2025-12-31')],
  ['reasons', () => repo.reasons(db, '2025-01-01', '2025-12-31')],
  ['familyTypes', () => repo.familyTypes(db, '2025-01-01', '2025-12-31')],
] as const) {
  const t0 = performance.now();
  await (fn as () => Promise<unknown>)();
  console.log(name, ((performance.now() - t0) / 1000).toFixed(2));
}
await db.close();
