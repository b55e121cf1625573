import {
  bearsInterest,
  type EstablishUndueAlimonyFund,
  tooOldToClaim,
  type UndueGround,
  undueWithInterest,
} from '@ostoja/domain/alimony-fund/undue';
import { formatMoney } from '@ostoja/domain/benefits/explanation';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import { createReceivable } from '../payments/receivables.ts';
import * as repo from './repo.ts';
import { reads } from './service.ts';
import * as undue from './undue-repo.ts';

// Undue alimony-fund benefits (art. 23 uFA): the decision names the paid months that were undue,
// computes the statutory interest to its day and establishes the receivable through the payments
// module (the mechanism of art. 104 ups: instalments, repayment, deduction, waiver). One transaction.

const ACT = 'ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów';

const legalBasis = (ground: UndueGround, interest: boolean) =>
  `art. 2 pkt 7 lit. ${ground}, art. 23 ust. 1${interest ? ', 1a i 7' : ''} ${ACT}`;

/**
 * The undue part of each month's paid payments: all that no earlier decision took, or the amount
 * asked, the older payment first.
 */
function undueParts(
  items: undue.PaidItem[],
  taken: Map<string, number>,
  input: z.output<typeof EstablishUndueAlimonyFund>,
) {
  const parts: undue.UndueRow['payments'] = [];
  input.months.forEach((m, i) => {
    const paid = items
      .filter((p) => p.month === m.month)
      .map((p) => ({ ...p, amount: p.amount - (taken.get(p.id) ?? 0) }));
    if (paid.length === 0) throw fieldError(`months.${i}.month`, 'validation.alimonyFund.monthNotPaid');
    const total = paid.reduce((s, p) => s + p.amount, 0);
    let left = m.amount ?? total;
    if (left > total || left === 0)
      throw fieldError(
        `months.${i}.amount`,
        `validation.alimonyFund.moreThanPaid?max=${formatMoney(total, 'pl')}`,
      );
    for (const p of paid) {
      if (tooOldToClaim(p.paidOn, input.decidedOn))
        throw fieldError(`months.${i}.month`, 'validation.alimonyFund.undueTooOld');
      if (p.paidOn > input.decidedOn)
        throw fieldError('decidedOn', 'validation.alimonyFund.decidedBeforePayment');
      const take = Math.min(left, p.amount);
      if (take > 0) parts.push({ paymentItemId: p.id, month: p.month, paidOn: p.paidOn, amount: take });
      left -= take;
    }
  });
  return parts;
}

function justification(
  parts: { month: string }[],
  ground: UndueGround,
  d: ReturnType<typeof undueWithInterest>,
  on: string,
  own: string,
) {
  const months = [...new Set(parts.map((p) => p.month))].join(', ');
  const interest = bearsInterest(ground)
    ? `Odsetki ustawowe za opóźnienie od pierwszego dnia miesiąca następującego po dniu wypłaty do dnia ${on}: ${formatMoney(d.interest, 'pl')}; dalsze odsetki biegną do dnia spłaty (art. 23 ust. 1a i 7).`
    : 'Od tych świadczeń nie nalicza się odsetek (art. 23 ust. 1a).';
  return `Świadczenia z funduszu alimentacyjnego wypłacone za miesiące ${months} w kwocie ${formatMoney(d.principal, 'pl')} są nienależnie pobrane (art. 2 pkt 7 lit. ${ground} ${ACT}). ${interest} Do zwrotu: ${formatMoney(d.total, 'pl')}. ${own}`;
}

export async function establish(
  ctx: StaffContext,
  applicationId: string,
  input: z.output<typeof EstablishUndueAlimonyFund>,
) {
  const a = await reads.load(ctx, applicationId, true);
  const decision = await repo.claims.decisionOf(ctx.q, a.id);
  if (decision?.outcome !== 'grant') throw conflict('alimonyFund.notGranted', 'error.alimonyFund.notGranted');
  const items = await undue.paidItems(
    ctx.q,
    decision.id,
    input.months.map((m) => m.month),
  );
  const parts = undueParts(items, await undue.alreadyUndue(ctx.q, a.id), input);
  const d = undueWithInterest(parts, input.ground, input.decidedOn);
  const r = await createReceivable(
    ctx,
    {
      personId: a.applicantId,
      kind: 'undueBenefit',
      sourceDecisionId: decision.id,
      months: [...new Set(parts.map((p) => p.month))],
      decidedOn: input.decidedOn,
      amount: d.total,
      dueOn: input.dueOn,
      instalments: input.instalments,
      deductFromPayments: input.deductFromPayments,
      deductionCap: null,
      justification: justification(parts, input.ground, d, input.decidedOn, input.justification),
    },
    legalBasis(input.ground, bearsInterest(input.ground)),
  );
  await undue.insert(ctx.q, {
    receivableId: r.id,
    applicationId: a.id,
    ground: input.ground,
    principal: d.principal,
    interest: d.interest,
    payments: parts,
  });
  return (await list(ctx, a.id)).items.find((u) => u.receivableId === r.id)!;
}

/** The application's decisions on undue benefits with what is still owed on each. */
export async function list(ctx: StaffContext, applicationId: string) {
  const a = await reads.load(ctx, applicationId);
  const rows = await undue.ofApplication(ctx.q, a.id);
  await ctx.audit({
    action: 'read',
    entity: 'alimonyFundUndue',
    entityId: a.id,
    persons: [a.applicantId],
  });
  return {
    items: rows.map((u) => ({ ...u, outstanding: u.amount - u.recovered - u.waived })),
  };
}
