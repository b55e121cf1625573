import { openPostgres } from '../../db/db.ts';
import { FAMILIES, HELPED, MEMBERS, PAID } from './helped.ts';
const db = openPostgres(process.env.DATABASE_URL!.replace(/\/postgres$/, '/reporting_scale'), 2);
const which = process.argv[2];
const sql: Record<string, string> = {
  members: `WITH ${HELPED}, ${MEMBERS} SELECT count(*) FROM members`,
  paid: `WITH ${PAID} SELECT count(*), sum(amount) FROM paid`,
  families: `WITH ${HELPED}, ${MEMBERS}, ${FAMILIES} SELECT count(*) FROM families`,
  distinct: `WITH ${HELPED} SELECT benefit, count(DISTINCT person_id), count(DISTINCT household_id) FROM helped GROUP BY ROLLUP (benefit)`,
};
const r = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ${sql[which!]}`, ['2025-01-01', '2025-12-31']);
console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
await db.close();
