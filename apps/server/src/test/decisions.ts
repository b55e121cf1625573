import type { IssueDecision } from '@ostoja/domain/applications/decision';
import type { z } from 'zod';
import { type StaffContext, staffContext } from '../http/context.ts';
import { approveDecision } from '../modules/applications/approval.ts';
import * as applications from '../modules/applications/service.ts';

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
