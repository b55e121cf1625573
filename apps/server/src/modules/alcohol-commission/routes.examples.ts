import { addDays } from '@ostoja/domain/calendar/working-days';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import { procedureIn } from '../blue-card/routes.examples.ts';
import * as programme from './programme.ts';
import * as service from './service.ts';

// Records of the commission for the permissions test, made through its use cases.

const member = (fx: Fixtures) =>
  service.addMember(fx.staff(), {
    fullName: `Członek ${fx.seq()}`,
    function: 'member',
    appointment: null,
    termFrom: '2024-01-01',
    termTo: '2028-12-31',
    payPerMeeting: 25000,
  });

async function meeting(fx: Fixtures) {
  const m = await member(fx);
  return service.addMeeting(fx.staff(), {
    heldOn: '2026-11-04',
    agenda: 'Sprawy bieżące',
    presentMemberIds: [m.id],
    deciding: false,
    minutes: 'Omówiono zgłoszenia.',
  });
}

const reportBody = (fx: Fixtures) => ({
  reportedOn: '2026-11-02',
  reporter: { kind: 'police' as const, name: 'KPP Pruszków', institution: 'Policja' },
  personId: fx.ids.person!,
  grounds: ['familyBreakdown' as const],
  description: 'Awantury domowe pod wpływem alkoholu.',
});

/** A proceeding with an invitation and an experts' referral (both print a letter). */
async function proceeding(fx: Fixtures) {
  const ctx = fx.staff();
  const p = await service.openProceeding(ctx, reportBody(fx));
  await service.addEvent(ctx, p.id, {
    type: 'invitation',
    on: '2026-11-03',
    addressee: 'person',
    addresseeName: p.person.fullName,
    appointmentOn: '2026-11-17',
    appointmentAt: '16:00',
    place: 'ul. Kraszewskiego 14/16, pok. 5',
  });
  const done = await service.addEvent(ctx, p.id, {
    type: 'expertReferral',
    on: '2026-11-18',
    psychiatrist: 'lek. Jan Biegły',
    psychologist: 'mgr Anna Biegła',
    examinationOn: '2026-11-25',
  });
  const opinion = await service.addEvent(ctx, p.id, {
    type: 'expertOpinion',
    on: '2026-11-26',
    expert: 'psychiatrist',
    dependent: true,
    attachment: { fileName: 'opinia.pdf', dataBase64: Buffer.from('%PDF-1.4\n%%EOF').toString('base64') },
  });
  return { id: p.id, letter: done.events[0]!.id, attachment: opinion.events.at(-1)!.id };
}

/** A year without a programme yet, and its programme with one task. */
async function freeYear(fx: Fixtures) {
  const r = await fx.q.query<{ y: number }>(
    `SELECT coalesce(max(year), 2039) + 1 AS y FROM alcohol_programme`,
  );
  return r.rows[0]!.y;
}
const programmeBody = (year: number) => ({
  year,
  resolution: `Uchwała nr X/1/${year}`,
  permitFees: 100_000_00,
  tasks: [{ title: 'Punkt konsultacyjny', budget: 60_000_00 }],
});
/** The programme of 2026, made by the first example that needs it. */
async function programme2026(fx: Fixtures) {
  const ctx = fx.staff();
  const r = await fx.q.query(`SELECT 1 FROM alcohol_programme WHERE year = 2026`);
  return r.rowCount ? programme.getProgramme(ctx, 2026) : programme.addProgramme(ctx, programmeBody(2026));
}

const shop = (fx: Fixtures) =>
  service.addShop(fx.staff(), {
    name: `Sklep ${fx.seq()}`,
    operator: 'Jan Kupiec',
    nip: '5342197856',
    address: 'ul. Ołówkowa 1, 05-800 Pruszków',
  });

async function inspection(fx: Fixtures) {
  const s = await service.addInspection(fx.staff(), (await shop(fx)).id, {
    on: '2026-10-14',
    inspectors: 'Tadeusz Abstynencki, Hanna Profilaktyczna',
    findings: 'Informacja o szkodliwości alkoholu wywieszona.',
    result: 'compliant',
  });
  return s.inspections[0]!.id;
}

const GROUP = {
  name: 'Grupa wsparcia dla osób współuzależnionych',
  kind: 'support' as const,
  audience: 'codependent' as const,
  leader: 'mgr Ewa Terapeutka',
  startedOn: '2026-09-01',
  participants: 10,
};

export const examples: Examples = {
  'GET /api/v1/alcohol-commission/members': () => ({}),
  'POST /api/v1/alcohol-commission/members': () => ({
    body: {
      fullName: 'Maria Nowa',
      function: 'member',
      termFrom: '2024-01-01',
      termTo: '2028-12-31',
      payPerMeeting: 25000,
    },
  }),
  'POST /api/v1/alcohol-commission/members/:id/trainings': async (fx) => ({
    params: { id: (await member(fx)).id },
    body: { on: '2026-05-12', title: 'Rozmowa motywująca', hours: 16 },
  }),
  'GET /api/v1/alcohol-commission/meetings': () => ({ query: {} }),
  'POST /api/v1/alcohol-commission/meetings': async (fx) => ({
    body: {
      heldOn: '2026-11-18',
      agenda: 'Zgłoszenia',
      presentMemberIds: [(await member(fx)).id],
      deciding: false,
      minutes: 'Omówiono zgłoszenia.',
    },
  }),
  'GET /api/v1/alcohol-commission/meetings/:id': async (fx) => ({ params: { id: (await meeting(fx)).id } }),
  'GET /api/v1/alcohol-commission/meetings/:id/minutes': async (fx) => ({
    params: { id: (await meeting(fx)).id },
  }),
  'GET /api/v1/alcohol-commission/pay-list': () => ({ query: { month: '2026-11' } }),
  'GET /api/v1/alcohol-commission/pay-list/pdf': () => ({ query: { month: '2026-11' } }),
  'GET /api/v1/alcohol-commission/proceedings': () => ({ query: {} }),
  'POST /api/v1/alcohol-commission/proceedings': (fx) => ({ body: reportBody(fx) }),
  'GET /api/v1/alcohol-commission/proceedings/:id': async (fx) => ({
    params: { id: (await proceeding(fx)).id },
  }),
  'POST /api/v1/alcohol-commission/proceedings/:id/events': async (fx) => ({
    params: { id: (await proceeding(fx)).id },
    body: { type: 'courtPetition', on: '2026-12-01', court: 'Sąd Rejonowy w Pruszkowie' },
  }),
  'GET /api/v1/alcohol-commission/proceedings/:id/events/:eventId/letter': async (fx) => {
    const p = await proceeding(fx);
    return { params: { id: p.id, eventId: p.letter } };
  },
  'GET /api/v1/alcohol-commission/proceedings/:id/events/:eventId/attachment': async (fx) => {
    const p = await proceeding(fx);
    return { params: { id: p.id, eventId: p.attachment } };
  },
  'POST /api/v1/alcohol-commission/proceedings/:id/share': async (fx) => ({
    params: { id: (await proceeding(fx)).id },
    body: { shared: true },
  }),
  'GET /api/v1/blue-cards/:id/alcohol-proceedings': async (fx) => {
    const nk = await procedureIn(fx, 'opened');
    const { number } = (
      await fx.q.query<{ number: string }>('SELECT number FROM blue_card_procedure WHERE id = $1', [nk.id])
    ).rows[0]!;
    await service.openProceeding(fx.staff(), {
      ...reportBody(fx),
      reporter: { kind: 'blueCardTeam', name: 'Zespół interdyscyplinarny', institution: 'MOPS' },
      blueCardNumber: number,
    });
    return { params: { id: nk.id } };
  },
  'GET /api/v1/persons/:id/alcohol-proceeding': async (fx) => {
    const p = await service.openProceeding(fx.staff(), reportBody(fx));
    await service.shareProceeding(fx.staff(), p.id, true);
    return { params: { id: fx.ids.person! } };
  },
  'POST /api/v1/alcohol-commission/programmes': async (fx) => ({ body: programmeBody(await freeYear(fx)) }),
  'GET /api/v1/alcohol-commission/programmes/:year': async (fx) => ({
    params: { year: String((await programme2026(fx)).year) },
  }),
  'POST /api/v1/alcohol-commission/programmes/:year/spending': async (fx) => {
    const p = await programme2026(fx);
    return {
      params: { year: String(p.year) },
      body: {
        taskId: p.tasks[0]!.id,
        spentOn: '2026-03-02',
        amount: 1_500_00,
        description: 'Dyżury psychologa',
      },
    };
  },
  'GET /api/v1/alcohol-commission/programmes/:year/report': () => ({ params: { year: '2026' } }),
  'PUT /api/v1/alcohol-commission/programmes/:year/report/g1': () => ({
    params: { year: '2026' },
    body: { values: { schoolPrograms: 12, campaigns: 2 } },
  }),
  'GET /api/v1/alcohol-commission/programmes/:year/report/xlsx': () => ({ params: { year: '2026' } }),
  'GET /api/v1/alcohol-commission/deadlines': () => ({}),
  'GET /api/v1/alcohol-commission/permit-rules': () => ({}),
  'POST /api/v1/alcohol-commission/permit-rules': (fx) => ({
    body: {
      validFrom: addDays('1990-01-01', fx.seq()),
      resolution: 'Uchwała nr I/1/2018',
      limits: { on: { A: 10, B: 10, C: 10 }, off: { A: 10, B: 10, C: 10 } },
      minDistanceM: 50,
    },
  }),
  'GET /api/v1/alcohol-commission/shops': () => ({ query: {} }),
  'POST /api/v1/alcohol-commission/shops': () => ({
    body: { name: 'Bar Pod Lipą', operator: 'Anna Lipa', nip: '5342197856', address: 'ul. Lipowa 2' },
  }),
  'GET /api/v1/alcohol-commission/shops/:id': async (fx) => ({ params: { id: (await shop(fx)).id } }),
  'POST /api/v1/alcohol-commission/shops/:id/opinions': async (fx) => ({
    params: { id: (await shop(fx)).id },
    body: {
      appliedOn: '2026-10-01',
      applicationNumber: 'ZEZ.7340.1.2026',
      kinds: ['A'],
      premises: 'off',
      validFrom: '2026-11-01',
      validTo: '2033-10-31',
      distanceM: 400,
      opinionOn: '2026-10-07',
      opinion: 'negative',
      reason: 'Brak zgody wspólnoty mieszkaniowej.',
    },
  }),
  'POST /api/v1/alcohol-commission/shops/:id/inspections': async (fx) => ({
    params: { id: (await shop(fx)).id },
    body: { on: '2026-10-14', inspectors: 'Tadeusz Abstynencki', findings: 'Bez uwag.', result: 'compliant' },
  }),
  'POST /api/v1/alcohol-commission/shops/:id/trainings': async (fx) => ({
    params: { id: (await shop(fx)).id },
    body: { on: '2026-09-20', topic: 'Odmowa sprzedaży osobom nieletnim', participants: 4 },
  }),
  'GET /api/v1/alcohol-commission/inspections/:id/protocol': async (fx) => ({
    params: { id: await inspection(fx) },
  }),
  'GET /api/v1/alcohol-commission/permit-opinions': () => ({ query: { year: '2026' } }),
  'GET /api/v1/consultation-point/groups': () => ({ query: { year: '2026' } }),
  'POST /api/v1/consultation-point/groups': () => ({ body: GROUP }),
  'POST /api/v1/consultation-point/groups/:id/sessions': async (fx) => ({
    params: { id: (await service.addGroup(fx.staff(), GROUP)).id },
    body: { heldOn: '2026-10-06', minutes: 120, present: 8 },
  }),
  'GET /api/v1/consultation-point/year': () => ({ query: { year: '2026' } }),
};
