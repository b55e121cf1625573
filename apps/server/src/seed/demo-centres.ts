import { addDays, isPublicHoliday } from '@ostoja/domain/calendar/working-days';
import { FacilityInput } from '@ostoja/domain/centres/facility';
import { FeeTableInput } from '@ostoja/domain/services/fee-table';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as centres from '../modules/centres/service.ts';
import * as services from '../modules/services/service.ts';

// The demo centre's places of seed 002 (Pruszków): the Dzienny Dom Pomocy Społecznej with its fee,
// the Świetlica Socjoterapeutyczna (14:00–18:00, seed 003) and Klub Senior+, with persons of the
// registry enrolled through the use cases the staff use, and two months of attendance.

/** The council's resolution on fees in support centres; the amounts are illustrative [M]. */
export const DEMO_CENTRE_TABLE = FeeTableInput.parse({
  kind: 'supportCentreResolution',
  number: 'XV/180/2025',
  adoptedOn: '2025-06-26',
  validFrom: '2025-07-01',
  title: 'Uchwała Rady Miasta w sprawie zasad odpłatności za pobyt w ośrodkach wsparcia (demo)',
  hourlyCosts: [{ serviceKind: 'dayCareHome', costGrosze: 4_250 }],
  bands: [
    { overPct: 100, upToPct: 150, singlePct: 10, familyPct: 5 },
    { overPct: 150, upToPct: 250, singlePct: 30, familyPct: 20 },
    { overPct: 250, upToPct: null, singlePct: 50, familyPct: 40 },
  ],
});

const weekdays = (open: string, close: string) => [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));

const PLACES = [
  {
    name: 'Dzienny Dom Pomocy Społecznej',
    kind: 'dayCareHome',
    address: 'ul. Kościuszki 34, 05-800 Pruszków',
    capacity: 30,
    openingHours: weekdays('08:00', '16:00'),
    staff: [
      { name: 'Elżbieta Kierownicza', role: 'kierownik' },
      { name: 'Marta Terapeutyczna', role: 'terapeuta zajęciowy' },
      { name: 'Jolanta Opiekuńcza', role: 'opiekun' },
    ],
    monthlyCostGrosze: 5_400_000,
    charged: true,
  },
  {
    name: 'Świetlica Socjoterapeutyczna',
    kind: 'dayRoom',
    address: 'ul. Kraszewskiego 12, 05-800 Pruszków',
    capacity: 15,
    openingHours: weekdays('14:00', '18:00'),
    staff: [
      { name: 'Kamil Świetlicowy', role: 'wychowawca' },
      { name: 'Łukasz Poradniczy', role: 'psycholog' },
    ],
    monthlyCostGrosze: 950_000,
    charged: false,
  },
  {
    name: 'Klub Senior+',
    kind: 'seniorClub',
    address: 'ul. Ołówkowa 1, 05-800 Pruszków',
    // 12 seniors for 10 places: the last two wait.
    capacity: 10,
    openingHours: weekdays('10:00', '14:00'),
    staff: [{ name: 'Halina Klubowa', role: 'animator' }],
    monthlyCostGrosze: 1_200_000,
    charged: false,
  },
] as const;

export async function seedCentres(q: Queryable) {
  const users = await q.query<{ id: string; login: string }>(
    `SELECT id, login FROM staff_user WHERE login IN ('admin', 'kadra')`,
  );
  const ctx = (login: string) => staffContext(q, users.rows.find((u) => u.login === login)!.id);
  await services.addTable(ctx('admin'), DEMO_CENTRE_TABLE);
  const ids: string[] = [];
  for (const p of PLACES) ids.push((await centres.addFacility(ctx('admin'), FacilityInput.parse(p))).id);
  const [ddps, dayRoom, club] = ids as [string, string, string];

  const today = todayInPoland();
  const start = addDays(today, -70);
  // Children of school age and persons over 65, not the first households (the caseload's).
  const children = await q.query<{ id: string }>(
    `SELECT p.id FROM person p JOIN household_membership m ON m.person_id = p.id AND m.valid_to IS NULL
      WHERE m.relation = 'child' AND p.birth_date BETWEEN $1::date - interval '16 years' AND $1::date - interval '7 years'
      ORDER BY p.sort_key LIMIT 12`,
    [today],
  );
  const seniors = await q.query<{ id: string }>(
    `SELECT p.id FROM person p WHERE p.birth_date < $1::date - interval '65 years' ORDER BY p.sort_key LIMIT 24`,
    [today],
  );
  const enrol = (facility: string, personId: string, i: number, extra: object) =>
    centres.enrol(ctx('kadra'), facility, {
      personId,
      requestedOn: addDays(start, i),
      referrerName: null,
      guardianName: null,
      fee: null,
      ...extra,
    } as never);
  const referrers = [
    ['socialWorker', 'Paulina Środowiskowa, MOPS'],
    ['psychologist', 'Łukasz Poradniczy, MOPS'],
    ['school', 'Pedagog szkolny, Szkoła Podstawowa nr 3'],
  ] as const;
  // 12 children for 15 places: the day room has room for the next referral.
  for (const [i, c] of children.rows.entries()) {
    const [referredBy, referrerName] = referrers[i % 3]!;
    await enrol(dayRoom, c.id, Math.floor(i / 3), {
      referredBy,
      referrerName,
      consentBy: 'parent',
      guardianName: 'Rodzic (opiekun prawny)',
    });
  }
  for (const [i, s] of seniors.rows.entries()) {
    const charged = i < 12;
    await enrol(charged ? ddps : club, s.id, Math.floor(i / 4), {
      referredBy: charged ? 'socialWorker' : 'self',
      referrerName: charged ? 'Piotr Terenowy, MOPS' : null,
      consentBy: 'person',
      fee: charged ? { incomeGrosze: 95_000 + i * 22_000, householdSize: 1 } : null,
    });
  }
  // Consents come back within a week of the request.
  await q.query(
    `UPDATE enrolment SET consent_signed_on = requested_on + 3 WHERE enrolled_on IS NOT NULL AND facility_id = ANY($1::uuid[])`,
    [ids],
  );
  // Attendance of every open day since then, in one statement (the seed runs in every test
  // database): about four days in five present, fixed by the enrolment and the day.
  await q.query(
    `INSERT INTO attendance (enrolment_id, day, present, recorded_by)
     SELECT e.id, d::date, abs(hashtext(e.id::text || d::text)) % 5 <> 0, $3
       FROM enrolment e JOIN facility f ON f.id = e.facility_id
       CROSS JOIN generate_series(e.consent_signed_on, $2::date - 1, interval '1 day') d
      WHERE f.id = ANY($1::uuid[]) AND e.enrolled_on IS NOT NULL
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(f.opening_hours) h
                     WHERE (h->>'day')::int = extract(isodow FROM d)::int)`,
    [ids, today, users.rows.find((u) => u.login === 'kadra')!.id],
  );
  // Public holidays are closed days: no marks on them.
  const holidays: string[] = [];
  for (let d = start; d < today; d = addDays(d, 1)) if (isPublicHoliday(d)) holidays.push(d);
  if (holidays.length) await q.query('DELETE FROM attendance WHERE day = ANY($1::date[])', [holidays]);
  const members = await q.query<{ id: string }>(
    'SELECT id FROM enrolment WHERE facility_id = $1 AND enrolled_on IS NOT NULL ORDER BY queued_at LIMIT 6',
    [club],
  );
  for (const [i, title] of [
    'Zajęcia komputerowe: bezpieczeństwo w sieci',
    'Gimnastyka dla seniorów',
  ].entries())
    await centres.addActivity(ctx('kadra'), club, {
      title,
      heldOn: addDays(today, -2 - i * 7),
      startsAt: '10:30',
      endsAt: '12:00',
      leader: 'Halina Klubowa',
      participants: members.rows.slice(i, i + 5).map((m) => m.id),
    });
  await centres.addActivity(ctx('kadra'), ddps, {
    title: 'Terapia zajęciowa: ceramika',
    heldOn: addDays(today, -3),
    startsAt: '10:00',
    endsAt: '12:00',
    leader: 'Marta Terapeutyczna',
    participants: [],
  });
}
