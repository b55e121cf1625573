import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import * as debtors from '../modules/alimony-fund/debtor-service.ts';
import { demoStaff } from './staff.ts';

// The debtors of the demo's granted alimony fund applications, entered through the module's use
// cases: the first lives in another gmina (its organ gets the request to act, and its answer is
// filed), the second in ours (the centre acts towards them itself).

export async function seedAlimonyDebtors(q: Queryable) {
  const clerk = (await demoStaff(q)).as('swiadczenia');
  const granted = await q.query<{ id: string }>(
    `SELECT f.id FROM alimony_fund_application f
      WHERE EXISTS (SELECT 1 FROM decision d WHERE d.alimony_fund_application_id = f.id AND d.outcome = 'grant')
      ORDER BY f.number`,
  );
  for (const [i, a] of granted.rows.entries()) {
    const resident = i % 2 === 1;
    const d = await debtors.register(clerk, {
      applicationId: a.id,
      pesel: null,
      gmina: resident ? 'Gmina Miasto Pruszków' : 'Gmina Michałowice',
      resident,
    });
    if (!resident)
      await debtors.recordNotice(clerk, d.id, {
        kind: 'actionsTaken',
        direction: 'incoming',
        gmina: 'Gmina Michałowice',
        receivedOn: todayInPoland(),
        note: 'Przeprowadzono wywiad alimentacyjny; dłużnik zobowiązany do rejestracji w PUP.',
      });
  }
}
