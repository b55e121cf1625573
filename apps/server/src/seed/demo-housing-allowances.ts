import { CreateHousingAllowanceApplication } from '@ostoja/domain/housing-allowances/application';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import * as housing from '../modules/housing-allowances/service.ts';
import { demoStaff } from './staff.ts';

// Two demo households' dodatek mieszkaniowy, entered through the module's own use cases: one
// granted (its 6 months to the building manager in the payment runs, with the dodatek
// energetyczny), one waiting for the decision.

const MANAGERS = [
  {
    name: 'Spółdzielnia Mieszkaniowa „Pruszków”',
    address: 'ul. Kraszewskiego 10, 05-800 Pruszków',
    iban: 'PL61109010140000071219812874',
  },
  {
    name: 'Zakład Gospodarki Mieszkaniowej w Pruszkowie',
    address: 'ul. Kościuszki 30, 05-800 Pruszków',
    iban: 'PL27114020040000300201355387',
  },
];

export async function seedHousingAllowances(q: Queryable) {
  const today = todayInPoland();
  const clerk = (await demoStaff(q)).as('swiadczenia');
  const households = await q.query<{ id: string; applicant: string; members: string[] }>(
    `SELECT h.id, (array_agg(p.id) FILTER (WHERE m.relation = 'applicant'))[1] AS applicant,
            array_agg(p.id ORDER BY p.birth_date) AS members
       FROM household h
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
       JOIN person p ON p.id = m.person_id
      GROUP BY h.id HAVING bool_or(m.relation = 'applicant') AND count(*) BETWEEN 2 AND 4
      ORDER BY h.id LIMIT 2`,
  );
  for (const [i, h] of households.rows.entries()) {
    const app = await housing.create(
      clerk,
      CreateHousingAllowanceApplication.parse({
        householdId: h.id,
        applicantId: h.applicant,
        submittedOn: today,
        members: h.members.map((personId) => ({ personId })),
        incomes: [300_000, 310_000, 290_000],
        flatArea: 45 + i * 3,
        monthlyExpenses: 80_000 + i * 10_000,
        legalTitle: i === 0 ? 'cooperative' : 'tenancy',
        electricityContract: i === 0,
        manager: MANAGERS[i],
      }),
    );
    if (i === 1 || !app.calculation.eligible) continue;
    await housing.decide(clerk, app.id, {
      outcome: 'grant',
      decidedOn: today,
      energyPaymentMethod: 'cashDesk',
    });
  }
}
