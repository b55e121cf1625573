import { createHash } from 'node:crypto';
import type { Role } from '@ostoja/domain/identity/roles';
import { streetKey } from '@ostoja/domain/org/address';
import type { Relation } from '@ostoja/domain/registry/household';
import { makePesel, type Sex } from '@ostoja/domain/shared/pesel';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { Db, Queryable } from '../db/db.ts';
import { seedInterdisciplinaryTeam } from '../modules/blue-card/seed.ts';
import * as identityRepo from '../modules/identity/repo.ts';
import { hashPassword } from '../modules/identity/service.ts';
import * as orgRepo from '../modules/org/repo.ts';
import { seedResidentPortal } from '../modules/portal/seed.ts';
import * as registryRepo from '../modules/registry/repo.ts';
import { toRow } from '../modules/registry/service.ts';
import { seedReportingDemo } from '../modules/reporting/seed.ts';
import { volunteerAgreementPdf } from '../modules/volunteers/agreement-pdf.ts';
import { seedAlcoholCommission } from './demo-alcohol-commission.ts';
import { seedAlimonyDebtors } from './demo-alimony-debtors.ts';
import { seedAlimonyFund } from './demo-alimony-fund.ts';
import { seedCaseload } from './demo-caseload.ts';
import { seedCentres } from './demo-centres.ts';
import { seedCrisisIntervention } from './demo-crisis-intervention.ts';
import { seedDpsDemo } from './demo-dps.ts';
import { seedFamilyBenefits } from './demo-family-benefits.ts';
import { seedFuneralsDemo } from './demo-funerals.ts';
import { seedHistory } from './demo-history.ts';
import { seedHousingAllowances } from './demo-housing-allowances.ts';
import { seedLargeFamilyCards } from './demo-large-family-cards.ts';
import { seedMealsDemo } from './demo-meals.ts';
import { seedPrograms } from './demo-programs.ts';
import { seedServicesDemo } from './demo-services.ts';
import { seedSocialWork } from './demo-social-work.ts';
import { seedStrategyYear } from './demo-strategy-year.ts';
import { seedTelecareDemo } from './demo-telecare.ts';
import { FEMALE_FIRST, MALE_FIRST, rng, SURNAMES } from './names.ts';

export const DEMO_PASSWORD = 'Ostoja-demo-2026';

/** Job titles are printed under signatures; who holds an upoważnienie may sign decisions. */
export const DEMO_ACCOUNTS: {
  login: string;
  fullName: string;
  role: Role;
  unit: string;
  jobTitle: string;
  authorisationNumber?: string;
}[] = [
  {
    login: 'admin',
    fullName: 'Adam Administracki',
    role: 'administrator',
    unit: 'centre',
    jobTitle: 'Informatyk',
  },
  {
    login: 'dyrektor',
    fullName: 'Dorota Dyrektorska',
    role: 'director',
    unit: 'centre',
    jobTitle: 'Dyrektor Miejskiego Ośrodka Pomocy Społecznej',
    authorisationNumber: 'OR.077.1.2026',
  },
  {
    login: 'pracownik',
    fullName: 'Paulina Środowiskowa',
    role: 'socialWorker',
    unit: 'team1',
    jobTitle: 'Starszy pracownik socjalny',
  },
  {
    login: 'pracownik2',
    fullName: 'Piotr Terenowy',
    role: 'socialWorker',
    unit: 'team2',
    jobTitle: 'Pracownik socjalny',
  },
  {
    login: 'swiadczenia',
    fullName: 'Beata Świadczeniowa',
    role: 'benefitsClerk',
    unit: 'benefits',
    jobTitle: 'Kierownik Sekcji Świadczeń',
    authorisationNumber: 'OR.077.2.2026',
  },
  {
    login: 'asystent',
    fullName: 'Agata Rodzinna',
    role: 'familyAssistant',
    unit: 'fieldWork',
    jobTitle: 'Asystent rodziny',
  },
  {
    login: 'psycholog',
    fullName: 'Łukasz Poradniczy',
    role: 'specialist',
    unit: 'fieldWork',
    jobTitle: 'Psycholog',
  },
  {
    login: 'niebieska',
    fullName: 'Natalia Zespołowa',
    role: 'blueCardTeamMember',
    unit: 'fieldWork',
    jobTitle: 'Specjalista pracy socjalnej',
  },
  {
    login: 'kadra',
    fullName: 'Kamil Świetlicowy',
    role: 'centreStaff',
    unit: 'centre',
    jobTitle: 'Wychowawca świetlicy',
  },
  {
    login: 'wolontariat',
    fullName: 'Weronika Pomocna',
    role: 'volunteerCoordinator',
    unit: 'centre',
    jobTitle: 'Koordynator wolontariatu',
  },
  {
    login: 'audytor',
    fullName: 'Aleksander Kontrolny',
    role: 'auditor',
    unit: 'centre',
    jobTitle: 'Audytor wewnętrzny',
  },
  {
    login: 'komisja',
    fullName: 'Marta Trzeźwińska',
    role: 'alcoholCommission',
    unit: 'centre',
    jobTitle: 'Sekretarz Miejskiej Komisji Rozwiązywania Problemów Alkoholowych',
  },
  {
    login: 'opiekunka',
    fullName: 'Olga Opiekuńcza',
    role: 'carer',
    unit: 'fieldWork',
    jobTitle: 'Opiekunka środowiskowa',
  },
];

const WEEKDAYS_8_16 = [2, 3, 4, 5].map((day) => ({ day, open: '08:00', close: '16:00' }));
const MAIN_OFFICE_HOURS = [{ day: 1, open: '10:00', close: '18:00' }, ...WEEKDAYS_8_16];

const CITY = 'Pruszków';
/** [street, team, numberFrom, numberTo, parity] — Warszawska is split odd/even between two teams. */
const STREETS: [string, 'team1' | 'team2' | 'team3', number | null, number | null, 'all' | 'odd' | 'even'][] =
  [
    ['Helenowska', 'team1', null, null, 'all'],
    ['Kraszewskiego', 'team1', null, null, 'all'],
    ['Kościuszki', 'team1', null, null, 'all'],
    ['Bolesława Prusa', 'team1', null, null, 'all'],
    ['Działkowa', 'team1', null, null, 'all'],
    ['Żbikowska', 'team2', null, null, 'all'],
    ['Jasna', 'team2', null, null, 'all'],
    ['Ołówkowa', 'team2', null, null, 'all'],
    ['Warszawska', 'team2', 1, 199, 'odd'],
    ['Warszawska', 'team3', 2, 200, 'even'],
    ['Lipowa', 'team3', null, null, 'all'],
    ['Ceramiczna', 'team3', null, null, 'all'],
    ['Mazowiecka', 'team3', null, null, 'all'],
    ['Księcia Józefa', 'team3', null, null, 'all'],
  ];

/** Seeds the demo centre once: a second start finds the staff accounts and does nothing. */
/**
 * `caseload: false` leaves out the demo applications, decisions and paid history (tests that count
 * payments); `socialWork: false` the case files, contracts and family support (tests that count those).
 */
export async function seedDemo(
  db: Db,
  opts: { caseload?: boolean; socialWork?: boolean } = {},
): Promise<boolean> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return db.tx(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock(7417002)');
    const existing = await q.query('SELECT 1 FROM staff_user LIMIT 1');
    if (existing.rowCount > 0) return false;
    const units = await seedOrg(q);
    for (const a of DEMO_ACCOUNTS) {
      const id = await identityRepo.insertUser(q, {
        login: a.login,
        passwordHash: hash,
        fullName: a.fullName,
        email: `${a.login}@ostoja.example`,
        orgUnitId: units[a.unit] ?? null,
        isActive: true,
        sortKey: polishSortKey(a.fullName),
        jobTitle: a.jobTitle,
        authorisationNumber: a.authorisationNumber ?? null,
      });
      await identityRepo.setRoles(q, id, [a.role]);
    }
    await seedRegistry(q, units);
    await seedResidentPortal(q, units, await volunteerAgreementPdf(null));
    await q.query(
      `INSERT INTO audit_log (action, entity, details) VALUES ('seed', 'demo', '{"households":80}')`,
    );
    await seedInterdisciplinaryTeam(q);
    if (opts.caseload !== false) {
      // The past year first, then the open caseload: its recent decisions came after the past
      // runs, so this month's run pays their months as arrears, as a clerk would meet them.
      // The alimony fund's grants of past months come before the runs, which pay them.
      await seedHistory(q, () => seedAlimonyFund(q));
      await seedCaseload(q);
      if (opts.socialWork !== false) await seedSocialWork(q);
      await seedFamilyBenefits(q);
      await seedAlimonyDebtors(q);
      await seedHousingAllowances(q);
      await seedLargeFamilyCards(q);
    }
    await seedReportingDemo(q);
    await seedServicesDemo(q, opts.caseload !== false);
    await seedTelecareDemo(q, opts.caseload !== false);
    if (opts.caseload !== false) await seedMealsDemo(q);
    await seedDpsDemo(q, opts.caseload !== false);
    await seedAlcoholCommission(q);
    await seedCentres(q);
    if (opts.caseload !== false) await seedCrisisIntervention(q);
    await seedPrograms(q);
    await seedFuneralsDemo(q);
    await seedStrategyYear(q, opts.caseload !== false);
    return true;
  });
}

async function seedOrg(q: Queryable): Promise<Record<string, string>> {
  const unit = (
    kind: 'centre' | 'section' | 'fieldTeam' | 'office',
    name: string,
    more: Record<string, unknown> = {},
  ) =>
    orgRepo.insertUnit(q, {
      kind,
      name,
      openingHours: [],
      sortKey: polishSortKey(name),
      city: CITY,
      postalCode: '05-800',
      ...more,
    } as Parameters<typeof orgRepo.insertUnit>[1]);
  const centre = await unit('centre', 'Miejski Ośrodek Pomocy Społecznej w Pruszkowie (demo)', {
    street: 'ul. Helenowska',
    building: '3A',
    phone: '22 728-11-81',
    email: 'sekretariat@ostoja.example',
    openingHours: MAIN_OFFICE_HOURS,
  });
  const main = await unit('office', 'Siedziba MOPS — punkt obsługi', {
    parentId: centre,
    street: 'ul. Helenowska',
    building: '3A',
    phone: '22 728-11-81',
    openingHours: MAIN_OFFICE_HOURS,
  });
  const jasna = await unit('office', 'Centrum Aktywności Lokalnej i Punkt Przeciwdziałania Przemocy', {
    parentId: centre,
    street: 'ul. Jasna',
    building: '3',
    phone: '22 728-44-97',
    openingHours: [
      { day: 2, open: '12:00', close: '16:00' },
      { day: 3, open: '12:00', close: '16:00' },
      { day: 4, open: '08:00', close: '12:00' },
      { day: 5, open: '11:00', close: '16:00' },
    ],
  });
  const dayCentre = await unit('office', 'Dzienny Dom Pomocy Społecznej', {
    parentId: centre,
    street: 'ul. Księcia Józefa',
    building: '1',
    openingHours: [1, 2, 3, 4, 5].map((day) => ({ day, open: '08:00', close: '15:00' })),
  });
  const benefits = await unit('section', 'Sekcja Świadczeń', { parentId: centre });
  const fieldWork = await unit('section', 'Dział Pomocy Środowiskowej', { parentId: centre });
  const team1 = await unit('fieldTeam', 'Zespół Terenowy nr 1 — Centrum', {
    parentId: fieldWork,
    officeId: main,
  });
  const team2 = await unit('fieldTeam', 'Zespół Terenowy nr 2 — Żbików', {
    parentId: fieldWork,
    officeId: jasna,
  });
  const team3 = await unit('fieldTeam', 'Zespół Terenowy nr 3 — Ostoja', {
    parentId: fieldWork,
    officeId: main,
  });
  const teams = { team1, team2, team3 };
  for (const [street, team, numberFrom, numberTo, parity] of STREETS) {
    await orgRepo.insertStreet(q, {
      fieldTeamId: teams[team],
      street,
      streetKey: streetKey(street),
      city: CITY,
      numberFrom,
      numberTo,
      parity,
    });
  }
  return { centre, main, jasna, dayCentre, benefits, fieldWork, ...teams };
}

/**
 * The n-th demo household's id: fixed, so every seed that takes households "ORDER BY h.id" picks the
 * same ones on every start (with random ids the demo's caseload changed from one start to the next,
 * and a worker could find no zasiłek stały update due).
 */
const demoHouseholdId = (n: number) => {
  const hex = createHash('sha256').update(`ostoja-demo-household-${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** 80 households, 200 persons, deterministic; valid PESEL numbers, Polish names with diacritics. */
async function seedRegistry(q: Queryable, units: Record<string, string>) {
  const r = rng(2026);
  const sizes = Array.from({ length: 80 }, () => r.int(1, 4));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; total !== 200; i = (i + 1) % sizes.length) {
    const step = total < 200 && sizes[i]! < 6 ? 1 : total > 200 && sizes[i]! > 1 ? -1 : 0;
    sizes[i]! += step;
    total += step;
  }
  let serial = 0;
  const since = '2024-01-01';
  for (const [n, size] of sizes.entries()) {
    const [street, team, from, , parity] = r.pick(STREETS);
    let number = r.int(from ?? 1, 120);
    if (parity !== 'all' && (number % 2 === 1) !== (parity === 'odd')) number += 1;
    const householdId = await registryRepo.insertHousehold(
      q,
      {
        street,
        building: String(number),
        apartment: r.next() < 0.6 ? String(r.int(1, 60)) : null,
        postalCode: '05-800',
        city: CITY,
        fieldTeamId: units[team]!,
      },
      demoHouseholdId(n),
    );
    const family = SURNAMES[r.int(0, SURNAMES.length - 1)]!;
    const applicantSex: Sex = r.next() < 0.55 ? 'F' : 'M';
    const members: { sex: Sex; age: number; relation: Relation }[] = [
      { sex: applicantSex, age: r.int(22, 84), relation: 'applicant' },
    ];
    for (let m = 1; m < size; m++) {
      if (m === 1 && r.next() < 0.6)
        members.push({
          sex: applicantSex === 'F' ? 'M' : 'F',
          age: members[0]!.age + r.int(-4, 4),
          relation: 'spouse',
        });
      else
        members.push({
          sex: r.next() < 0.5 ? 'F' : 'M',
          age: r.int(0, Math.min(17, Math.max(0, members[0]!.age - 18))),
          relation: 'child',
        });
    }
    for (const m of members) {
      const birthYear = 2026 - m.age;
      const birthDate = `${birthYear}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
      const pesel = makePesel(birthDate, m.sex, serial++);
      const firstName = r.pick(m.sex === 'F' ? FEMALE_FIRST : MALE_FIRST);
      const personId = await registryRepo.insertPerson(
        q,
        toRow({
          pesel,
          firstName,
          secondName: null,
          surname: m.sex === 'F' ? family[1] : family[0],
          birthDate,
          sex: m.sex,
          citizenship: 'PL',
          documentType: null,
          documentNumber: null,
          phone:
            m.relation === 'applicant' ? `5${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}` : null,
          email: null,
          street: null,
          building: null,
          apartment: null,
          postalCode: null,
          city: null,
        }),
      );
      await registryRepo.insertMembership(q, householdId, personId, m.relation, since);
    }
  }
}
