import type { BlueCardStatus } from '@ostoja/domain/blue-card/workflow';
import { addDays } from '@ostoja/domain/calendar/working-days';
import { makePesel } from '@ostoja/domain/shared/pesel';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { DEMO_ACCOUNTS } from '../../seed/demo.ts';
import { type Examples, type Fixtures, staffContext } from '../../test/route-examples.ts';
import * as service from './service.ts';
import * as groupService from './service-group.ts';

// The compartment is row scope: a procedure is seen by its opener, its group and the chair. So
// each example opens a procedure *as the calling role's demo account* (fx.role): a role the
// matrix allows then really gets a 2xx, and a role it refuses gets its 403 before any row is read.

const today = todayInPoland();
const year = today.slice(0, 4);

async function userId(fx: Fixtures, login: string) {
  const r = await fx.q.query<{ id: string }>('SELECT id FROM staff_user WHERE login = $1', [login]);
  return r.rows[0]!.id;
}

/** The caller's account (the fixture account when the caller has no session). */
async function caller(fx: Fixtures) {
  const login = DEMO_ACCOUNTS.find((a) => a.role === fx.role)?.login;
  return staffContext(fx.q, login ? await userId(fx, login) : fx.ids.user!);
}

const chair = async (fx: Fixtures) => staffContext(fx.q, await userId(fx, 'niebieska'));

async function twoPersons(fx: Fixtures) {
  const r = await fx.q.query<{ id: string; surname: string }>(
    'SELECT id, surname FROM person ORDER BY sort_key OFFSET 10 LIMIT 2',
  );
  return r.rows as [{ id: string; surname: string }, { id: string; surname: string }];
}

async function openBody(fx: Fixtures) {
  const [victim, perpetrator] = await twoPersons(fx);
  return {
    openedOn: today,
    initiator: {
      kind: 'socialWorker' as const,
      name: 'Paulina Środowiskowa',
      institution: 'MOPS w Pruszkowie',
    },
    participants: [
      { personId: victim.id, role: 'victim' as const },
      { personId: perpetrator.id, role: 'perpetrator' as const },
    ],
    violenceForms: ['psychological' as const],
    description: 'Zgłoszenie sąsiadów: awantura domowa, wyzwiska, groźby.',
    victimPresent: true,
  };
}

/** A fresh procedure opened by the caller and walked through the services to `status`. */
export async function procedureIn(fx: Fixtures, status: BlueCardStatus) {
  const opener = await caller(fx);
  const [victim, perpetrator] = await twoPersons(fx);
  const p = await service.openProcedure(opener, await openBody(fx));
  const ids = { id: p.id, formA: p.forms[0]!.id, victim: victim.id, perpetrator: perpetrator.id };
  const none = { meetingId: '', monitoringUntil: '' };
  if (status === 'opened') return { ...ids, ...none };
  await service.transferToChair(opener, p.id, today);
  if (status === 'withChair') return { ...ids, ...none };
  const c = await chair(fx);
  await groupService.formDiagnosticGroup(c, p.id, {
    on: today,
    members: [
      { staffUserId: await userId(fx, 'pracownik'), institution: 'MOPS w Pruszkowie', kind: 'socialWorker' },
      { fullName: 'asp. Marek Dzielnicowy', institution: 'KPP w Pruszkowie', kind: 'police' },
    ],
  });
  const scheduled = await groupService.scheduleMeeting(c, p.id, {
    date: today,
    time: '10:00',
    place: 'ul. Jasna 3, Pruszków',
    kind: 'withVictim',
    invitedPersonIds: [victim.id],
  });
  const meetingId = scheduled.meetings[0]!.id;
  if (status === 'diagnosticGroupFormed') return { ...ids, meetingId, monitoringUntil: '' };
  await groupService.recordMeeting(c, p.id, meetingId, {
    heldOn: today,
    presentMemberIds: scheduled.diagnosticGroup.map((m) => m.id),
    presentPersonIds: [victim.id],
    minutes: 'Rozmowa z osobą doznającą przemocy; ustalono plan działań.',
  });
  if (status === 'inProgress') return { ...ids, meetingId, monitoringUntil: '' };
  const closed = await groupService.close(c, p.id, {
    on: today,
    reason: 'noGrounds',
    planDone: false,
    justification: 'Brak podstaw do dalszych działań.',
  });
  return { ...ids, meetingId, monitoringUntil: closed.deadlines.monitoringUntil! };
}

const params = async (fx: Fixtures, status: BlueCardStatus) => ({ id: (await procedureIn(fx, status)).id });

export const examples: Examples = {
  'POST /api/v1/blue-cards': async (fx) => ({ body: await openBody(fx) }),
  'GET /api/v1/blue-cards': () => ({ query: { limit: '10' } }),
  'GET /api/v1/blue-cards/search': async (fx) => ({ query: { q: (await twoPersons(fx))[0].surname } }),
  'GET /api/v1/blue-cards/register': () => ({ query: { year } }),
  'GET /api/v1/blue-cards/register/export': () => ({ query: { year } }),
  'GET /api/v1/blue-cards/deadlines': () => ({}),
  'GET /api/v1/blue-cards/dashboard': () => ({}),
  'GET /api/v1/blue-cards/statistics': () => ({ query: { year } }),
  'GET /api/v1/blue-cards/:id': async (fx) => ({ params: await params(fx, 'opened') }),
  'GET /api/v1/blue-cards/:id/access-log': async (fx) => ({ params: await params(fx, 'opened') }),
  'POST /api/v1/blue-cards/:id/participants': async (fx) => {
    const r = await fx.q.query<{ id: string }>('SELECT id FROM person ORDER BY sort_key OFFSET 20 LIMIT 1');
    return {
      params: await params(fx, 'opened'),
      body: { participant: { personId: r.rows[0]!.id, role: 'witness' }, on: today },
    };
  },
  'POST /api/v1/blue-cards/:id/form-b': async (fx) => {
    const p = await procedureIn(fx, 'opened');
    return { params: { id: p.id }, body: { personId: p.victim, on: today } };
  },
  'POST /api/v1/blue-cards/:id/transfer': async (fx) => ({
    params: await params(fx, 'opened'),
    body: { on: today },
  }),
  'POST /api/v1/blue-cards/:id/diagnostic-group': async (fx) => ({
    params: await params(fx, 'withChair'),
    body: {
      on: today,
      members: [
        {
          staffUserId: await userId(fx, 'pracownik'),
          institution: 'MOPS w Pruszkowie',
          kind: 'socialWorker',
        },
        { fullName: 'sierż. Anna Patrolowa', institution: 'KPP w Pruszkowie', kind: 'police' },
      ],
    },
  }),
  'POST /api/v1/blue-cards/:id/diagnostic-group-change': async (fx) => ({
    params: await params(fx, 'diagnosticGroupFormed'),
    body: {
      on: today,
      add: [{ fullName: 'Ewa Szkolna', institution: 'SP nr 1 w Pruszkowie', kind: 'education' }],
    },
  }),
  'POST /api/v1/blue-cards/:id/meetings': async (fx) => ({
    params: await params(fx, 'diagnosticGroupFormed'),
    body: { date: today, time: '12:30', place: 'MOPS, pokój 4', kind: 'group' },
  }),
  'POST /api/v1/blue-cards/:id/meetings/:meetingId/record': async (fx) => {
    const p = await procedureIn(fx, 'diagnosticGroupFormed');
    return {
      params: { id: p.id, meetingId: p.meetingId },
      body: { heldOn: today, minutes: 'Posiedzenie odbyte.' },
    };
  },
  'POST /api/v1/blue-cards/:id/forms': async (fx) => {
    const p = await procedureIn(fx, 'diagnosticGroupFormed');
    return {
      params: { id: p.id },
      body: {
        kind: 'C',
        personId: p.victim,
        filledOn: today,
        situation: 'Ocena sytuacji.',
        plan: [{ action: 'Konsultacja z psychologiem', responsible: 'Łukasz Poradniczy' }],
        agreedWithPerson: true,
      },
    };
  },
  'POST /api/v1/blue-cards/:id/referrals': async (fx) => {
    const p = await procedureIn(fx, 'diagnosticGroupFormed');
    return {
      params: { id: p.id },
      body: {
        personId: p.perpetrator,
        programme: 'correctiveEducational',
        institution: 'PCPR',
        referredOn: today,
      },
    };
  },
  'POST /api/v1/blue-cards/:id/closure': async (fx) => ({
    params: await params(fx, 'inProgress'),
    body: { on: today, reason: 'noGrounds', justification: 'Brak podstaw.' },
  }),
  'POST /api/v1/blue-cards/:id/monitoring-end': async (fx) => {
    const p = await procedureIn(fx, 'monitoring');
    return { params: { id: p.id }, body: { on: p.monitoringUntil } };
  },
  'GET /api/v1/blue-cards/:id/forms/:formId/pdf': async (fx) => {
    const p = await procedureIn(fx, 'opened');
    return { params: { id: p.id, formId: p.formA } };
  },
  'GET /api/v1/blue-cards/:id/meetings/:meetingId/minutes/pdf': async (fx) => {
    const p = await procedureIn(fx, 'inProgress');
    return { params: { id: p.id, meetingId: p.meetingId } };
  },
  'GET /api/v1/blue-cards/:id/meetings/:meetingId/invitations/:inviteeId/pdf': async (fx) => {
    const p = await procedureIn(fx, 'inProgress');
    const m = await fx.q.query<{ inviteeId: string }>(
      'SELECT invited_member_ids[1] AS "inviteeId" FROM blue_card_meeting WHERE id = $1',
      [p.meetingId],
    );
    return { params: { id: p.id, meetingId: p.meetingId, inviteeId: m.rows[0]!.inviteeId } };
  },
  'POST /api/v1/blue-cards/:id/suspects/:suspectId/completion': async (fx) => {
    const p = await procedureIn(fx, 'opened');
    const s = await fx.q.query<{ id: string }>(
      `INSERT INTO blue_card_suspect (procedure_id, first_name, surname, recorded_on)
       VALUES ($1, 'Zenon', 'Nieustalony', $2) RETURNING id`,
      [p.id, today],
    );
    return {
      params: { id: p.id, suspectId: s.rows[0]!.id },
      body: {
        on: today,
        person: {
          pesel: makePesel('1981-02-03', 'M', fx.seq() % 1000),
          firstName: 'Zenon',
          surname: 'Nieustalony',
        },
      },
    };
  },
  'GET /api/v1/interdisciplinary-team': () => ({}),
  'PUT /api/v1/interdisciplinary-team': async (fx) => ({
    body: {
      name: 'Zespół Interdyscyplinarny w Pruszkowie (demo)',
      on: today,
      members: [
        { staffUserId: await userId(fx, 'niebieska'), institution: 'MOPS w Pruszkowie', isChair: true },
        { staffUserId: await userId(fx, 'pracownik'), institution: 'MOPS w Pruszkowie' },
        { fullName: 'asp. Marek Dzielnicowy', institution: 'KPP w Pruszkowie' },
      ],
    },
  }),
  'GET /api/v1/blue-card-parameters': () => ({}),
  'POST /api/v1/blue-card-parameters': ({ seq }) => ({
    body: {
      validFrom: addDays('2030-01-01', seq()),
      chairTransferWorkingDays: 5,
      diagnosticGroupFormingWorkingDays: 3,
      firstMeetingWorkingDays: 10,
      monitoringMonthsNoGrounds: 9,
      monitoringMonthsViolenceStopped: 9,
      legalBasis: 'rozporządzenie (przykład)',
    },
  }),
};
