import { addDays } from '@ostoja/domain/calendar/working-days';
import { FacilityInput } from '@ostoja/domain/centres/facility';
import {
  AddCrisisContact,
  AddCrisisPlanItem,
  AddCrisisStay,
  CloseCrisisCase,
  OpenCrisisCase,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as centres from '../modules/centres/service.ts';
import * as crisis from '../modules/crisis-intervention/service.ts';

// The demo centre's crisis intervention point (art. 47 ups, seed 004: the Punkt Przeciwdziałania
// Przemocy in Jasna Street) with its hostel, and four cases of the last weeks led by the psychologist
// and a social worker: contacts, a plan, two hostel stays, one case closed. Made through the use cases
// the staff use, so the MRPiPS-03 section and the lists show them. The place is illustrative [M].

const CASES = [
  {
    daysAgo: 40,
    source: 'police',
    kind: 'violence',
    summary: 'Interwencja Policji w nocy; kobieta z dzieckiem bez bezpiecznego miejsca.',
    household: true,
    stay: [1, 30],
    closeAfter: 35,
  },
  {
    daysAgo: 21,
    source: 'hospital',
    kind: 'suicide',
    summary: 'Zgłoszenie ze szpitala po próbie samobójczej; pilna pomoc psychologiczna.',
    household: false,
    stay: null,
    closeAfter: null,
  },
  {
    daysAgo: 12,
    source: 'self',
    kind: 'bereavement',
    summary: 'Nagła śmierć małżonka; osoba sama zgłosiła się do punktu.',
    household: false,
    stay: null,
    closeAfter: null,
  },
  {
    daysAgo: 5,
    source: 'institution',
    kind: 'homelessness',
    summary: 'Eksmisja; skierowanie z Powiatowego Centrum Pomocy Rodzinie.',
    household: false,
    stay: [0, 20],
    closeAfter: null,
  },
] as const;

export async function seedCrisisIntervention(q: Queryable) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('admin', 'psycholog', 'pracownik')`,
  );
  const id = (login: string) => users.rows.find((u) => u.login === login)!.id;
  const point = await centres.addFacility(
    staffContext(q, id('admin')),
    FacilityInput.parse({
      name: 'Punkt Interwencji Kryzysowej z hostelem',
      kind: 'crisisPoint',
      address: 'ul. Jasna 3, 05-800 Pruszków',
      capacity: 6,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, open: '00:00', close: '23:59' })),
      staff: [
        { name: 'Łukasz Poradniczy', role: 'psycholog' },
        { name: 'Paulina Środowiskowa', role: 'pracownik socjalny' },
      ],
      monthlyCostGrosze: 3_600_000,
    }),
  );
  // Adults of the registry living in a household, past the first ones (the caseload's), not sealed.
  const persons = await q.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN household_membership m ON m.person_id = p.id AND m.valid_to IS NULL
      WHERE m.relation = 'applicant' AND NOT p.sealed AND p.birth_date < current_date - interval '25 years'
      ORDER BY p.sort_key DESC LIMIT ${CASES.length}`,
  );
  const today = todayInPoland();
  for (const [i, c] of CASES.entries()) {
    const lead = i % 2 === 0 ? 'psycholog' : 'pracownik';
    const ctx = staffContext(q, id(lead));
    const openedOn = addDays(today, -c.daysAgo);
    const opened = await crisis.openCase(
      ctx,
      OpenCrisisCase.parse({
        personId: persons.rows[i]!.id,
        wholeHousehold: c.household,
        openedOn,
        source: c.source,
        kind: c.kind,
        summary: c.summary,
        leadId: id(lead),
      }),
    );
    await crisis.addContact(
      ctx,
      opened.id,
      AddCrisisContact.parse({
        contactOn: openedOn,
        form: c.source === 'hospital' ? 'hospital' : 'inPerson',
        minutes: 90,
        note: 'Rozmowa interwencyjna, ocena bezpieczeństwa, ustalenie planu.',
      }),
    );
    await crisis.addContact(
      ctx,
      opened.id,
      AddCrisisContact.parse({
        contactOn: addDays(openedOn, Math.min(2, c.daysAgo)),
        form: 'phone',
        minutes: 20,
        note: 'Kontakt telefoniczny: osoba bezpieczna, umówiona na konsultację.',
      }),
    );
    await crisis.addPlanItem(
      ctx,
      opened.id,
      AddCrisisPlanItem.parse({
        goal: 'Stabilizacja emocjonalna',
        action: 'Konsultacje psychologiczne raz w tygodniu',
        who: 'Łukasz Poradniczy, psycholog',
        byWhen: addDays(openedOn, 30),
      }),
    );
    if (c.stay)
      await crisis.addStay(
        ctx,
        opened.id,
        AddCrisisStay.parse({
          facilityId: point.id,
          from: addDays(openedOn, c.stay[0]),
          to: addDays(openedOn, c.stay[1]),
        }),
      );
    if (c.closeAfter !== null)
      await crisis.closeCase(
        ctx,
        opened.id,
        CloseCrisisCase.parse({
          closedOn: addDays(openedOn, c.closeAfter),
          outcome: 'referred',
          outcomeNote: 'Skierowana do specjalistycznego poradnictwa i na grupę wsparcia.',
        }),
      );
  }
}
