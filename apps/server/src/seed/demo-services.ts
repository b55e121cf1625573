import { referenceMonth } from '@ostoja/domain/benefits/income';
import { FeeTableInput } from '@ostoja/domain/services/fee-table';
import { REGULATION_2005_BANDS } from '@ostoja/domain/services/regulation-2005';
import { endOf } from '@ostoja/domain/services/schedule';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { type StaffContext, staffContext } from '../http/context.ts';
import * as applications from '../modules/applications/service.ts';
import * as schedule from '../modules/services/schedule-service.ts';
import * as services from '../modules/services/service.ts';

// The demo centre's services: its council's fee table, the regulation's table for persons with
// mental disorders, and a few care-service decisions made through the use cases a clerk uses.

/** A council resolution of the demo gmina; the amounts are illustrative, not Pruszków's [M]. */
export const DEMO_LOCAL_TABLE = FeeTableInput.parse({
  kind: 'localResolution',
  number: 'XII/140/2025',
  adoptedOn: '2024-12-19',
  validFrom: '2025-01-01',
  title:
    'Uchwała Rady Miasta w sprawie szczegółowych warunków przyznawania i odpłatności za usługi opiekuńcze i specjalistyczne usługi opiekuńcze (demo)',
  hourlyCosts: [
    { serviceKind: 'careService', costGrosze: 3_500 },
    { serviceKind: 'specialistCareService', costGrosze: 5_000 },
    { serviceKind: 'neighbourService', costGrosze: 2_800 },
    // Telecare a month (the monitoring centre's subscription and the device).
    { serviceKind: 'telecare', costGrosze: 6_000 },
  ],
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 15 },
    { overPct: 150, upToPct: 200, singlePct: 20, familyPct: 30 },
    { overPct: 200, upToPct: 250, singlePct: 40, familyPct: 50 },
    { overPct: 250, upToPct: 300, singlePct: 60, familyPct: 70 },
    { overPct: 300, upToPct: null, singlePct: 100, familyPct: 100 },
  ],
  exemptions: [
    { ground: 'otherFamilyInCare', maxPct: 100 },
    { ground: 'longIllness', maxPct: 50 },
    { ground: 'disability', maxPct: 50 },
    { ground: 'randomEvent', maxPct: 100 },
  ],
});

/** The regulation's table [M: see regulation-2005.ts] with the demo centre's hourly cost. */
export const DEMO_REGULATION_TABLE = FeeTableInput.parse({
  kind: 'mentalDisordersRegulation',
  number: 'Dz.U. 2005 nr 189 poz. 1598',
  adoptedOn: '2005-09-22',
  validFrom: '2005-10-14',
  title: 'Rozporządzenie Ministra Polityki Społecznej w sprawie specjalistycznych usług opiekuńczych',
  hourlyCosts: [{ serviceKind: 'mentalDisorderCareService', costGrosze: 4_210 }],
  bands: [...REGULATION_2005_BANDS],
  exemptions: [{ ground: 'longIllness', maxPct: 100 }],
});

/**
 * An application of a household, with a home visit recording each member's net pay in the
 * reference month (`pay`, grosze, one per member in order): what a care-service decision needs.
 */
export async function applicationWithVisit(
  worker: StaffContext,
  household: { id: string; members: string[] },
  pay: number[],
  submittedOn: string,
) {
  const app = await applications.createApplication(worker, {
    householdId: household.id,
    applicantId: household.members[0]!,
    channel: 'inPerson',
    submittedOn,
    benefits: ['zasilekCelowy'],
    helpReasons: ['6'],
    urgent: false,
    description: 'Wniosek o usługi opiekuńcze.',
  });
  const month = referenceMonth(submittedOn, false);
  await applications.recordWywiad(worker, app.id, {
    visitedOn: submittedOn,
    incomeLost: false,
    conclusions: 'Osoba wymaga pomocy w codziennych czynnościach; rodzina nie zapewnia opieki.',
    farmHectares: 0,
    members: household.members.map((personId, i) => ({
      personId,
      sources: pay[i] ? [{ kind: 'pension' as const, month, gross: pay[i]!, tax: 0, contributions: 0 }] : [],
      alimonyPaid: 0,
    })),
  });
  return app.id;
}

export async function seedServicesDemo(q: Queryable, withDecisions: boolean) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('admin', 'pracownik', 'swiadczenia', 'opiekunka')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  await services.addTable(ctx('admin'), DEMO_LOCAL_TABLE);
  await services.addTable(ctx('admin'), DEMO_REGULATION_TABLE);
  if (!withDecisions) return;
  // Households after those the caseload (30) and the history (20) use.
  const households = await q.query<{ id: string; members: string[] }>(
    `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
       FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id ORDER BY h.id OFFSET 50 LIMIT 3`,
  );
  const today = todayInPoland();
  const year = today.slice(0, 4);
  const kinds = ['careService', 'specialistCareService', 'careService'] as const;
  // The centre's carer with the demo login `opiekunka`: her clients' week of visits (Monday to Friday)
  // is what she sees under "Moi podopieczni"; her first visit to each is today, the strategy report's
  // hours (the contracted provider's come with its monthly CSV).
  const carer = await schedule.addCarer(ctx('admin'), {
    fullName: 'Olga Opiekuńcza',
    employer: 'own',
    providerName: null,
    staffUserId: users.rows.find((u) => u.login === 'opiekunka')?.id ?? null,
  });
  for (const [k, h] of households.rows.entries()) {
    const pay = h.members.map((_, i) => (i === 0 ? 140_000 + k * 45_000 : 0));
    const applicationId = await applicationWithVisit(ctx('pracownik'), h, pay, today);
    const decision = await services.decideCareService(ctx('swiadczenia'), {
      applicationId,
      personId: h.members[0]!,
      serviceKind: kinds[k]!,
      tasks: k === 1 ? ['rehabilitation', 'socialSkills'] : ['hygiene', 'meals', 'shopping', 'cleaning'],
      hoursPerDay: k === 2 ? 1.5 : 2,
      daysPerWeek: 5,
      periodFrom: today,
      periodTo: `${year}-12-31`,
      provider: k === 1 ? 'contracted' : 'own',
      providerName: k === 1 ? 'Stowarzyszenie Opiekuńcze „Razem” (demo)' : null,
      exemption: k === 2 ? { ground: 'longIllness', pct: 50 } : null,
      decidedOn: today,
    });
    if (decision.provider !== 'own') continue;
    // The first client from 8:00, the other from 10:30, each for the decision's hours a day.
    const startsAt = k === 0 ? '08:00' : '10:30';
    const endsAt = endOf(startsAt, decision.hoursPerDay);
    for (const weekday of [1, 2, 3, 4, 5])
      await schedule.addPlanEntry(ctx('swiadczenia'), {
        careServiceId: decision.id,
        carerId: carer.id,
        weekday,
        startsAt,
        endsAt,
      });
    await schedule.recordVisit(ctx('swiadczenia'), {
      careServiceId: decision.id,
      carerId: carer.id,
      visitOn: today,
      startsAt,
      hours: decision.hoursPerDay,
      missedReason: null,
      note: null,
    });
  }
}
