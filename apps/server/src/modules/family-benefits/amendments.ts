import { formatMoney, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { type ChangeFamilyBenefit, settleChange } from '@ostoja/domain/family-benefits/change';
import { addMonths } from '@ostoja/domain/payments/schedule';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { nextNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import { assertAuthorisedSigner } from '../applications/service.ts';
import { createReceivable } from '../payments/receivables.ts';
import * as paymentsRepo from '../payments/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { type Family, rightAfterChange } from './amended-right.ts';
import * as repo from './repo.ts';
import { get, load } from './service.ts';

// A granted family benefit changed or revoked from a month on when the family's situation changed
// (art. 32 usr), with the social assistance amendment's steps: the decision in force ends before
// that month and its unpaid months are cancelled; a new decision of the family benefits' register
// pays the new right. Months already paid above the new right are an undue benefit (art. 30 usr),
// established as a receivable of the payments module: repaid, waived or deducted from payments.

type Change = z.output<typeof ChangeFamilyBenefit>;

// Art. 32 ust. 1 usr [M: check the t.j.]: the organ changes or revokes a decision when the family's situation changed.
const CHANGE_BASIS =
  'art. 32 ust. 1 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (Dz.U. 2025 poz. 1208)';

/** The family as the decision in force saw it: the application's, or the one a change recorded. */
function familyOf(a: repo.ApplicationRow, d: applicationsRepo.DecisionRow): Family {
  const recorded = (d.calculation as { family?: Family } | null)?.family;
  return (
    recorded ?? {
      members: a.members,
      additions: a.additions,
      singleParent: a.singleParent,
      familyMonthlyIncome: a.familyMonthlyIncome,
    }
  );
}

/** The family with the changes asked; a 400 naming a member or child who is not in it. */
function changed(a: repo.ApplicationRow, f: Family, input: Change): Family {
  const asked = new Map(input.members.map((m) => [m.personId, m]));
  input.members.forEach((m, i) => {
    if (!f.members.some((x) => x.personId === m.personId))
      throw fieldError(`members.${i}.personId`, 'validation.familyBenefits.unknownPerson');
    if (m.leftFamily && m.personId === a.applicantId)
      throw fieldError(`members.${i}.leftFamily`, 'validation.familyBenefits.leavesApplicant');
  });
  const members = f.members
    .filter((m) => !asked.get(m.personId)?.leftFamily)
    .map((m) => {
      const c = asked.get(m.personId);
      return {
        ...m,
        inSchool: c?.inSchool ?? m.inSchool,
        disabilityCertificate: c?.disabilityCertificate ?? m.disabilityCertificate,
      };
    });
  const child = (id: string) => members.find((m) => m.personId === id)?.role === 'child';
  input.additions?.forEach((x, i) => {
    if (!child(x.personId))
      throw fieldError(`additions.${i}.personId`, 'validation.familyBenefits.notAChild');
  });
  return {
    members,
    additions: (input.additions ?? f.additions).filter((x) => child(x.personId)),
    singleParent: input.singleParent ?? f.singleParent,
    familyMonthlyIncome: input.familyMonthlyIncome ?? f.familyMonthlyIncome,
  };
}

/** The granted decision in force, and the change's first month within it (after its first month). */
async function amendable(ctx: StaffContext, a: repo.ApplicationRow, input: Change) {
  const last = await repo.claims.decisionOf(ctx.q, a.id);
  const base = last ? await applicationsRepo.findDecision(ctx.q, last.id) : null;
  if (base?.outcome !== 'grant' || !base.periodFrom || !base.periodTo)
    throw conflict('familyBenefits.notGranted', 'error.familyBenefits.notGranted');
  if (input.fromMonth <= base.periodFrom.slice(0, 7) || input.fromMonth > base.periodTo.slice(0, 7))
    throw fieldError(
      'fromMonth',
      `validation.decision.fromMonthOutside?from=${base.periodFrom}&to=${base.periodTo}`,
    );
  if (input.decidedOn < base.decidedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  return base as applicationsRepo.DecisionRow & { periodFrom: string; periodTo: string };
}

export async function changeDecision(ctx: StaffContext, id: string, input: Change) {
  const a = await load(ctx, id, true);
  const base = await amendable(ctx, a, input);
  await assertAuthorisedSigner(ctx);
  const family = changed(a, familyOf(a, base), input);
  const months: string[] = [];
  for (let m = input.fromMonth; m <= base.periodTo.slice(0, 7); m = addMonths(m, 1)) months.push(m);
  const right = rightAfterChange(a, family, `${input.fromMonth}-01`, base.periodTo);
  const settled = settleChange(months, await repo.paidFrom(ctx.q, a.id, input.fromMonth), right.months);
  if (settled.undueTotal > 0) {
    if (!input.undue)
      throw fieldError(
        'undue.dueOn',
        `validation.familyBenefits.undueTermsRequired?amount=${encodeURIComponent(formatMoney(settled.undueTotal, ctx.locale))}`,
      );
    if (input.undue.dueOn < input.decidedOn)
      throw fieldError('undue.dueOn', 'validation.payments.dueBeforeDecision');
  }

  await paymentsRepo.cancelUnpaidFrom(ctx.q, base.id, input.fromMonth);
  await applicationsRepo.endDecisionBefore(ctx.q, base.id, input.fromMonth);
  const grant = right.first !== null;
  const number = await nextNumber(ctx.q, 'familyBenefitDecision', 'ŚR.5230', input.decidedOn, 4);
  const { steps = [], ...first } = right.first ?? {};
  const decisionId = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    familyBenefitApplicationId: a.id,
    proposalId: null,
    benefit: 'zasilekRodzinny',
    number,
    outcome: grant ? 'grant' : 'revoke',
    kind: grant ? 'change' : 'revoke',
    amendsDecisionId: base.id,
    decidedOn: input.decidedOn,
    amount: grant ? right.first!.monthlyAmount : 0,
    periodFrom: `${input.fromMonth}-01`,
    periodTo: grant ? base.periodTo : null,
    schedule: grant ? settled.schedule.map((x) => ({ ...x, days: null })) : [],
    paymentMethod: grant ? base.paymentMethod : null,
    iban: grant ? base.iban : null,
    legalBasis: CHANGE_BASIS,
    justification: input.reason,
    calculation: { ...first, explanation: renderExplanation(steps, 'pl'), family, undue: settled.undue },
    signedById: ctx.actor.id,
    draftedById: ctx.actor.id,
  });
  if (grant) await createScheduleForDecision(ctx.q, decisionId);
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: decisionId,
    details: { familyBenefitApplicationId: a.id, number, amends: base.number, fromMonth: input.fromMonth },
  });

  const receivable =
    settled.undueTotal > 0
      ? await createReceivable(ctx, {
          personId: a.applicantId,
          kind: 'undueBenefit',
          sourceDecisionId: base.id,
          months: settled.undue.map((x) => x.month),
          decidedOn: input.decidedOn,
          amount: settled.undueTotal,
          dueOn: input.undue!.dueOn,
          instalments: input.undue!.instalments,
          deductFromPayments: input.undue!.deductFromPayments,
          deductionCap: null,
          justification: `Świadczenia rodzinne nienależnie pobrane za miesiące ${settled.undue.map((x) => x.month).join(', ')} w związku ze zmianą decyzji nr ${base.number} decyzją nr ${number}: ${input.reason}`,
        })
      : null;
  return {
    application: await get(ctx, id),
    decisionId,
    receivable: receivable && { id: receivable.id, number: receivable.number, amount: receivable.amount },
  };
}
