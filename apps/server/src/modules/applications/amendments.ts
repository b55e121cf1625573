import type { ChangeDecision, RevokeDecision } from '@ostoja/domain/applications/decision';
import { decisionNumber, paymentSchedule } from '@ostoja/domain/applications/decision';
import type { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { nextInRegister } from '../../shared/register.ts';
import * as paymentsRepo from '../payments/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import * as repo from './repo.ts';
import { act, calculate, DECISION_PREFIX, getApplication, record } from './service.ts';

// A granted benefit changed (a new monthly amount) or revoked (uchylenie) from a month on, by a
// new decision with its own number. Months already on an approved payment list stay paid; the
// change can only start after them. Legal basis: art. 106 ust. 5 ups [M — check the t.j.].
const AMENDMENT_BASIS = 'art. 106 ust. 5';

async function amendable(ctx: StaffContext, applicationId: string, decisionId: string, fromMonth: string) {
  const base = (await repo.decisions(ctx.q, applicationId)).find((d) => d.id === decisionId);
  if (base?.outcome !== 'grant' || !base.periodFrom || !base.periodTo)
    throw fieldError('decisionId', 'validation.invalidOption');
  if (fromMonth <= base.periodFrom.slice(0, 7) || fromMonth > base.periodTo.slice(0, 7))
    throw fieldError(
      'fromMonth',
      `validation.decision.fromMonthOutside?from=${base.periodFrom}&to=${base.periodTo}`,
    );
  const last = await paymentsRepo.lastListedMonthFrom(ctx.q, decisionId, fromMonth);
  if (last) throw fieldError('fromMonth', `validation.decision.monthAlreadyListed?month=${last}`);
  await paymentsRepo.cancelUnpaidFrom(ctx.q, decisionId, fromMonth);
  await repo.endDecisionBefore(ctx.q, decisionId, fromMonth);
  return base;
}

export async function changeDecision(ctx: StaffContext, id: string, input: z.output<typeof ChangeDecision>) {
  const { app, log } = await act(ctx, id, 'changeDecision');
  const base = await amendable(ctx, id, input.decisionId, input.fromMonth);
  const proposal = (await repo.proposals(ctx.q, id))[0]!;
  // The new amount must be one the law allows on the latest home visit, the running benefit's
  // income kept where it changed by at most 10% of the criterion (art. 106 ust. 3a–3b).
  const granted = base.calculation as { income?: number; householdSize?: number } | null;
  const revision =
    granted?.income !== undefined && granted.householdSize !== undefined
      ? {
          number: base.number,
          decidedOn: base.decidedOn,
          periodFrom: base.periodFrom!,
          periodTo: base.periodTo!,
          income: granted.income,
          householdSize: granted.householdSize,
        }
      : null;
  const { calc } = await calculate(
    ctx,
    app,
    { ...proposal, amount: input.amount } as z.output<typeof ProposalInput>,
    revision,
  );
  if (!calc.eligible) throw conflict('notEligible', 'error.decision.notEligible');
  const max = calc.maximumAmount ?? Number.POSITIVE_INFINITY;
  if (input.amount < calc.minimumAmount || input.amount > max)
    throw fieldError(
      'amount',
      `validation.decision.amountOutside?min=${calc.minimumAmount / 100}&max=${max / 100}`,
    );
  const periodFrom = `${input.fromMonth}-01`;
  const year = Number(input.decidedOn.slice(0, 4));
  const number = decisionNumber(DECISION_PREFIX, await nextInRegister(ctx.q, 'decision', year), year);
  const decisionId = await repo.insertDecision(ctx.q, {
    applicationId: id,
    proposalId: proposal.id,
    number,
    outcome: 'grant',
    kind: 'change',
    amendsDecisionId: base.id,
    benefit: base.benefit,
    amount: input.amount,
    periodFrom,
    periodTo: base.periodTo,
    schedule: paymentSchedule(input.amount, periodFrom, base.periodTo!),
    paymentMethod: base.paymentMethod,
    iban: base.iban,
    legalBasis: AMENDMENT_BASIS,
    justification: input.reason,
    calculation: { ...calc, explanation: renderExplanation(calc.steps, 'pl') },
    decidedOn: input.decidedOn,
    signedById: ctx.actor.id,
  });
  await createScheduleForDecision(ctx.q, decisionId);
  await record(ctx, app, log, {
    type: 'changeDecision',
    on: input.decidedOn,
    payload: { decisionId, number, amends: base.number, fromMonth: input.fromMonth, amount: input.amount },
  });
  return getApplication(ctx, id);
}

export async function revokeDecision(ctx: StaffContext, id: string, input: z.output<typeof RevokeDecision>) {
  const { app, log } = await act(ctx, id, 'revokeDecision');
  const base = await amendable(ctx, id, input.decisionId, input.fromMonth);
  const year = Number(input.decidedOn.slice(0, 4));
  const number = decisionNumber(DECISION_PREFIX, await nextInRegister(ctx.q, 'decision', year), year);
  const decisionId = await repo.insertDecision(ctx.q, {
    applicationId: id,
    proposalId: null,
    number,
    outcome: 'revoke',
    kind: 'revoke',
    amendsDecisionId: base.id,
    benefit: base.benefit,
    amount: 0,
    periodFrom: `${input.fromMonth}-01`,
    periodTo: null,
    schedule: [],
    paymentMethod: null,
    iban: null,
    legalBasis: AMENDMENT_BASIS,
    justification: input.reason,
    calculation: null,
    decidedOn: input.decidedOn,
    signedById: ctx.actor.id,
  });
  await record(ctx, app, log, {
    type: 'revokeDecision',
    on: input.decidedOn,
    payload: { decisionId, number, amends: base.number, fromMonth: input.fromMonth },
  });
  return getApplication(ctx, id);
}
