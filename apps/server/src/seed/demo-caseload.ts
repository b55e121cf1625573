import { addDays, isWorkingDay } from '@ostoja/domain/calendar/working-days';
import { makeIban } from '@ostoja/domain/payments/iban';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { approveDecision } from '../modules/applications/approval.ts';
import * as applications from '../modules/applications/service.ts';
import { rng } from './names.ts';
import { decisionStaff } from './staff.ts';

// Applications at every stage, and granted decisions whose schedules make this month's payment
// run, so that a clerk can run the whole month on the demo data.

/** The demo's clothing allowance: a winter jacket, boots and two pairs of gloves, 500,00 zł. */
const CLOTHING = [
  { name: 'Kurtka zimowa', quantity: 1, unitGrosze: 25000 },
  { name: 'Buty zimowe', quantity: 1, unitGrosze: 20000 },
  { name: 'Rękawiczki', quantity: 2, unitGrosze: 2500 },
];
export const firstWorkingDay = (month: string) => {
  let d = `${month}-01`;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
};
export const monthsBack = (today: string, n: number) => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
export const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export async function seedCaseload(q: Queryable) {
  const r = rng(77);
  const today = todayInPoland();
  const { worker, clerk, director } = await decisionStaff(q);
  const households = await q.query<{ id: string; applicant: string; birth: string; members: string[] }>(
    `SELECT h.id, a.person_id AS applicant, p.birth_date::text AS birth,
            array_agg(m.person_id ORDER BY m.relation <> 'applicant') AS members
       FROM household h
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN person p ON p.id = a.person_id
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id, a.person_id, p.birth_date ORDER BY h.id LIMIT 30`,
  );
  let clothingGranted = false;
  for (const [i, h] of households.rows.entries()) {
    const month = monthsBack(today, i < 24 ? 1 + (i % 3) : 0);
    const submittedOn = i < 24 ? firstWorkingDay(month) : today;
    const elderly = Number(today.slice(0, 4)) - Number(h.birth.slice(0, 4)) >= 65;
    const benefit = elderly ? 'zasilekStaly' : i % 5 === 4 ? 'zasilekCelowy' : 'zasilekOkresowy';
    // The first zasiłek celowy decided and signed is for clothing (art. 48 ups), its items adding up to its 500,00 zł.
    const clothing = benefit === 'zasilekCelowy' && i < 18 && !clothingGranted;
    if (clothing) clothingGranted = true;
    const app = await applications.createApplication(worker, {
      householdId: h.id,
      applicantId: h.applicant,
      channel: i % 3 === 0 ? 'post' : 'inPerson',
      submittedOn,
      benefits: [benefit],
      helpReasons: elderly ? ['5', '1'] : ['4', '1'],
      urgent: i % 7 === 0,
      description: null,
    });
    if (i >= 24) continue; // this month's applications wait for their home visit
    const reference = monthsBack(submittedOn, 1);
    await applications.recordWywiad(worker, app.id, {
      visitedOn: addDays(submittedOn, 3),
      incomeLost: false,
      conclusions: 'Rodzina w trudnej sytuacji materialnej; dochód nie przekracza kryterium.',
      housing: 'Mieszkanie komunalne, dwa pokoje.',
      farmHectares: 0,
      members: h.members.map((personId, k) => ({
        personId,
        alimonyPaid: 0,
        sources:
          k === 0
            ? [
                {
                  kind: elderly ? 'pension' : 'employment',
                  month: reference,
                  gross: 40000 + r.int(0, 30) * 1000,
                  tax: 0,
                  contributions: 0,
                },
              ]
            : [],
      })),
    });
    if (i >= 21) continue; // three proposals to prepare
    const to = lastDayOf(monthsBack(today, -3));
    await applications.propose(worker, app.id, {
      benefit,
      unableToWork: elderly,
      amount: benefit === 'zasilekCelowy' ? 50000 : undefined,
      periodFrom: submittedOn,
      periodTo: benefit === 'zasilekCelowy' ? submittedOn : to,
      purpose:
        benefit === 'zasilekCelowy'
          ? clothing
            ? 'zakup odzieży i obuwia zimowego'
            : 'zakup opału na zimę'
          : null,
      justification:
        'Dochód rodziny nie przekracza kryterium dochodowego; pomoc niezbędna do zaspokojenia potrzeb bytowych.',
    });
    if (i >= 19) continue; // two decisions to draft
    const transfer = i % 2 === 0;
    await applications.issueDecision(clerk, app.id, {
      outcome: 'grant',
      decidedOn: addDays(submittedOn, 10),
      paymentMethod: transfer ? 'transfer' : 'cashDesk',
      iban: transfer
        ? makeIban('PL', `10901014${String(1_000_000_000_000 + i * 7919).padStart(16, '0')}`)
        : null,
      refusalReason: null,
      ...(benefit !== 'zasilekCelowy'
        ? {}
        : clothing
          ? { purpose: 'clothing', items: CLOTHING }
          : { purpose: 'fuel' }),
    });
    if (i >= 18) continue; // one draft for the director to approve
    await approveDecision(director, app.id, {});
  }
}
