import {
  CreateLargeFamilyCardApplication,
  type LargeFamilyMemberInput,
} from '@ostoja/domain/family-benefits/large-family-card-api';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { makePesel } from '@ostoja/domain/shared/pesel';
import type { z } from 'zod';
import type { Fixtures } from '../../test/route-examples.ts';
import * as registry from '../registry/service.ts';
import * as service from './service.ts';

// Fixtures of the Karta Dużej Rodziny (tests and route examples; kept out of routes.ts's imports).

type Child = { first: string; birth: string; sex: 'M' | 'F' };

/**
 * A family of five on 16 November 2026: the mother, Ada (18 since June, not in school — no card),
 * Bartek (18 on 15 January 2027: his card ends on 14 January), Celina and Daniel.
 */
export const FIVE: Child[] = [
  { first: 'Ada', birth: '2008-06-10', sex: 'F' },
  { first: 'Bartek', birth: '2009-01-15', sex: 'M' },
  { first: 'Celina', birth: '2013-05-01', sex: 'F' },
  { first: 'Daniel', birth: '2017-09-09', sex: 'M' },
];

export async function largeFamily(fx: Pick<Fixtures, 'staff'>, n: number, children: Child[] = FIVE) {
  // A long run of examples (every route as every role) reaches high n: the cycle is as long as PESEL serials allow.
  const serial = ((n % 1700) + 250) * 5;
  const person = (birth: string, first: string, sex: 'M' | 'F') => ({
    pesel: makePesel(birth, sex, serial),
    firstName: first,
    surname: `Wielodzietna-${n}`,
  });
  const h = await registry.createHousehold(
    fx.staff(),
    CreateHousehold.parse({
      address: { street: 'Mickiewicza', building: String(1 + (n % 80)), city: 'Pruszków' },
      members: [
        { relation: 'applicant', person: person('1984-03-03', 'Ewa', 'F') },
        ...children.map((c) => ({ relation: 'child', person: person(c.birth, c.first, c.sex) })),
      ],
    }),
  );
  const id = (first: string) => h.members.find((m) => m.firstName === first)!.id;
  return {
    householdId: h.id,
    mother: id('Ewa'),
    children: Object.fromEntries(children.map((c) => [c.first, id(c.first)])),
  };
}

/** The application body of `largeFamily`: every member listed, the mother asking for the electronic card. */
export function cardBody(
  f: Awaited<ReturnType<typeof largeFamily>>,
  submittedOn = '2026-11-16',
  child: Partial<z.input<typeof LargeFamilyMemberInput>> = {},
): z.input<typeof CreateLargeFamilyCardApplication> {
  return {
    householdId: f.householdId,
    applicantId: f.mother,
    submittedOn,
    members: [
      { personId: f.mother, role: 'parent', electronic: true },
      ...Object.values(f.children).map((personId) => ({ personId, role: 'child' as const, ...child })),
    ],
  };
}

/** The family of five with its cards issued. */
export async function issuedCards(fx: Pick<Fixtures, 'staff'>, n: number) {
  const f = await largeFamily(fx, n);
  return {
    family: f,
    application: await service.create(fx.staff(), CreateLargeFamilyCardApplication.parse(cardBody(f))),
  };
}
