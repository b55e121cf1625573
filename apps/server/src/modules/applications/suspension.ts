import type { Suspend } from '@ostoja/domain/payments/schemas';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import * as paymentsRepo from '../payments/repo.ts';
import { suspend } from '../payments/service.ts';
import { insertEndingDecision } from './amendments.ts';
import * as repo from './repo.ts';
import { assertAuthorisedSigner } from './service.ts';

// Wstrzymanie wypłaty of a social assistance benefit is a decision like a revocation (art. 106
// ust. 5 ups [M]; on a broken social contract art. 11 ust. 2 in connection with it): a number from
// the decision register, its letter, the months it holds back. The schedule's months turn
// "suspended" as before (payments/service.ts). A family-benefit or alimony-fund schedule keeps the
// plain suspension: its decision letters are those acts' own.

export async function suspendByDecision(
  ctx: StaffContext,
  decisionId: string,
  input: z.output<typeof Suspend>,
) {
  const base = await repo.findDecision(ctx.q, decisionId);
  if (!base) throw notFound();
  if (!base.applicationId) return suspend(ctx, decisionId, input);
  // The schedule's checks first (a sealed person's schedule answers 404); one transaction, so a
  // clerk without an authorisation to sign (art. 110 ust. 8 ups) leaves nothing written.
  const done = await suspend(ctx, decisionId, input);
  await assertAuthorisedSigner(ctx);
  const open = done.suspensions.find((s) => s.toMonth === null)!;
  const held = done.items
    .filter((i) => i.kind === 'regular' && i.status === 'suspended' && i.month >= input.fromMonth)
    .map((i) => ({ month: i.month, amount: i.amount, days: i.days }));
  const { decisionId: id, number } = await insertEndingDecision(
    ctx,
    base.applicationId,
    base,
    'suspend',
    input,
    held,
    null,
  );
  await paymentsRepo.setSuspensionDecision(ctx.q, open.id, id);
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: id,
    details: { number, suspends: base.number, fromMonth: input.fromMonth },
  });
  const withNumber = { decisionId: id, decisionNumber: number };
  return {
    ...done,
    suspensions: done.suspensions.map((s) => (s.id === open.id ? { ...s, ...withNumber } : s)),
  };
}
