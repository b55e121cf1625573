import type { IssueDecision } from '@ostoja/domain/applications/decision';
import type { z } from 'zod';
import { type StaffContext, staffContext } from '../http/context.ts';
import { approveDecision } from '../modules/applications/approval.ts';
import * as applications from '../modules/applications/service.ts';
import type { TestApp } from './db.ts';

/**
 * Issues a decision the way a centre with four-eyes approval does: `ctx` drafts it and another
 * authorised staff member (a demo account holding an upoważnienie) approves and signs it.
 * Where the centre has four-eyes approval off, the draft step already issued it.
 */
export async function issueApproved(
  ctx: StaffContext,
  applicationId: string,
  input: z.input<typeof IssueDecision>,
) {
  const drafted = await applications.issueDecision(ctx, applicationId, {
    paymentMethod: 'cashDesk',
    ...input,
  } as z.output<typeof IssueDecision>);
  if (drafted.status !== 'awaitingApproval') return drafted;
  const approver = await ctx.q.query<{ id: string }>(
    `SELECT id FROM staff_user WHERE authorisation_number IS NOT NULL AND is_active AND id <> $1 ORDER BY login LIMIT 1`,
    [ctx.actor.id],
  );
  return approveDecision(staffContext(ctx.q, approver.rows[0]!.id), applicationId, {});
}

/** A two-person household of field team 1 from the demo registry: its applicant and the other member. */
export async function twoPersonHousehold(q: StaffContext['q'], order: 'ASC' | 'DESC' = 'ASC') {
  const r = await q.query<{ id: string; applicantId: string; otherId: string }>(
    `SELECT h.id, a.person_id AS "applicantId", o.person_id AS "otherId"
       FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership o ON o.household_id = h.id AND o.valid_to IS NULL AND o.relation <> 'applicant'
      WHERE (SELECT count(*) FROM household_membership m WHERE m.household_id = h.id AND m.valid_to IS NULL) = 2
      ORDER BY h.id ${order} LIMIT 1`,
  );
  return r.rows[0]!;
}

/** Sessions of who takes a benefit decision: the worker (field team 1), the clerk who drafts, the director who signs. */
export async function decisionSessions(t: TestApp) {
  return {
    worker: await t.login('pracownik'),
    clerk: await t.login('swiadczenia'),
    director: await t.login('dyrektor'),
  };
}
