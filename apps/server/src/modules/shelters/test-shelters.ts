import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { ShelterInput, type ShelterKind } from '@ostoja/domain/shelters/shelter';
import type { Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';

// Fixtures of the shelters module: the route examples and shelters.int.test.ts use them.

const today = todayInPoland();

let made = 0;

/** A place of the register with a name of its own. */
export async function aShelter(fx: Pick<Fixtures, 'staff'>, kind: ShelterKind = 'shelter', places = 20) {
  const s = await service.addShelter(
    fx.staff(),
    ShelterInput.parse({
      name: `Schronisko św. Brata Alberta ${++made}`,
      kind,
      address: 'ul. Działkowa 7, 05-800 Pruszków',
      places,
    }),
  );
  return s.id;
}

/** A referral from today for 30 days (31 days of stay), decided today. */
export const referralRequest = (
  a: { applicationId: string | null; personId: string },
  shelterId: string,
  from = today,
) => ({
  personId: a.personId,
  shelterId,
  applicationId: a.applicationId,
  periodFrom: from,
  periodTo: addDays(from, 30),
  decidedOn: today,
});

/** A council resolution: 60,00 zł a day, free up to the criterion, 30 % up to 150 %, then the full cost. */
export const feeResolution = (number: string, kind: ShelterKind, adoptedOn: string, validFrom: string) => ({
  number,
  adoptedOn,
  validFrom,
  kind,
  dailyCostGrosze: 6_000,
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 30, familyPct: 30 },
    { overPct: 150, upToPct: null, singlePct: 100, familyPct: 100 },
  ],
});
