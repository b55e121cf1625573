import type { OrgUnit } from '@ostoja/domain/org/address';
import { isOpenNow, warsawClock } from '@ostoja/domain/portal/offices';
import type { Queryable } from '../../db/db.ts';
import * as orgRepo from '../org/repo.ts';
import { unitContact } from '../org/service.ts';

// Offices as residents see them: address, hours and whether they are open at this moment in
// Warsaw (public holidays closed), with the field teams each one serves. Only what a resident
// needs; no staff, no internal units.

export function publicOffice(u: OrgUnit, now: Date, teams: string[] = []) {
  return {
    ...unitContact(u),
    openNow: isOpenNow(u.openingHours, now),
    fieldTeams: teams,
  };
}
export type PublicOffice = ReturnType<typeof publicOffice>;

export async function listOffices(q: Queryable, now = new Date()) {
  const units = await orgRepo.listUnits(q);
  const teamsOf = (officeId: string) =>
    units.filter((u) => u.kind === 'fieldTeam' && u.officeId === officeId).map((u) => u.name);
  const centre = units.find((u) => u.kind === 'centre');
  const clock = warsawClock(now);
  return {
    /** The moment "open now" refers to, in the centre's time zone. */
    at: { date: clock.date, time: clock.time, timeZone: 'Europe/Warsaw' },
    centre: centre ? publicOffice(centre, now) : null,
    offices: units.filter((u) => u.kind === 'office').map((u) => publicOffice(u, now, teamsOf(u.id))),
  };
}

/** The named offices, in the order given; unknown or non-office ids are skipped. */
export async function officesByIds(q: Queryable, ids: string[], now = new Date()) {
  if (ids.length === 0) return [];
  const units = (await orgRepo.listUnits(q)).filter((u) => u.kind === 'office');
  return ids.flatMap((id) => {
    const u = units.find((x) => x.id === id);
    return u ? [publicOffice(u, now)] : [];
  });
}
