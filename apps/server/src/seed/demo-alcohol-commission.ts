import { addDays, addWorkingDays } from '@ostoja/domain/calendar/working-days';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../db/db.ts';
import { type StaffContext, staffContext } from '../http/context.ts';
import * as commission from '../modules/alcohol-commission/service.ts';

// The commission of the demo centre: seven members with their training, two meetings a month for
// the last quarter, and proceedings towards treatment at every stage — one of them about a man
// the commission registered itself (sealed: outside the commission nobody sees him). Made through
// the use cases, so the secretary's deadlines and pay lists are what the screens compute.

const MEMBERS = [
  ['Tadeusz Abstynencki', 'chair', 30000],
  ['Hanna Profilaktyczna', 'deputyChair', 27000],
  ['Marta Trzeźwińska', 'secretary', 27000],
  ['Jerzy Terapeutyczny', 'member', 25000],
  ['Iwona Pedagogiczna', 'member', 25000],
  ['sierż. Robert Dzielnicowy', 'member', 25000],
  ['Zofia Kuratorska', 'member', 25000],
] as const;

const NEW_PERSON = {
  pesel: makePesel('1971-03-14', 'M', 557),
  firstName: 'Ryszard',
  secondName: null,
  surname: 'Nietrzeźwy',
  birthDate: '1971-03-14',
  sex: 'M' as const,
  citizenship: 'PL',
  documentType: null,
  documentNumber: null,
  phone: null,
  email: null,
  street: 'Ołówkowa',
  building: '7',
  apartment: '3',
  postalCode: '05-800',
  city: 'Pruszków',
};

const STREETS = ['Kraszewskiego', 'Kościuszki', 'Jasna', 'Ceramiczna', 'Lipowa', 'Mazowiecka'];
const SHOP_NAMES = [
  'Delikatesy Centrum',
  'Sklep Spożywczy Ewa',
  'Żabka Kraszewskiego',
  'Bar Pod Kasztanem',
  'Restauracja Pruszkowianka',
  'Pub Ceramiczna',
  'Sklep Wielobranżowy Jasna',
  'Stacja Paliw Mazowiecka',
  'Pizzeria Lipowa',
  'Market Żbikowski',
  'Kawiarnia Helenowska',
  'Sklep Nocny Działkowa',
] as const;

/**
 * The council's resolution, the sale points, and the commission's year: last year 29 applications
 * opined (two negative) and 100 inspections, as the centre's report quotes; a few this year too.
 */
async function seedPermits(ctx: StaffContext, today: string) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  await commission.addPermitRules(ctx, {
    validFrom: '2024-01-01',
    resolution: 'Uchwała nr XII/118/2023 Rady Miasta Pruszkowa',
    limits: { on: { A: 40, B: 30, C: 30 }, off: { A: 60, B: 50, C: 50 } },
    minDistanceM: 50,
  });
  const shops: string[] = [];
  for (const [i, name] of SHOP_NAMES.entries())
    shops.push(
      (
        await commission.addShop(ctx, {
          name,
          operator: `${name.split(' ')[0]} sp. z o.o.`,
          nip: String(5340000000 + i * 7919),
          address: `ul. ${STREETS[i % STREETS.length]} ${3 + i * 2}, 05-800 Pruszków`,
        })
      ).id,
    );
  const opine = (i: number, opinionOn: string) => {
    const onPremises = /Bar|Restauracja|Pub|Pizzeria|Kawiarnia/.test(SHOP_NAMES[i % shops.length]!);
    const negative = i === 7 || i === 19;
    const appliedOn = addDays(opinionOn, -14);
    return commission.addPermitOpinion(ctx, shops[i % shops.length]!, {
      appliedOn,
      applicationNumber: `ZEZ.7340.${i + 1}.${opinionOn.slice(0, 4)}`,
      kinds: (['A', 'B', 'C'] as const).slice(0, 1 + (i % 3)),
      premises: onPremises ? 'on' : 'off',
      validFrom: addDays(opinionOn, 30),
      validTo: addDays(opinionOn, 30 + 365 * 4),
      distanceM: i === 11 ? 40 : 80 + i * 13,
      opinionOn,
      opinion: negative ? 'negative' : 'positive',
      reason: negative
        ? 'Wnioskodawca nie przedstawił zgody zarządcy budynku; punkt przy placu zabaw.'
        : i === 11
          ? 'Wyjątek z § 4 uchwały: szkoła po drugiej stronie drogi krajowej.'
          : null,
    });
  };
  for (let i = 0; i < 29; i++)
    await opine(i, `${lastYear}-${String(1 + (i % 12)).padStart(2, '0')}-${10 + (i % 15)}`);
  for (let i = 0; i < 4; i++) await opine(29 + i, addDays(today, -20 - i * 30));
  for (let k = 0; k < 100; k++) {
    const irregular = k % 9 === 0;
    await commission.addInspection(ctx, shops[k % shops.length]!, {
      on: `${lastYear}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 27)).padStart(2, '0')}`,
      inspectors: 'Hanna Profilaktyczna, sierż. Robert Dzielnicowy',
      findings: irregular
        ? 'Brak informacji o zakazie sprzedaży osobom nieletnim przy kasie.'
        : 'Informacje o szkodliwości alkoholu i zakazach sprzedaży wywieszone; zezwolenie w punkcie.',
      result: irregular ? 'irregularities' : 'compliant',
      recommendations: irregular ? 'Wywiesić informację o zakazie sprzedaży nieletnim w ciągu 7 dni.' : null,
    });
  }
  for (const [i, shop] of shops.slice(0, 6).entries())
    await commission.addSellerTraining(ctx, shop, {
      on: `${lastYear}-0${4 + i}-15`,
      topic: 'Odmowa sprzedaży alkoholu osobom nieletnim i nietrzeźwym',
      participants: 3 + i,
    });
}

/**
 * The consultation point: the demo's psychologist, lawyer and addiction consultant are its
 * specialists; last year 895 consultations of 166 persons (a third anonymous), the therapy group
 * for co-dependent persons (68 hours) and the abstainers' club. The consultations go in one
 * statement: 895 use-case calls would slow every start.
 */
async function seedPoint(q: Queryable, ctx: StaffContext, today: string) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  await q.query(
    `UPDATE counselling_specialist SET consultation_point = true
      WHERE kind IN ('psychologist', 'lawyer', 'addictionConsultant')`,
  );
  await q.query(
    `INSERT INTO counselling_consultation (specialist_id, held_on, mode, kind, duration_minutes, client_name,
       first_in_year, anonymous, recorded_by)
     SELECT s.id, make_date($1, 1 + (n % 12), 1 + (n % 28)), CASE WHEN n % 7 = 0 THEN 'phone' ELSE 'inPerson' END,
            CASE s.kind WHEN 'lawyer' THEN 'legal' WHEN 'psychologist' THEN
              CASE WHEN n % 5 = 0 THEN 'pedagogical' ELSE 'psychological' END ELSE 'addiction' END,
            50, CASE WHEN n % 3 = 0 THEN NULL ELSE 'Klient ' || (n % 166 + 1) END, n <= 166, n % 3 = 0, $2
       FROM generate_series(1, 895) n
       JOIN LATERAL (SELECT id, kind FROM counselling_specialist WHERE consultation_point
                      ORDER BY kind OFFSET (n % 3) LIMIT 1) s ON true`,
    [lastYear, ctx.actor.id],
  );
  const groups: [string, 'therapy' | 'support', 'codependent' | 'addicted', number, number, number][] = [
    ['Grupa terapeutyczna dla osób współuzależnionych', 'therapy', 'codependent', 12, 34, 120],
    ['Klub Abstynenta „Przystań”', 'support', 'addicted', 20, 24, 90],
  ];
  for (const [name, kind, audience, participants, sessions, minutes] of groups) {
    const g = await commission.addGroup(ctx, {
      name,
      kind,
      audience,
      leader: kind === 'therapy' ? 'mgr Ewa Terapeutka' : 'Stowarzyszenie Abstynenckie',
      startedOn: `${lastYear}-01-08`,
      participants,
    });
    for (let k = 0; k < sessions; k++)
      await commission.addGroupSession(ctx, g.id, {
        heldOn: addDays(`${lastYear}-01-10`, k * 10),
        minutes,
        present: participants - (k % 4),
      });
  }
}

/** The invitation to the commission's seat, to appear seven working days after the letter. */
const invitation = (addresseeName: string, on: string) => ({
  type: 'invitation' as const,
  on,
  addressee: 'person' as const,
  addresseeName,
  appointmentOn: addWorkingDays(on, 7),
  appointmentAt: '16:00',
  place: 'siedziba Komisji, ul. Kraszewskiego 14/16, pok. 5',
});

/**
 * Last year's proceedings, as the centre's report counts them: 51 conducted (11 carried over from
 * the year before, 40 new reports), 26 persons referred to the experts, 27 petitions to the court;
 * each closed within the year, so the secretary's home page holds only this year's.
 */
async function seedLastYearProceedings(ctx: StaffContext, persons: string[], lastYear: number) {
  const pad = (n: number) => String(n).padStart(2, '0');
  const DISTANT = 'Nadużywanie alkoholu, awantury domowe, zaniedbywanie obowiązków wobec rodziny.';
  for (let k = 0; k < 51 && k < persons.length; k++) {
    const carried = k < 11;
    const j = k - 11;
    const reportedOn = carried
      ? `${lastYear - 1}-11-${pad(3 + k)}`
      : `${lastYear}-${pad(1 + (j % 9))}-${pad(5 + (j % 20))}`;
    const p = await commission.openProceeding(ctx, {
      reportedOn,
      reporter:
        k % 3
          ? { kind: 'family', name: 'Członek rodziny', institution: null }
          : {
              kind: 'police',
              name: 'KPP w Pruszkowie',
              institution: 'Policja',
            },
      personId: persons[k]!,
      grounds: k % 2 ? ['familyBreakdown'] : ['publicOrder'],
      description: DISTANT,
    });
    const event = (e: Parameters<typeof commission.addEvent>[2]) => commission.addEvent(ctx, p.id, e);
    const invited = addWorkingDays(reportedOn, 3);
    await event(invitation(p.person.fullName, invited));
    // The carried-over ones were talked to in January (one was at the experts already in December).
    const talked = carried && k < 10 ? `${lastYear}-01-${pad(12 + k)}` : addWorkingDays(invited, 7);
    await event({
      type: 'interview',
      on: talked,
      withWhom: 'person',
      appeared: true,
      note: 'Rozmowa motywująca.',
    });
    let last = talked;
    if (k <= 26) {
      const referred = k === 10 ? `${lastYear - 1}-12-15` : addWorkingDays(talked, 2);
      await event({
        type: 'expertReferral',
        on: referred,
        psychiatrist: 'lek. Jan Biegły',
        psychologist: 'mgr Anna Biegła',
        examinationOn: addWorkingDays(referred, 5),
      });
      const petition = k === 10 ? `${lastYear}-01-12` : addWorkingDays(referred, 10);
      await event({ type: 'courtPetition', on: petition, court: 'Sąd Rejonowy w Pruszkowie' });
      const ordered = addWorkingDays(petition, 20);
      const obligated = k % 5 !== 0;
      await event({
        type: 'courtOrder',
        on: ordered,
        signature: `III RNs ${100 + k}/${lastYear}`,
        obligated,
        facility: obligated ? 'Poradnia Leczenia Uzależnień w Pruszkowie' : null,
      });
      last = ordered;
      if (obligated) {
        last = addWorkingDays(ordered, 10);
        await event({
          type: 'facilityReport',
          on: last,
          facility: 'Poradnia Leczenia Uzależnień',
          attendance: 'attends',
        });
      }
    }
    await event({
      type: 'close',
      on: addWorkingDays(last, 5),
      reason: k <= 26 ? (k % 5 ? 'treatmentCompleted' : 'courtDismissed') : 'voluntaryTreatment',
    });
  }
}

export async function seedAlcoholCommission(q: Queryable) {
  const today = todayInPoland();
  const secretary = await q.query<{ id: string }>(`SELECT id FROM staff_user WHERE login = 'komisja'`);
  if (!secretary.rows[0]) return;
  const ctx = staffContext(q, secretary.rows[0].id);
  const ids: string[] = [];
  for (const [i, [fullName, fn, pay]] of MEMBERS.entries()) {
    const m = await commission.addMember(ctx, {
      fullName,
      function: fn,
      appointment: 'Zarządzenie Prezydenta Miasta nr 12/2024',
      termFrom: '2024-02-01',
      termTo: '2028-01-31',
      payPerMeeting: pay,
    });
    await commission.addTraining(ctx, m.id, {
      on: `2024-0${3 + (i % 6)}-1${i}`,
      title: i % 2 ? 'Procedura zobowiązania do leczenia odwykowego' : 'Rozmowa motywująca w pracy komisji',
      hours: 16,
    });
    ids.push(m.id);
  }
  await seedPermits(ctx, today);
  await seedPoint(q, ctx, today);
  for (let k = 12; k >= 1; k--) {
    const heldOn = addDays(today, -7 * k);
    await commission.addMeeting(ctx, {
      heldOn,
      agenda: 'Rozpatrzenie zgłoszeń; rozmowy z wezwanymi; opinie w sprawie zezwoleń',
      presentMemberIds: ids.filter((_id, i) => (i + k) % 4 !== 0),
      deciding: true,
      minutes:
        'Komisja rozpatrzyła zgłoszenia, przeprowadziła rozmowy z osobami wezwanymi i podjęła uchwały.',
      resolutions: 'Uchwała w sprawie skierowania wniosków do sądu.',
    });
  }
  // Adults of the registry, none in the Niebieska Karta compartment.
  const adults = await q.query<{ id: string; fullName: string }>(
    `SELECT p.id, concat_ws(' ', p.first_name, p.surname) AS "fullName" FROM person p
      WHERE p.sex = 'M' AND p.birth_date < (now() - interval '25 years')::date AND NOT p.sealed
        AND NOT EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = p.id)
      ORDER BY p.id LIMIT 5`,
  );
  // Other adults, men and women, for last year's proceedings.
  const others = await q.query<{ id: string }>(
    `SELECT p.id FROM person p
      WHERE p.birth_date < (now() - interval '25 years')::date AND NOT p.sealed AND NOT (p.id = ANY($1::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM blue_card_person b WHERE b.person_id = p.id)
      ORDER BY p.id DESC LIMIT 51`,
    [adults.rows.map((p) => p.id)],
  );
  await seedLastYearProceedings(
    ctx,
    others.rows.map((p) => p.id),
    Number(today.slice(0, 4)) - 1,
  );
  const reporters = [
    ['police', 'KPP w Pruszkowie', 'Policja'],
    ['family', 'Żona zgłaszającego', null],
    ['socialWorker', 'Paulina Środowiskowa', 'MOPS w Pruszkowie'],
    ['blueCardTeam', 'Zespół interdyscyplinarny', 'MOPS w Pruszkowie'],
    ['police', 'KPP w Pruszkowie', 'Policja'],
    ['family', 'Matka', null],
  ] as const;
  for (const [i, [kind, name, institution]] of reporters.entries()) {
    const reportedOn = addWorkingDays(today, -(8 + i * 12));
    const p = await commission.openProceeding(ctx, {
      reportedOn,
      reporter: { kind, name, institution },
      ...(i === 5 ? { person: NEW_PERSON } : { personId: adults.rows[i % adults.rows.length]!.id }),
      grounds: i % 2 ? ['familyBreakdown', 'familyNeglect'] : ['publicOrder'],
      description: 'Nadużywanie alkoholu, awantury domowe, zaniedbywanie obowiązków wobec rodziny.',
    });
    if (i === 0) continue; // waits for its invitation
    const invited = addWorkingDays(reportedOn, 3);
    await commission.addEvent(ctx, p.id, invitation(p.person.fullName, invited));
    if (i === 1) continue; // waits for the interview
    const talked = addWorkingDays(invited, 7);
    await commission.addEvent(ctx, p.id, {
      type: 'interview',
      on: talked,
      withWhom: 'person',
      appeared: i !== 3,
      note: 'Rozmowa motywująca; osoba nie deklaruje podjęcia leczenia.',
    });
    if (i === 2) continue; // the commission decides
    const referred = addWorkingDays(talked, 2);
    await commission.addEvent(ctx, p.id, {
      type: 'expertReferral',
      on: referred,
      psychiatrist: 'lek. Jan Biegły',
      psychologist: 'mgr Anna Biegła',
      examinationOn: addWorkingDays(referred, 5),
    });
    if (i === 5) continue; // at the experts
    for (const expert of ['psychiatrist', 'psychologist'] as const)
      await commission.addEvent(ctx, p.id, {
        type: 'expertOpinion',
        on: addWorkingDays(referred, 8),
        expert,
        dependent: true,
      });
    if (i === 3) continue; // the petition is due
    await commission.addEvent(ctx, p.id, {
      type: 'courtPetition',
      on: addWorkingDays(referred, 10),
      court: 'Sąd Rejonowy w Pruszkowie, III Wydział Rodzinny i Nieletnich',
    });
  }
}
