import { type ApproveDecision, IssueDecision } from '@ostoja/domain/applications/decision';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict } from '../../http/errors.ts';
import { signAmendment } from './amendments.ts';
import { act, getApplication, sign } from './service.ts';

/**
 * Four-eyes approval: an authorised person other than the author signs the drafted decision —
 * a first decision, or a change or revocation of a granted benefit — and is its printed signatory.
 */
export async function approveDecision(
  ctx: StaffContext,
  id: string,
  input: z.output<typeof ApproveDecision>,
) {
  const { app, log } = await act(ctx, id, 'approveDecision');
  const draft = log.findLast((a) => a.type === 'draftDecision')!;
  if (draft.actorId === ctx.actor.id) throw conflict('fourEyes', 'error.decision.approverIsAuthor');
  const decidedOn = input.decidedOn ?? (draft.payload?.decidedOn as string);
  const payload: Record<string, unknown> = { ...draft.payload, decidedOn };
  if (payload.amendment) await signAmendment(ctx, app, log, payload, draft.actorId);
  else await sign(ctx, app, log, IssueDecision.parse(payload), draft.actorId);
  return getApplication(ctx, id);
}
