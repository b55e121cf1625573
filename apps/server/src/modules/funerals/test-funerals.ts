import { addDays } from '@ostoja/domain/calendar/working-days';
import { FuneralCostLimitInput, FuneralHomeInput } from '@ostoja/domain/funerals/funeral';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { Fixtures } from '../../test/route-examples.ts';
import * as registry from '../registry/service.ts';
import * as service from './service.ts';

// Fixtures of the funerals module: the route examples and funerals.int.test.ts use them.

const today = todayInPoland();

/** A person living alone, registered so the centre can arrange their funeral. */
export async function aDeceased(fx: Pick<Fixtures, 'staff'>, n: number) {
  const h = await registry.createHousehold(
    fx.staff(),
    CreateHousehold.parse({
      address: { street: 'Cmentarna', building: String(1 + (n % 90)), city: 'Pruszków' },
      members: [
        {
          relation: 'applicant',
          person: {
            pesel: makePesel(addDays('1930-01-01', (n % 3000) * 7), 'M', 300 + Math.floor(n / 3000)),
            firstName: 'Zenon',
            surname: `Samotny-${n}`,
          },
        },
      ],
    }),
  );
  return h.members[0]!.id;
}

let homes = 0;
/** A contracted funeral home. */
export async function aFuneralHome(fx: Pick<Fixtures, 'staff'>) {
  const h = await service.addHome(
    fx.staff(),
    FuneralHomeInput.parse({
      name: `Zakład Pogrzebowy „Anioł” ${++homes}`,
      address: 'ul. Lipowa 4, 05-800 Pruszków',
      contractNumber: `U/${homes}/2026`,
    }),
  );
  return h.id;
}

/** The council's limit of 5 000,00 zł, in force long before any test's dates (once per database). */
const limits = new WeakMap<Queryable, Promise<unknown>>();
export function aCostLimit(fx: Pick<Fixtures, 'staff' | 'q'>) {
  let l = limits.get(fx.q);
  if (!l) {
    l = service.addLimit(
      fx.staff(),
      FuneralCostLimitInput.parse({
        resolutionNumber: 'XX/200/2019',
        adoptedOn: '2019-12-12',
        validFrom: '2020-01-01',
        limitGrosze: 500_000,
      }),
    );
    limits.set(fx.q, l);
  }
  return l;
}

/** A funeral ordered today of one who died three days ago, costing 4 850,00 zł. */
export const funeralRequest = (personId: string, funeralHomeId: string) => ({
  personId,
  dateOfDeath: addDays(today, -3),
  placeOfDeath: 'Pruszków, mieszkanie',
  reportedBy: 'Maria Sąsiadka (sąsiadka)',
  reportedOn: addDays(today, -2),
  funeralHomeId,
  orderedOn: today,
  costGrosze: 485_000,
  overLimitReason: null,
});
