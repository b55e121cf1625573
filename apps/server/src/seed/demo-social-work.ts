import { addDays } from '@ostoja/domain/calendar/working-days';
import { monthlyShare, ratesOn } from '@ostoja/domain/family-support/co-financing';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as fosterRepo from '../modules/family-support/repo.ts';
import * as fosterCare from '../modules/family-support/service.ts';
import * as assistance from '../modules/family-support/service-assistance.ts';
import * as socialWork from '../modules/social-work/service.ts';
import { monthsBack } from './demo-caseload.ts';
import { demoStaff } from './staff.ts';

// Social work without a benefit, contracts in every state, families with the assistant and the
// gmina's foster children: made through the use cases, so the caseload, the worker's tasks and
// the reports count what a worker would see on the screens.

const PLAN = {
  goal: 'Podjęcie zatrudnienia przez wnioskodawcę',
  action: 'Rejestracja w PUP, udział w warsztatach aktywizacji zawodowej',
  who: 'Wnioskodawca z pracownikiem socjalnym',
  expectedEffect: 'Umowa o pracę lub staż',
};

const NOTES = [
  ['visit', 'Wizyta w miejscu zamieszkania. Rodzina współpracuje, omówiono plan pomocy.'],
  ['call', 'Rozmowa telefoniczna z wnioskodawcą: potwierdził rejestrację w urzędzie pracy.'],
  ['institution', 'Kontakt z pedagogiem szkolnym w sprawie frekwencji syna.'],
  ['office', 'Wnioskodawczyni w ośrodku: przyniosła zaświadczenie o udziale w warsztatach.'],
] as const;

export async function seedSocialWork(q: Queryable) {
  const today = todayInPoland();
  const { id } = await demoStaff(q);
  const workers = [staffContext(q, id('pracownik')), staffContext(q, id('pracownik2'))];
  const households = await q.query<{ id: string; adult: string; children: string[] }>(
    `SELECT h.id, a.person_id AS adult,
            array_remove(array_agg(CASE WHEN c.birth_date > (now() - interval '16 years')::date
                                        THEN c.id END ORDER BY c.birth_date), NULL) AS children
       FROM household h
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
       JOIN person c ON c.id = m.person_id
      WHERE NOT EXISTS (SELECT 1 FROM household_membership s JOIN blue_card_person b ON b.person_id = s.person_id
                         WHERE s.household_id = h.id AND b.sealed)
      GROUP BY h.id, a.person_id ORDER BY h.id DESC LIMIT 16`,
  );
  for (const [i, h] of households.rows.slice(0, 12).entries()) {
    const worker = workers[i % 2]!;
    const openedOn = `${monthsBack(today, 2 + (i % 6))}-0${1 + (i % 8)}`;
    const file = await socialWork.openCaseFile(worker, {
      householdId: h.id,
      openedOn,
      openReason: 'Zgłoszenie własne rodziny; potrzeba wsparcia w rozwiązaniu trudnej sytuacji życiowej.',
      problems: i % 3 === 0 ? ['4', '1'] : i % 3 === 1 ? ['11'] : ['8', '4'],
      reviewDue: addDays(today, 20 + i * 7),
      coWorkerIds: [],
    });
    await socialWork.addPlanItem(worker, file.id, { ...PLAN, byWhen: addDays(openedOn, 90) });
    for (const [k, [kind, body]] of NOTES.slice(0, 1 + (i % 4)).entries())
      await socialWork.addNote(worker, file.id, { contactOn: addDays(openedOn, 7 * (k + 1)), kind, body });
    // Tasks on the worker's home page: some this week, one overdue.
    await socialWork.addTask(worker, file.id, {
      title: i % 4 === 0 ? 'Wizyta kontrolna' : 'Sprawdzić zaświadczenie z PUP',
      due: addDays(today, i === 2 ? -2 : i % 5),
    });
    if (i < 6) await contract(worker, file.id, h.adult, openedOn, i);
    if (i === 11)
      await socialWork.closeCaseFile(worker, file.id, {
        closedOn: today,
        closeReason: 'Cel planu osiągnięty.',
      });
  }
  // The assistants' families are the last four; the foster children come first from them, then from
  // the case-file households, so two are found whichever households the random ids put last.
  await seedFamilySupport(q, id, [...households.rows.slice(12), ...households.rows.slice(0, 12)], today);
}

/** Contracts in each state: two in force, one completed, one broken (art. 11 ust. 2), one drafted. */
async function contract(
  worker: ReturnType<typeof staffContext>,
  caseFileId: string,
  personId: string,
  openedOn: string,
  i: number,
) {
  const concludedOn = addDays(openedOn, 14);
  const k = await socialWork.addContract(worker, caseFileId, {
    part: i % 2 === 0 ? 'B' : 'A',
    personId,
    concludedOn,
    validTo: addDays(concludedOn, 180),
    goals: 'Aktywizacja zawodowa i wyjście z zadłużenia czynszowego.',
    personObligations: 'Rejestracja w PUP, udział w warsztatach, spłata zadłużenia w ratach.',
    centreObligations: 'Zasiłek celowy na bilety, konsultacje z doradcą zawodowym.',
  });
  if (i === 5) return;
  await socialWork.recordContractAction(worker, k.id, { type: 'sign', on: concludedOn });
  const end = { 2: 'complete', 3: 'break', 4: 'endEarly' }[i] as
    | 'complete'
    | 'break'
    | 'endEarly'
    | undefined;
  if (end) await socialWork.recordContractAction(worker, k.id, { type: end, on: addDays(concludedOn, 40) });
}

/** Three families with the assistant (one referred, one working, one ended) and two foster children. */
async function seedFamilySupport(
  q: Queryable,
  id: (login: string) => string,
  households: { id: string; children: string[] }[],
  today: string,
) {
  const worker = staffContext(q, id('pracownik'));
  const director = staffContext(q, id('dyrektor'));
  const assistant = staffContext(q, id('asystent'));
  for (const [i, h] of households.slice(0, 3).entries()) {
    const referredOn = `${monthsBack(today, 4 - i)}-10`;
    const a = await assistance.refer(worker, {
      householdId: h.id,
      referredOn,
      reason: 'Trudności w wypełnianiu funkcji opiekuńczo-wychowawczych.',
      basis: 'head',
      courtOrder: null,
    });
    if (i === 2) continue;
    await assistance.assign(director, a.id, id('asystent'), addDays(referredOn, 5));
    await assistance.consent(assistant, a.id, addDays(referredOn, 8));
    await assistance.addPlanItem(assistant, a.id, {
      goal: 'Regularne uczęszczanie dzieci do szkoły',
      action: 'Ustalenie planu dnia, kontakt z wychowawcą co dwa tygodnie',
      deadline: addDays(referredOn, 120),
      expectedEffect: 'Frekwencja powyżej 90%',
    });
    await assistance.addVisit(assistant, a.id, {
      visitedOn: addDays(referredOn, 12),
      kind: 'homeVisit',
      note: 'Pierwsza wizyta; rodzina otwarta na współpracę.',
    });
    if (i === 1)
      await assistance.end(assistant, a.id, {
        endedOn: addDays(referredOn, 60),
        reason: 'Osiągnięto cele planu pracy z rodziną.',
        monitoringUntil: addDays(referredOn, 150),
      });
  }
  const children = households.flatMap((h) => h.children).slice(0, 2);
  for (const [i, personId] of children.entries()) {
    const placedOn = i === 0 ? `${monthsBack(today, 30)}-15` : `${monthsBack(today, 8)}-01`;
    const child = await fosterCare.createChild(worker, {
      personId,
      placedOn,
      placementKind: i === 0 ? 'fosterFamily' : 'institution',
      placementName: i === 0 ? 'Rodzina zastępcza zawodowa (demo)' : 'Placówka opiekuńczo-wychowawcza (demo)',
      powiat: 'Powiat pruszkowski',
    });
    // The powiat's notes for the last three months; the second child's last one overcharges by 50 zł.
    const rates = await fosterRepo.rates(q);
    for (let n = 3; n >= 1; n--) {
      const month = monthsBack(today, n);
      const costGrosze = i === 0 ? 2_950_00 : 6_800_00;
      const due = monthlyShare(costGrosze, month, placedOn, null, ratesOn(rates, `${month}-01`));
      await fosterCare.addNote(worker, child.id, {
        month,
        number: `NO/${month}/${i + 1}`,
        costGrosze,
        chargedGrosze: due.shareGrosze + (i === 1 && n === 1 ? 50_00 : 0),
      });
    }
  }
}
