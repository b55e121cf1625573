import { addDays } from '@ostoja/domain/calendar/working-days';
import { CreateHousehold } from '@ostoja/domain/registry/household';
import { CreatePerson } from '@ostoja/domain/registry/person';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as registry from '../registry/service.ts';
import * as fosterCare from './service.ts';

// Fixtures of family support, also used by family-support.int.test.ts.

/** A child of the registry (born 2015–2023), `n` makes the PESEL unique (birth date and serial). */
export async function newChild(fx: Pick<Fixtures, 'staff'>, n: number) {
  const pesel = makePesel(addDays('2015-01-01', n % 3000), n % 2 ? 'M' : 'F', 100 + (n % 899));
  const { person } = CreatePerson.parse({ person: { pesel, firstName: 'Zosia', surname: `Pieczowa-${n}` } });
  return registry.createPerson(fx.staff(), person, true);
}

/** A child placed in foster care on `placedOn`. */
export async function newFosterChild(fx: Pick<Fixtures, 'staff'>, n: number, placedOn = '2024-03-15') {
  const person = await newChild(fx, n);
  const child = await fosterCare.createChild(fx.staff(), {
    personId: person.id,
    placedOn,
    placementKind: 'fosterFamily',
    placementName: 'Rodzina zastępcza zawodowa Nowakowie',
    powiat: 'pruszkowski',
  });
  return { ...child, pesel: person.pesel! };
}

/** A household with one adult applicant. */
export async function newHousehold(fx: Pick<Fixtures, 'staff'>, n: number, street = 'Lipowa') {
  const body = CreateHousehold.parse({
    address: { street, building: String(1 + (n % 90)), city: 'Pruszków' },
    members: [
      {
        relation: 'applicant',
        person: {
          pesel: makePesel(addDays('1975-01-01', n % 5000), 'F', 300 + (n % 699)),
          firstName: 'Ewa',
          surname: `Rodzinna-${n}`,
        },
      },
    ],
  });
  return registry.createHousehold(fx.staff(), body);
}

export const userId = async (q: Queryable, login: string) =>
  (await q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login])).rows[0]!.id;

/** An active family assistant account of its own (so that fixtures never fill the demo one). */
export async function newAssistant(q: Queryable, n: number) {
  const r = await q.query<{ id: string }>(
    `INSERT INTO staff_user (login, password_hash, full_name, sort_key) VALUES ($1, 'x', $2, $2) RETURNING id`,
    [`asystent-fx-${n}-${Date.now()}`, `Asystent Testowy ${n}`],
  );
  await q.query(`INSERT INTO staff_role (user_id, role) VALUES ($1, 'familyAssistant')`, [r.rows[0]!.id]);
  return r.rows[0]!.id;
}

/**
 * A family's assistance in a given state, written directly (fixtures for the permission matrix:
 * referred by the demo social worker, worked by the demo assistant, so that each sees it).
 */
export async function assistanceIn(fx: Fixtures, status: 'referred' | 'assigned' | 'active') {
  const h = await newHousehold(fx, fx.seq());
  const worker = await userId(fx.q, 'pracownik');
  const assistant = status === 'referred' ? null : await userId(fx.q, 'asystent');
  const r = await fx.q.query<{ id: string }>(
    `INSERT INTO family_assistance (household_id, status, referred_by, referred_on, referral_reason, basis,
        assistant_id, assigned_on, consent_on)
     VALUES ($1, $2, $3, $4, 'Trudności opiekuńczo-wychowawcze po wywiadzie', 'head', $5, $6, $7) RETURNING id`,
    [
      h.id,
      status,
      worker,
      todayInPoland(),
      assistant,
      assistant ? todayInPoland() : null,
      status === 'active' ? todayInPoland() : null,
    ],
  );
  return r.rows[0]!.id;
}

const today = todayInPoland();

/** The example of a route on one family's assistance in `status`, with the body given. */
const onAssistance = (status: 'referred' | 'assigned' | 'active', body?: object) => async (fx: Fixtures) => ({
  params: { id: await assistanceIn(fx, status) },
  ...(body ? { body } : {}),
});

export const examples: Examples = {
  'GET /api/v1/foster-care/children': () => ({}),
  'POST /api/v1/foster-care/children': async (fx) => {
    const person = await newChild(fx, fx.seq());
    return {
      body: {
        personId: person.id,
        placedOn: '2025-01-10',
        placementKind: 'institution',
        placementName: 'Dom Dziecka „Promyk”',
        powiat: 'pruszkowski',
      },
    };
  },
  'GET /api/v1/foster-care/children/:id': async (fx) => ({
    params: { id: (await newFosterChild(fx, fx.seq())).id },
  }),
  'POST /api/v1/foster-care/children/:id/notes': async (fx) => ({
    params: { id: (await newFosterChild(fx, fx.seq())).id },
    body: { month: '2026-03', number: 'PCPR/N/3/2026', costGrosze: 412_345, chargedGrosze: 168_928 },
  }),
  'POST /api/v1/foster-care/notes/import': async (fx) => {
    const child = await newFosterChild(fx, fx.seq());
    return {
      body: { csv: `pesel;miesiac;numer;koszt;obciazenie\n${child.pesel};2026-03;N/1;4123,45;1689,28\n` },
    };
  },
  'GET /api/v1/foster-care/years/:year': () => ({ params: { year: '2026' } }),
  'GET /api/v1/family-assistance': () => ({}),
  'GET /api/v1/family-assistance/:id': onAssistance('active'),
  'POST /api/v1/family-assistance': async (fx) => ({
    body: {
      householdId: (await newHousehold(fx, fx.seq())).id,
      referredOn: today,
      reason: 'Po rodzinnym wywiadzie środowiskowym: trudności w prowadzeniu gospodarstwa domowego',
      basis: 'head',
    },
  }),
  'POST /api/v1/family-assistance/:id/assign': async (fx) => ({
    params: { id: await assistanceIn(fx, 'referred') },
    body: { assistantId: await newAssistant(fx.q, fx.seq()), assignedOn: today },
  }),
  'POST /api/v1/family-assistance/:id/consent': onAssistance('assigned', { consentOn: today }),
  'POST /api/v1/family-assistance/:id/plan': onAssistance('active', {
    goal: 'Regularne uczęszczanie dzieci do szkoły',
    action: 'Wspólne ustalenie planu dnia; kontakt z wychowawcą raz w miesiącu',
    deadline: '2027-06-30',
    expectedEffect: 'Frekwencja powyżej 90 %',
  }),
  'POST /api/v1/family-assistance/:id/visits': onAssistance('active', {
    visitedOn: today,
    kind: 'homeVisit',
    note: 'Wizyta w domu; rodzina przygotowała budżet tygodnia.',
  }),
  'POST /api/v1/family-assistance/:id/end': onAssistance('active', {
    endedOn: today,
    reason: 'Osiągnięto cele planu pracy',
    monitoringUntil: '2027-12-31',
  }),
  'POST /api/v1/family-assistance/:id/court-opinion': onAssistance('active', {
    court: 'Sąd Rejonowy w Pruszkowie, III Wydział Rodzinny i Nieletnich',
    caseNumber: 'III Nsm 123/26',
    opinion: 'Rodzina współpracuje.',
  }),
  'GET /api/v1/caseload': () => ({}),
  'GET /api/v1/family-assistants': () => ({}),
};
