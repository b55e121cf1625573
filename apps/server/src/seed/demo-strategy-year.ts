import { OTHER_ACT_BENEFITS } from '@ostoja/domain/benefits/benefit-kinds';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { staffContext } from '../http/context.ts';
import * as commission from '../modules/alcohol-commission/service.ts';
import * as services from '../modules/services/service.ts';
import * as volunteers from '../modules/volunteers/service.ts';
import { applicationWithVisit } from './demo-services.ts';

// The strategy report's current year on the demo centre: what the other demo seeds leave at zero
// for it — families from Ukraine among those paid, the consultation point's and the commission's
// work this year, a volunteer's agreement, specialised care for a person with mental disorders.
// Made through the modules' use cases (the consultations in one statement, as the point's last
// year), so the report's figures are the ones the modules' screens show. Every day falls within
// the current year and not after today.

/** `back` days before today, but not before 2 January of this year. */
const inYear = (today: string, back: number) => {
  const d = addDays(today, -back);
  const start = `${today.slice(0, 4)}-01-02`;
  return d < start ? (today < start ? today : start) : d;
};

const login = async (q: Queryable, name: string) =>
  staffContext(
    q,
    (await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [name])).rows[0]!.id,
  );

/** A family paid social assistance this year, and one paid family benefits, are citizens of Ukraine with the UKR status. */
async function ukrainianFamilies(q: Queryable, today: string) {
  const other = OTHER_ACT_BENEFITS as readonly string[];
  const paid = await q.query<{ personId: string; assistance: boolean }>(
    `SELECT DISTINCT ON (NOT (benefit = ANY($2::text[]))) person_id AS "personId",
            NOT (benefit = ANY($2::text[])) AS assistance
       FROM report_expense WHERE on_date >= date_trunc('year', $1::date) AND amount > 0
        AND (benefit = 'zasilekRodzinny' OR NOT (benefit = ANY($2::text[])))
        -- Not of field team 1, whose households the tests apply for every benefit with (a citizen of
        -- Ukraine gets only some forms of help, art. 29 of the act of 12.03.2022).
        AND person_id NOT IN (SELECT m.person_id FROM household_membership m JOIN household h ON h.id = m.household_id
                                JOIN org_unit f ON f.id = h.field_team_id WHERE f.name LIKE '%nr 1%')
      ORDER BY NOT (benefit = ANY($2::text[])), on_date, person_id`,
    [today, other],
  );
  const ids = paid.rows.map((r) => r.personId);
  await q.query(`UPDATE person SET citizenship = 'UA' WHERE id = ANY($1::uuid[])`, [ids]);
  // Both came in March 2022 and hold a PESEL with the UKR status (act of 12.03.2022, art. 4).
  await q.query(
    `WITH s AS (UPDATE person SET ukr_status = 'ukr', ukr_since = '2022-03-15' WHERE id = ANY($1::uuid[]) RETURNING id)
     INSERT INTO person_ukr_status_change (person_id, status, since, changed_at)
     SELECT id, 'ukr', '2022-03-15', '2022-03-16 10:00+01' FROM s`,
    [ids],
  );
}

/** The consultation point this year: 48 consultations of 30 persons, sessions of both groups, inspections. */
async function commissionYear(q: Queryable, today: string) {
  const ctx = await login(q, 'komisja');
  await q.query(
    `INSERT INTO counselling_consultation (specialist_id, held_on, mode, kind, duration_minutes, client_name,
       first_in_year, anonymous, recorded_by)
     SELECT s.id, LEAST($1::date, date_trunc('year', $1::date)::date + (n * ($1::date - date_trunc('year', $1::date)::date)) / 48),
            CASE WHEN n % 6 = 0 THEN 'phone' ELSE 'inPerson' END,
            CASE s.kind WHEN 'lawyer' THEN 'legal' WHEN 'psychologist' THEN 'psychological' ELSE 'addiction' END,
            50, CASE WHEN n % 4 = 0 THEN NULL ELSE 'Klient ' || (n % 30 + 1) END, n <= 30, n % 4 = 0, $2
       FROM generate_series(1, 48) n
       JOIN LATERAL (SELECT id, kind FROM counselling_specialist WHERE consultation_point
                      ORDER BY kind OFFSET (n % 3) LIMIT 1) s ON true`,
    [today, ctx.actor.id],
  );
  const groups = await commission.groupsOfYear(ctx, Number(today.slice(0, 4)));
  for (const g of groups.items)
    for (let k = 0; k < 4; k++)
      await commission.addGroupSession(ctx, g.id, {
        heldOn: inYear(today, 7 + k * 21),
        minutes: g.kind === 'therapy' ? 120 : 90,
        present: Math.max(1, g.participants - k),
        topic: null,
      });
  const shops = await q.query<{ id: string }>('SELECT id FROM alcohol_shop ORDER BY name LIMIT 5');
  for (const [k, shop] of shops.rows.entries()) {
    await commission.addInspection(ctx, shop.id, {
      on: inYear(today, 10 + k * 15),
      inspectors: 'Hanna Profilaktyczna, sierż. Robert Dzielnicowy',
      findings: 'Informacje o zakazach sprzedaży wywieszone; zezwolenie w punkcie.',
      result: 'compliant',
      recommendations: null,
    });
    if (k < 2)
      await commission.addSellerTraining(ctx, shop.id, {
        on: inYear(today, 12 + k * 15),
        topic: 'Odmowa sprzedaży alkoholu osobom nieletnim i nietrzeźwym',
        participants: 4,
      });
  }
}

/** A volunteer who signed up on the portal, accepted by the coordinator, with this year's agreement. */
async function volunteerAgreement(q: Queryable, today: string) {
  const ctx = await login(q, 'wolontariat');
  await volunteers.signUp(ctx, {
    firstName: 'Weronika',
    surname: 'Życzliwa',
    phone: '600 700 800',
    email: null,
    adult: true,
    availability: { weekdays: [2, 4], times: ['afternoon'], note: null },
    skills: ['shopping', 'companionship'],
    about: 'Studentka pedagogiki.',
    consent: true,
  });
  const v = (
    await q.query<{ id: string; version: number }>(
      `SELECT id, version FROM volunteer WHERE surname = 'Życzliwa' ORDER BY created_at DESC LIMIT 1`,
    )
  ).rows[0]!;
  await volunteers.review(ctx, v.id, 'accept', null, v.version);
  const on = inYear(today, 30);
  await volunteers.conclude(ctx, v.id, {
    concludedOn: on,
    validFrom: on,
    validTo: null,
    scope: 'Pomoc seniorom Klubu Senior+ w zakupach i spacerach.',
    place: 'Klub Senior+, Pruszków',
    hours: 'wtorki i czwartki po południu',
    address: 'ul. Lipowa 3, 05-800 Pruszków',
    travelCosts: false,
    noticeDays: 7,
    signedForCentre: 'Dorota Dyrektorska',
    extraTerms: null,
  });
}

/** Specialised care services for a person with mental disorders (the 2005 regulation's fees), from today. */
async function mentalDisorderCare(q: Queryable, today: string) {
  const household = (
    await q.query<{ id: string; members: string[] }>(
      `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
         FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
        GROUP BY h.id ORDER BY h.id OFFSET 53 LIMIT 1`,
    )
  ).rows[0];
  if (!household) return;
  const pay = household.members.map((_, i) => (i === 0 ? 120_000 : 0));
  const applicationId = await applicationWithVisit(await login(q, 'pracownik'), household, pay, today);
  await services.decideCareService(await login(q, 'swiadczenia'), {
    applicationId,
    personId: household.members[0]!,
    serviceKind: 'mentalDisorderCareService',
    tasks: ['rehabilitation', 'socialSkills'],
    hoursPerDay: 1,
    daysPerWeek: 3,
    periodFrom: today,
    periodTo: `${today.slice(0, 4)}-12-31`,
    provider: 'contracted',
    providerName: 'Stowarzyszenie Opiekuńcze „Razem” (demo)',
    exemption: null,
    decidedOn: today,
  });
}

/** `withCaseload`: the demo's payments and households exist (not in tests that leave them out). */
export async function seedStrategyYear(q: Queryable, withCaseload: boolean) {
  const today = todayInPoland();
  if (withCaseload) {
    await ukrainianFamilies(q, today);
    await mentalDisorderCare(q, today);
  }
  await commissionYear(q, today);
  await volunteerAgreement(q, today);
}
