import { addMonthsToDate } from '@ostoja/domain/family-benefits/dates';
import { CreateLargeFamilyCardApplication } from '@ostoja/domain/family-benefits/large-family-card-api';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import * as cards from '../modules/large-family-cards/service.ts';
import * as registry from '../modules/registry/service.ts';
import { demoStaff } from './staff.ts';

// Karta Dużej Rodziny for a few demo families, through the module's own use cases: the demo's
// households with three or more children, and one new family whose eldest turns 18 on the 15th
// of next month — its card is on the clerk's list of cards expiring next month.

export async function seedLargeFamilyCards(q: Queryable) {
  const today = todayInPoland();
  const clerk = (await demoStaff(q)).as('swiadczenia');
  const families = await q.query<{ id: string; members: { id: string; relation: string }[] }>(
    `SELECT h.id, json_agg(json_build_object('id', p.id, 'relation', m.relation)) AS members
       FROM household h
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
       JOIN person p ON p.id = m.person_id
      GROUP BY h.id
     HAVING count(*) FILTER (WHERE m.relation = 'child' AND p.birth_date > $1::date - interval '18 years') >= 3
        AND bool_or(m.relation = 'applicant')
      ORDER BY h.id LIMIT 2`,
    [today],
  );
  const eldest = `${addMonthsToDate(today, 1 - 18 * 12).slice(0, 7)}-15`;
  const person = (birth: string, firstName: string, sex: 'M' | 'F', serial: number) => ({
    pesel: makePesel(birth, sex, 4000 + serial),
    firstName,
    surname: sex === 'F' ? 'Dużyńska' : 'Dużyński',
  });
  const h = await registry.createHousehold(
    clerk,
    CreateHousehold.parse({
      address: { street: 'Bolesława Prusa', building: '12', city: 'Pruszków' },
      members: [
        { relation: 'applicant', person: person('1982-04-20', 'Agnieszka', 'F', 0) },
        { relation: 'spouse', person: person('1980-09-02', 'Tomasz', 'M', 1) },
        { relation: 'child', person: person(eldest, 'Michał', 'M', 2) },
        { relation: 'child', person: person('2014-06-11', 'Zuzanna', 'F', 3) },
        { relation: 'child', person: person('2019-02-07', 'Jan', 'M', 4) },
      ],
    }),
  );
  const all = [
    ...families.rows,
    { id: h.id, members: h.members.map((m) => ({ id: m.id, relation: m.relation })) },
  ];
  for (const f of all) {
    const applicant = f.members.find((m) => m.relation === 'applicant')!;
    const parents = ['applicant', 'spouse', 'partner'];
    await cards.create(
      clerk,
      CreateLargeFamilyCardApplication.parse({
        householdId: f.id,
        applicantId: applicant.id,
        submittedOn: today,
        members: f.members
          .filter((m) => m.relation === 'child' || parents.includes(m.relation))
          .map((m) => ({
            personId: m.id,
            role: m.relation === 'child' ? 'child' : 'parent',
            electronic: m.id === applicant.id,
          })),
      }),
    );
  }
}
