import { ChangeDecision, paymentSchedule, RevokeDecision } from '@ostoja/domain/applications/decision';
import type { ApplicationAction } from '@ostoja/domain/applications/workflow';
import type { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { formatMoney, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { onArt11 } from '@ostoja/domain/social-work/art11';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import * as paymentsRepo from '../payments/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { art11Contract } from '../social-work/art11-grounds.ts';
import * as repo from './repo.ts';
import { act, assertAuthorisedSigner, calculate, draftOrSign, record } from './service.ts';

// A granted benefit changed (a new monthly amount) or revoked (uchylenie) from a month on, by a
// new decision with its own number. Months already on an approved payment list stay paid; the
// change can only start after them. Legal basis: art. 106 ust. 5 ups [M — check the t.j.].
const AMENDMENT_BASIS = 'art. 106 ust. 5';

// Under four-eyes approval (a setting of the centre) the clerk's change or revocation is a draft
// that another authorised person approves and signs, as a first decision is (approval.ts).

type Change = z.output<typeof ChangeDecision>;
type Revoke = z.output<typeof RevokeDecision>;
type Log = ApplicationAction[];

/** The granted decision a change or revocation amends, checked; nothing is written. */
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
  return base;
}

/** When signed, the amended decision's unpaid months from `fromMonth` are cancelled and it ends before. */
async function endAmended(ctx: StaffContext, decisionId: string, fromMonth: string) {
  await paymentsRepo.cancelUnpaidFrom(ctx.q, decisionId, fromMonth);
  await repo.endDecisionBefore(ctx.q, decisionId, fromMonth);
}

/** The new amount must be one the law allows on the latest home visit. */
async function checkChange(ctx: StaffContext, app: repo.ApplicationRow, input: Change) {
  const base = await amendable(ctx, app.id, input.decisionId, input.fromMonth);
  const proposal = (await repo.proposals(ctx.q, app.id))[0]!;
  // The running benefit's income is kept where it changed by at most 10% of the criterion
  // (art. 106 ust. 3a–3b).
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
  if (input.amount < calc.minimumAmount || input.amount > max) {
    // The bounds as the clerk reads money ("240,70 zł"), in the reader's language.
    const zl = (g: number) => encodeURIComponent(formatMoney(g, ctx.locale));
    throw fieldError(
      'amount',
      Number.isFinite(max)
        ? `validation.decision.amountOutside?min=${zl(calc.minimumAmount)}&max=${zl(max)}`
        : `validation.decision.amountAtLeast?min=${zl(calc.minimumAmount)}`,
    );
  }
  return { base, proposal, calc };
}

export async function changeDecision(ctx: StaffContext, id: string, input: Change) {
  const { app, log } = await act(ctx, id, 'changeDecision');
  const { base } = await checkChange(ctx, app, input);
  return draftOrSign(ctx, app, log, { ...input, amendment: 'change', amendsNumber: base.number }, () =>
    signChange(ctx, app, log, input, null),
  );
}

/** Issues the change, signed by the actor; checked again, as months may have been listed since the draft. */
export async function signChange(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: Log,
  input: Change,
  draftedById: string | null,
) {
  await assertAuthorisedSigner(ctx);
  const { base, proposal, calc } = await checkChange(ctx, app, input);
  await endAmended(ctx, base.id, input.fromMonth);
  const periodFrom = `${input.fromMonth}-01`;
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const decisionId = await repo.insertDecision(ctx.q, {
    applicationId: app.id,
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
    draftedById,
  });
  await createScheduleForDecision(ctx.q, decisionId);
  await record(ctx, app, log, {
    type: 'changeDecision',
    on: input.decidedOn,
    payload: { decisionId, number, amends: base.number, fromMonth: input.fromMonth, amount: input.amount },
  });
}

/**
 * The decision row of a revocation or a suspension from a month: nothing to pay, the months it holds
 * back (a suspension), its basis citing art. 11 ust. 2 when it rests on a broken contract.
 */
export async function insertEndingDecision(
  ctx: StaffContext,
  applicationId: string,
  base: { id: string; benefit: repo.DecisionRow['benefit'] },
  kind: 'revoke' | 'suspend',
  input: {
    fromMonth: string;
    decidedOn: string;
    reason: string;
    art11ContractId?: string | null | undefined;
  },
  schedule: repo.DecisionRow['schedule'],
  draftedById: string | null,
) {
  const number = await nextDecisionNumber(ctx.q, input.decidedOn);
  const decisionId = await repo.insertDecision(ctx.q, {
    applicationId,
    proposalId: null,
    number,
    outcome: kind,
    kind,
    amendsDecisionId: base.id,
    benefit: base.benefit,
    amount: 0,
    periodFrom: `${input.fromMonth}-01`,
    periodTo: null,
    schedule,
    paymentMethod: null,
    iban: null,
    ...onArt11(input.art11ContractId, AMENDMENT_BASIS, input.reason),
    calculation: null,
    decidedOn: input.decidedOn,
    signedById: ctx.actor.id,
    draftedById,
  });
  return { decisionId, number };
}

export async function revokeDecision(ctx: StaffContext, id: string, input: Revoke) {
  const { app, log } = await act(ctx, id, 'revokeDecision');
  const base = await amendable(ctx, id, input.decisionId, input.fromMonth);
  if (input.art11ContractId) await art11Contract(ctx, input.art11ContractId, app.applicantId);
  return draftOrSign(ctx, app, log, { ...input, amendment: 'revoke', amendsNumber: base.number }, () =>
    signRevoke(ctx, app, log, input, null),
  );
}

export async function signRevoke(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: Log,
  input: Revoke,
  draftedById: string | null,
) {
  await assertAuthorisedSigner(ctx);
  const base = await amendable(ctx, app.id, input.decisionId, input.fromMonth);
  if (input.art11ContractId) await art11Contract(ctx, input.art11ContractId, app.applicantId);
  await endAmended(ctx, base.id, input.fromMonth);
  const { decisionId, number } = await insertEndingDecision(
    ctx,
    app.id,
    base,
    'revoke',
    input,
    [],
    draftedById,
  );
  await record(ctx, app, log, {
    type: 'revokeDecision',
    on: input.decidedOn,
    payload: { decisionId, number, amends: base.number, fromMonth: input.fromMonth },
  });
}

/** Signs a drafted change or revocation (its payload as drafted, the date as the approver sets it). */
export async function signAmendment(
  ctx: StaffContext,
  app: repo.ApplicationRow,
  log: Log,
  payload: Record<string, unknown>,
  draftedById: string | null,
) {
  if (payload.amendment === 'change')
    await signChange(ctx, app, log, ChangeDecision.parse(payload), draftedById);
  else await signRevoke(ctx, app, log, RevokeDecision.parse(payload), draftedById);
}
