import { addDays } from '@ostoja/domain/calendar/working-days';
import type { DpsHomeInput } from '@ostoja/domain/services/dps';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as dps from '../modules/dps/service.ts';
import { applicationWithVisit } from './demo-services.ts';

// The demo centre's DPS work: two homes of the register with the costs their starostas published
// (illustrative amounts [M]), three residents whose fee the gmina tops up and one person waiting.

const year = Number(todayInPoland().slice(0, 4));

export const DEMO_HOMES: DpsHomeInput[] = [
  {
    name: 'Dom Pomocy Społecznej „Przystań” (demo)',
    powiat: 'pruszkowski',
    kind: 'elderly',
    address: 'ul. Lipowa 4, 05-800 Pruszków',
    places: 96,
    cost: {
      validFrom: `${year - 1}-04-01`,
      monthlyCostGrosze: 612_450,
      publishedOn: `${year - 1}-03-28`,
      source: `Zarządzenie Starosty Pruszkowskiego w sprawie średniego miesięcznego kosztu utrzymania w ${year} r. (demo)`,
    },
  },
  {
    name: 'Dom Pomocy Społecznej dla osób przewlekle psychicznie chorych „Zacisze” (demo)',
    powiat: 'warszawski zachodni',
    kind: 'chronicMental',
    address: 'ul. Leśna 12, 05-850 Ożarów Mazowiecki',
    places: 140,
    cost: {
      validFrom: `${year - 1}-04-01`,
      monthlyCostGrosze: 701_000,
      publishedOn: `${year - 1}-03-30`,
      source: `Zarządzenie Starosty Warszawskiego Zachodniego w sprawie średniego miesięcznego kosztu utrzymania (demo)`,
    },
  },
];

/** A consent and a medical certificate as the scans a worker attaches (a minimal valid PDF). */
const SCAN = Buffer.from('%PDF-1.4\n% skan (demo)\n%%EOF\n').toString('base64');

export async function seedDpsDemo(q: Queryable, withResidents: boolean) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('admin', 'pracownik', 'swiadczenia')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  const homes = [];
  for (const h of DEMO_HOMES) homes.push(await dps.addHome(ctx('admin'), h as never));
  if (!withResidents) return;
  // Households after those the care services use (the caseload 30, the history 20, services 3).
  const households = await q.query<{ id: string; members: string[] }>(
    `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
       FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id ORDER BY h.id OFFSET 53 LIMIT 4`,
  );
  const today = todayInPoland();
  // Referred 200, 120, 60 and 20 days ago; the last one still waits for a place.
  for (const [k, h] of households.rows.entries()) {
    const referredOn = addDays(today, -[200, 120, 60, 20][k]!);
    const pension = [180_000, 245_000, 132_000, 210_000][k]!;
    const pay = h.members.map((_, i) => (i === 0 ? pension : 0));
    const applicationId = await applicationWithVisit(ctx('pracownik'), h, pay, addDays(referredOn, -14));
    const home = homes[k === 1 ? 1 : 0]!;
    const file = await dps.createReferral(ctx('pracownik'), {
      applicationId,
      personId: h.members[0]!,
      homeId: home.id,
      consentOn: addDays(referredOn, -10),
    });
    for (const kind of ['consent', 'medical', 'psychological'] as const)
      await dps.addDocument(ctx('pracownik'), file.id, { kind, fileName: `${kind}.pdf`, dataBase64: SCAN });
    await dps.refer(ctx('swiadczenia'), file.id, referredOn);
    if (k === 3) continue;
    const decidedOn = addDays(referredOn, 7);
    await dps.setFee(ctx('swiadczenia'), file.id, {
      decidedOn,
      residentIncomeGrosze: pension,
      residentPct: 70,
      relatives:
        k === 0
          ? [
              {
                name: 'Marek (syn, demo)',
                relation: 'descendant',
                incomeGrosze: 900_000,
                size: 3,
                agreedGrosze: 120_000,
                agreementOn: decidedOn,
                exemption: null,
              },
            ]
          : [],
    });
    await dps.admit(ctx('swiadczenia'), file.id, addDays(decidedOn, 5));
  }
}
