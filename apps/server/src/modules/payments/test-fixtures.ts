import type { Queryable } from '../../db/db.ts';
import type { StaffContext } from '../../http/context.ts';
import { issueApproved } from '../../test/decisions.ts';
import { staffContext } from '../../test/route-examples.ts';
import * as applications from '../applications/service.ts';

// Granted decisions for tests and route examples, walked through the real decision flow (the
// schedule is created by its hook). Not used by the app itself.

export interface Household {
  id: string;
  members: string[]; // applicant first
}

/** Demo households with their current members, applicant first; `size` filters by member count. */
export async function households(q: Queryable, size?: number): Promise<Household[]> {
  const r = await q.query<{ id: string; members: string[] }>(
    `SELECT h.id, array_agg(m.person_id ORDER BY m.relation <> 'applicant', m.person_id) AS members
       FROM household h JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL
      GROUP BY h.id HAVING ($1::int IS NULL OR count(*) = $1) ORDER BY h.id`,
    [size ?? null],
  );
  return r.rows;
}

export interface Grant {
  household: Household;
  benefit?: 'zasilekOkresowy' | 'zasilekCelowy';
  /** Monthly amount (okresowy, 300–600 zł fit) or the one-off amount (celowy), grosze. */
  amount: number;
  submittedOn: string;
  periodFrom?: string;
  periodTo?: string;
  decidedOn: string;
  paymentMethod: 'transfer' | 'cashDesk';
  iban?: string;
}

const prevMonth = (day: string) => {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/**
 * A granted decision for the household's applicant. Its income is set 600 zł under the
 * criterion (1010 zł single, 823 zł a person otherwise), so a zasiłek okresowy of 300–600 zł
 * a month is within the law's bounds and granted as asked.
 */
export async function grantDecision(ctx: StaffContext, g: Grant): Promise<string> {
  const appId = await proposedApplication(ctx, g);
  await issueApproved(ctx, appId, {
    outcome: 'grant',
    decidedOn: g.decidedOn,
    paymentMethod: g.paymentMethod,
    iban: g.iban ?? null,
  });
  const d = await ctx.q.query<{ id: string }>('SELECT id FROM decision WHERE application_id = $1', [appId]);
  return d.rows[0]!.id;
}

/** An application with a home visit and a proposal, awaiting the decision. */
export async function proposedApplication(ctx: StaffContext, g: Omit<Grant, 'decidedOn' | 'paymentMethod'>) {
  const [applicantId, ...others] = g.household.members;
  const n = g.household.members.length;
  const criterion = n === 1 ? 101000 : 82300 * n;
  const app = await applications.createApplication(ctx, {
    householdId: g.household.id,
    applicantId: applicantId!,
    channel: 'inPerson',
    submittedOn: g.submittedOn,
    benefits: [g.benefit ?? 'zasilekOkresowy'],
    helpReasons: ['4'],
    urgent: false,
    description: null,
  });
  await applications.recordWywiad(ctx, app.id, {
    visitedOn: g.submittedOn,
    incomeLost: false,
    conclusions: 'Rodzina potrzebuje wsparcia finansowego.',
    farmHectares: 0,
    members: [
      {
        personId: applicantId!,
        sources: [
          {
            kind: 'employment',
            month: prevMonth(g.submittedOn),
            gross: criterion - 60000,
            tax: 0,
            contributions: 0,
          },
        ],
        alimonyPaid: 0,
      },
      ...others.map((personId) => ({ personId, sources: [], alimonyPaid: 0 })),
    ],
  });
  await applications.propose(ctx, app.id, {
    benefit: g.benefit ?? 'zasilekOkresowy',
    unableToWork: false,
    amount: g.amount,
    periodFrom: g.periodFrom ?? g.submittedOn,
    periodTo: g.periodTo ?? g.submittedOn,
    justification: 'Dochód poniżej kryterium.',
  });
  return app.id;
}

/** A context with every role, as the route examples use, in the given transaction or pool. */
export const staff = (q: Queryable, userId: string) => staffContext(q, userId);
