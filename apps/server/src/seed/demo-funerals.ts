import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as funerals from '../modules/funerals/service.ts';

// The demo centre's funeral set-up (art. 44 ups): the council's cost limit and one contracted
// funeral home, so a clerk can arrange a funeral on the demo without an administrator first.
// [M] The resolution and the amount are illustrative, not Pruszków's. The limit starts in 2019 so
// tests that add their own later limit find theirs in force.

export async function seedFuneralsDemo(q: Queryable) {
  const admin = await q.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'admin'`);
  const ctx = staffContext(q, admin.rows[0]!.id);
  await funerals.addLimit(ctx, {
    resolutionNumber: 'XI/95/2019 (demo)',
    adoptedOn: '2019-05-23',
    validFrom: '2019-06-01',
    limitGrosze: 450_000,
  });
  await funerals.addHome(ctx, {
    name: 'Zakład Pogrzebowy „Spokój” (demo)',
    address: 'ul. Cmentarna 2, 05-800 Pruszków',
    contractNumber: 'ZP/1/2026',
  });
}
