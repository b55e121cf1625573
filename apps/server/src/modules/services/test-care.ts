import { addDays } from '@ostoja/domain/calendar/working-days';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { CreateCareService } from '@ostoja/domain/services/care-service';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import { staffContext } from '../../http/context.ts';
import { applicationWithVisit } from '../../seed/demo-services.ts';
import type { Fixtures } from '../../test/route-examples.ts';
import * as registry from '../registry/service.ts';

// Fixtures of the services module: the route examples, the schedule's fixtures and services.int.test.ts use them.

const today = todayInPoland();

const loginId = async (q: Queryable, login: string) =>
  (await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login])).rows[0]!.id;

/**
 * A household of `pay.length` persons (the first the applicant, the others children) with an
 * application and a home visit recording each one's pension in the reference month (grosze).
 */
export async function visitedApplication(fx: Pick<Fixtures, 'staff' | 'q'>, n: number, pay: number[]) {
  // Each member born on a day of their own (same surname and birth day would be a "possible
  // duplicate"), and the serial tells apart the thousands of `n`: two calls never meet a PESEL (the
  // examples of every role share one database and one counter).
  const pesel = (i: number) =>
    makePesel(addDays('1940-01-01', (n % 2000) * 10 + i), 'F', 200 + 10 * Math.floor(n / 2000) + i);
  const household = await registry.createHousehold(
    fx.staff(),
    CreateHousehold.parse({
      address: { street: 'Kraszewskiego', building: String(1 + (n % 90)), city: 'Pruszków' },
      members: pay.map((_, i) => ({
        relation: i === 0 ? 'applicant' : 'child',
        person: { pesel: pesel(i), firstName: i === 0 ? 'Halina' : 'Jan', surname: `Opiekuńcza-${n}` },
      })),
    }),
  );
  const members = [...household.members].sort(
    (a, b) => Number(b.relation === 'applicant') - Number(a.relation === 'applicant'),
  );
  const worker = staffContext(fx.q, await loginId(fx.q, 'pracownik'));
  const applicationId = await applicationWithVisit(
    worker,
    { id: household.id, members: members.map((m) => m.id) },
    pay,
    today,
  );
  return { applicationId, personId: members[0]!.id };
}

/** A valid decision request for a single person with 1 600,00 zł (158.42 % → 20 % of 35,00 zł). */
export const careRequest = (a: { applicationId: string; personId: string }) =>
  CreateCareService.parse({
    applicationId: a.applicationId,
    personId: a.personId,
    serviceKind: 'careService',
    tasks: ['hygiene', 'meals', 'shopping'],
    hoursPerDay: 2,
    daysPerWeek: 5,
    periodFrom: today,
    periodTo: addDays(today, 90),
    provider: 'own',
    providerName: null,
    exemption: null,
    decidedOn: today,
  });
