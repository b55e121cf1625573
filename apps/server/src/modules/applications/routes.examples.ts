import type { ApplicationStatus } from '@ostoja/domain/applications/workflow';
import { issueApproved } from '../../test/decisions.ts';
import type { Examples, Fixtures } from '../../test/route-examples.ts';
import * as service from './service.ts';

const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);
const monthAfter = (m: string, n: number) => {
  const [y, mm] = m.split('-').map(Number) as [number, number];
  const i = y * 12 + mm - 1 + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

/** The first demo household's current members, the applicant first. */
async function householdMembers(fx: Fixtures) {
  const r = await fx.q.query<{ id: string }>(
    `SELECT person_id AS id FROM household_membership WHERE household_id = $1 AND valid_to IS NULL ORDER BY relation <> 'applicant'`,
    [fx.ids.household],
  );
  return r.rows;
}

/** Today's home visit: the household lost its income, no one has any, with the visit's conclusions. */
const lostIncomeWywiad = (members: { id: string }[], conclusions: string) => ({
  visitedOn: today,
  incomeLost: true,
  conclusions,
  farmHectares: 0,
  members: members.map((m) => ({ personId: m.id, sources: [], alimonyPaid: 0 })),
});

/** A fresh application of the first demo household, walked through the services to `status`. */
export async function applicationIn(fx: Fixtures, status: ApplicationStatus) {
  const ctx = fx.staff();
  const members = await householdMembers(fx);
  const applicantId = members[0]!.id;
  const app = await service.createApplication(ctx, {
    householdId: fx.ids.household!,
    applicantId,
    channel: 'inPerson',
    submittedOn: today,
    benefits: ['zasilekOkresowy'],
    helpReasons: ['4'],
    urgent: false,
    description: null,
  });
  if (status === 'awaitingWywiad') return app.id;
  await service.recordWywiad(
    ctx,
    app.id,
    lostIncomeWywiad(members, 'Rodzina bez dochodu, potrzebne wsparcie.'),
  );
  if (status === 'awaitingProposal') return app.id;
  await service.propose(ctx, app.id, proposal);
  if (status === 'awaitingDecision') return app.id;
  if (status === 'awaitingApproval') {
    await service.issueDecision(ctx, app.id, {
      outcome: 'grant',
      decidedOn: today,
      paymentMethod: 'cashDesk',
    });
    return app.id;
  }
  await issueApproved(ctx, app.id, { outcome: 'grant', decidedOn: today, paymentMethod: 'cashDesk' });
  if (status === 'decided') return app.id;
  await service.recordDelivery(ctx, app.id, today);
  await service.registerAppeal(ctx, app.id, { receivedOn: today });
  if (status === 'appealed') return app.id;
  await service.forwardAppeal(ctx, app.id, today);
  return app.id;
}

/** A zasiłek celowy application of the first demo household decided as clothing in kind (art. 48 ups). */
export async function clothingInKindApplication(fx: Fixtures) {
  const ctx = fx.staff();
  const members = await householdMembers(fx);
  const app = await service.createApplication(ctx, {
    householdId: fx.ids.household!,
    applicantId: members[0]!.id,
    channel: 'inPerson',
    submittedOn: today,
    benefits: ['zasilekCelowy'],
    helpReasons: ['4'],
    urgent: false,
    description: null,
  });
  await service.recordWywiad(ctx, app.id, lostIncomeWywiad(members, 'Brak odzieży zimowej.'));
  await service.propose(ctx, app.id, {
    benefit: 'zasilekCelowy',
    unableToWork: false,
    amount: 30_000,
    periodFrom: today,
    periodTo: today,
    justification: 'Brak odzieży zimowej.',
  });
  await issueApproved(ctx, app.id, {
    outcome: 'grant',
    decidedOn: today,
    purpose: 'clothing',
    helpForm: 'inKind',
    items: [{ name: 'Kurtka zimowa', quantity: 1 }],
  });
  return app.id;
}

const proposal = {
  benefit: 'zasilekOkresowy' as const,
  unableToWork: false,
  periodFrom: `${month}-01`,
  // Three months, so that a change or revocation from the second one is possible.
  periodTo: `${monthAfter(month, 2)}-28`,
  justification: 'Brak dochodu po utracie pracy.',
};

const params = async (fx: Fixtures, status: ApplicationStatus) => ({ id: await applicationIn(fx, status) });

export const examples: Examples = {
  'POST /api/v1/applications': async ({ ids, q }) => {
    const m = await q.query<{ id: string }>(
      `SELECT person_id AS id FROM household_membership WHERE household_id = $1 AND valid_to IS NULL LIMIT 1`,
      [ids.household],
    );
    return {
      body: {
        householdId: ids.household,
        applicantId: m.rows[0]!.id,
        channel: 'post',
        submittedOn: today,
        benefits: ['zasilekCelowy'],
        helpReasons: ['1'],
      },
    };
  },
  'GET /api/v1/applications': () => ({ query: { status: 'awaitingWywiad' } }),
  'GET /api/v1/applications/:id': async (fx) => ({ params: await params(fx, 'awaitingWywiad') }),
  'POST /api/v1/applications/:id/assign': async (fx) => ({
    params: await params(fx, 'awaitingWywiad'),
    body: { workerId: fx.ids.worker },
  }),
  'POST /api/v1/applications/:id/wywiad': async (fx) => {
    const m = await fx.q.query<{ id: string }>(
      `SELECT person_id AS id FROM household_membership WHERE household_id = $1 AND valid_to IS NULL`,
      [fx.ids.household],
    );
    return {
      params: await params(fx, 'awaitingWywiad'),
      body: {
        visitedOn: today,
        conclusions: 'Wnioski.',
        members: m.rows.map((r) => ({ personId: r.id, sources: [] })),
      },
    };
  },
  'POST /api/v1/applications/:id/proposal-preview': async (fx) => ({
    params: await params(fx, 'awaitingProposal'),
    body: proposal,
  }),
  'POST /api/v1/applications/:id/proposals': async (fx) => ({
    params: await params(fx, 'awaitingProposal'),
    body: proposal,
  }),
  'POST /api/v1/applications/:id/proposal-return': async (fx) => ({
    params: await params(fx, 'awaitingDecision'),
    body: { reason: 'Uzupełnij dochód.' },
  }),
  'POST /api/v1/applications/:id/decisions': async (fx) => ({
    params: await params(fx, 'awaitingDecision'),
    body: { outcome: 'grant', decidedOn: today },
  }),
  'POST /api/v1/applications/:id/decision-approval': async (fx) => ({
    params: await params(fx, 'awaitingApproval'),
    body: {},
  }),
  'POST /api/v1/applications/:id/decision-rejection': async (fx) => ({
    params: await params(fx, 'awaitingApproval'),
    body: { reason: 'Popraw uzasadnienie.' },
  }),
  'POST /api/v1/applications/:id/delivery': async (fx) => ({
    params: await params(fx, 'decided'),
    body: { deliveredOn: today },
  }),
  'POST /api/v1/applications/:id/handout': async (fx) => ({
    params: { id: await clothingInKindApplication(fx) },
    body: { handedOutOn: today, receivedBy: 'Osoba uprawniona', receiptSigned: true },
  }),
  'POST /api/v1/applications/:id/appeals': async (fx) => ({
    params: await params(fx, 'decided'),
    body: { receivedOn: today },
  }),
  'POST /api/v1/applications/:id/appeal-forwarding': async (fx) => ({
    params: await params(fx, 'appealed'),
    body: { forwardedOn: today },
  }),
  'POST /api/v1/applications/:id/appeal-outcome': async (fx) => ({
    params: await params(fx, 'appealForwarded'),
    body: { outcome: 'upheld', decidedOn: today },
  }),
  'POST /api/v1/applications/:id/withdrawal': async (fx) => ({
    params: await params(fx, 'awaitingWywiad'),
    body: { on: today },
  }),
  'POST /api/v1/applications/:id/decision-changes': async (fx) => {
    const id = await applicationIn(fx, 'decided');
    const d = await fx.q.query<{ id: string; amount: number }>(
      'SELECT id, amount FROM decision WHERE application_id = $1',
      [id],
    );
    return {
      params: { id },
      body: {
        decisionId: d.rows[0]!.id,
        fromMonth: monthAfter(month, 1),
        amount: d.rows[0]!.amount,
        decidedOn: today,
        reason: 'Zmiana dochodu.',
      },
    };
  },
  'POST /api/v1/applications/:id/decision-revocations': async (fx) => {
    const id = await applicationIn(fx, 'decided');
    const d = await fx.q.query<{ id: string }>('SELECT id FROM decision WHERE application_id = $1', [id]);
    return {
      params: { id },
      body: {
        decisionId: d.rows[0]!.id,
        fromMonth: monthAfter(month, 1),
        decidedOn: today,
        reason: 'Podjęcie pracy.',
      },
    };
  },
  'GET /api/v1/decisions/:id/pdf': async (fx) => {
    const id = await applicationIn(fx, 'decided');
    const d = await fx.q.query<{ id: string }>('SELECT id FROM decision WHERE application_id = $1', [id]);
    return { params: { id: d.rows[0]!.id } };
  },
  'GET /api/v1/my-work': () => ({}),
};
