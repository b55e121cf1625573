import { FacilityInput } from '@ostoja/domain/centres/facility';
import { OpenCrisisCase } from '@ostoja/domain/crisis-intervention/crisis-case';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { Fixtures } from '../../test/route-examples.ts';
import * as centres from '../centres/service.ts';
import * as service from './service.ts';

// Fixtures of the crisis intervention module: the route examples and crisis-intervention.int.test.ts use them.

let made = 0;

/** A crisis intervention point of the centres module, its hostel with `capacity` places. */
export async function aCrisisPoint(fx: Pick<Fixtures, 'staff'>, capacity = 1000) {
  const f = await centres.addFacility(
    fx.staff(),
    FacilityInput.parse({
      name: `Punkt Interwencji Kryzysowej ${++made}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'crisisPoint',
      address: 'ul. Jasna 4, 05-800 Pruszków',
      capacity,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '00:00', close: '23:59' })),
      monthlyCostGrosze: 0,
    }),
  );
  return f.id;
}

/** The demo psychologist: the lead of the fixtures' cases. */
export async function psychologist(q: Queryable) {
  return (await q.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'psycholog'`)).rows[0]!.id;
}

/** A case opened today for the person: violence reported by the police. */
export const caseRequest = (personId: string, leadId: string, over: Partial<OpenCrisisCase> = {}) => ({
  personId,
  wholeHousehold: false,
  openedOn: todayInPoland(),
  source: 'police' as const,
  kind: 'violence' as const,
  summary: 'Interwencja policji w nocy, osoba przewieziona do punktu.',
  leadId,
  ...over,
});

/** A case opened through the use case (as the fixtures' staff), for the person given. */
export async function aCase(fx: Pick<Fixtures, 'staff' | 'q'>, personId: string) {
  const c = await service.openCase(
    fx.staff(),
    OpenCrisisCase.parse(caseRequest(personId, await psychologist(fx.q))),
  );
  return c.id;
}
