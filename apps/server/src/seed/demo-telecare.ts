import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as neighbours from '../modules/services/neighbour-service.ts';
import * as services from '../modules/services/service.ts';
import * as telecare from '../modules/services/telecare-service.ts';
import { applicationWithVisit } from './demo-services.ts';

// The demo centre's telecare and neighbour services, made through the clerk's use cases: devices in
// stock, two persons with a bracelet (and an alarm each today), two clients helped by a neighbour
// with this month's hours, and the rate the centre pays neighbours [M: illustrative, not Pruszków's].

export const DEMO_NEIGHBOUR_RATE = {
  validFrom: '2025-01-01',
  hourlyRateGrosze: 2_500,
  basis: 'Zarządzenie Dyrektora MOPS w sprawie stawki za godzinę usług sąsiedzkich (demo)',
};

export async function seedTelecareDemo(q: Queryable, withDecisions: boolean) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('admin', 'pracownik', 'swiadczenia')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  await neighbours.addRate(ctx('admin'), DEMO_NEIGHBOUR_RATE);
  const devices = [];
  for (const [kind, serial] of [
    ['bracelet', 'TB-DEMO-001'],
    ['bracelet', 'TB-DEMO-002'],
    ['bracelet', 'TB-DEMO-003'],
    ['keyBox', 'KB-DEMO-001'],
  ] as const)
    devices.push(await telecare.addDevice(ctx('swiadczenia'), { kind, serialNumber: serial }));
  if (!withDecisions) return;
  // Households after those the services, meals and DPS demos use.
  const households = await q.query<{ id: string; members: string[] }>(
    `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
       FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id ORDER BY h.id OFFSET 70 LIMIT 4`,
  );
  const today = todayInPoland();
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  const helper = await neighbours.addNeighbour(ctx('swiadczenia'), {
    fullName: 'Krystyna Sąsiedzka (demo)',
    address: 'ul. Kraszewskiego 12 m. 4, Pruszków',
    phone: '600 100 200',
    bankAccount: '61109010140000071219812874',
  });
  for (const [k, h] of households.rows.entries()) {
    const pay = h.members.map((_, i) => (i === 0 ? 150_000 + k * 30_000 : 0));
    const applicationId = await applicationWithVisit(ctx('pracownik'), h, pay, today);
    const personId = h.members[0]!;
    if (k < 2) {
      const decision = await telecare.decideTelecare(ctx('swiadczenia'), {
        applicationId,
        personId,
        periodFrom: today,
        periodTo: yearEnd,
        decidedOn: today,
      });
      const bracelet = devices[k]!;
      await telecare.lend(ctx('swiadczenia'), {
        telecareServiceId: decision.id,
        deviceId: bracelet.id,
        lentOn: today,
      });
      await telecare.importAlarms(
        ctx('swiadczenia'),
        `numer;data;godzina;rodzaj;działanie\n${bracelet.serialNumber};${today};0${7 + k}:30;button;talk\n`,
      );
      continue;
    }
    const decision = await services.decideCareService(ctx('swiadczenia'), {
      applicationId,
      personId,
      serviceKind: 'neighbourService',
      tasks: ['shopping', 'companionship'],
      hoursPerDay: 1,
      daysPerWeek: 3,
      periodFrom: today,
      periodTo: yearEnd,
      provider: 'own',
      providerName: null,
      exemption: null,
      decidedOn: today,
    });
    const a = await neighbours.assign(ctx('swiadczenia'), {
      careServiceId: decision.id,
      neighbourId: helper.id,
      hoursPerMonth: 13,
      periodFrom: today,
      periodTo: yearEnd,
    });
    await neighbours.enterHours(ctx('swiadczenia'), {
      assignmentId: a.id,
      month: today.slice(0, 7),
      hours: k === 2 ? 12.25 : 6.5,
    });
  }
}
