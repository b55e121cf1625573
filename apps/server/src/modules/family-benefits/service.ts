import { addDaysKpa } from '@ostoja/domain/calendar/working-days';
import {
  type CreateFamilyBenefitApplication,
  type DecideFamilyBenefit,
  requiredAttachments,
} from '@ostoja/domain/family-benefits/application';
import {
  BENEFIT_ITEM_KINDS,
  type BenefitItem,
  calculateFamilyBenefits,
  type FamilyBenefitsCalculatorRequest,
  USR_ART,
} from '@ostoja/domain/family-benefits/calculator';
import { applicationPeriod } from '@ostoja/domain/family-benefits/parameters';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict, fieldError } from '../../http/errors.ts';
import * as claims from '../benefit-claims/service.ts';
import { personScope } from '../registry/access.ts';
import { itemsInForce } from './amended-right.ts';
import * as repo from './repo.ts';
import { parameters, rightIn } from './right.ts';

// Family benefits under the usr: the application with its base-year income, the wezwanie for
// missing attachments, the decision per okres zasiłkowy and its monthly payments (the payment
// runs of social assistance pay them). What the alimony fund shares is in benefit-claims/.

const ENTITY = 'familyBenefitApplication';
const LEGAL_BASIS =
  'art. 3, art. 4, art. 5, art. 6, art. 9–15, art. 20, art. 23 i art. 24 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (Dz.U. 2025 poz. 1208)';

/** The public calculator: the amounts in force for the month asked, each step in the caller's language. */
export async function calculate(ctx: RequestContext, r: FamilyBenefitsCalculatorRequest) {
  return claims.explained(ctx, calculateFamilyBenefits(parameters(r.periodStart, 'periodStart'), r));
}

function summary(a: repo.ApplicationRow) {
  return {
    ...claims.commonSummary(a, applicationPeriod(a.submittedOn).period.label),
    completionDue: a.completionDue,
    forwardedOn: a.forwardedOn,
  };
}

const reads = claims.claimReads({
  entity: ENTITY,
  repo: repo.claims,
  summary,
  view: async (ctx, a) => {
    const month = applicationPeriod(a.submittedOn).firstMonth;
    return {
      ...summary(a),
      ...(await claims.commonView(ctx, repo.claims, a, month, rightIn(a, month))),
      singleParent: a.singleParent,
      workingAbroad: a.workingAbroad,
      attachments: a.attachments,
    };
  },
});
export const { list, get, load } = reads;

export async function create(ctx: StaffContext, body: z.output<typeof CreateFamilyBenefitApplication>) {
  const { period } = applicationPeriod(body.submittedOn);
  const attachments = requiredAttachments(body).map((key) => ({
    key,
    required: true,
    provided: body.attachments.includes(key),
  }));
  const missing = attachments.some((x) => !x.provided);
  const id = await claims.registerClaim(
    ctx,
    { entity: ENTITY, repo: repo.claims, prefix: 'ŚR', register: 'familyBenefitApplication' },
    body,
    period,
    (member) => ({
      members: body.members.map(member),
      singleParent: body.singleParent,
      additions: body.additions,
      attachments,
      // Art. 24 ust. 3a usr with KPA art. 64 § 2: the applicant is called to complete within 14 days [M].
      completionDue: missing ? addDaysKpa(body.submittedOn, 14) : null,
      workingAbroad: body.workingAbroad,
      // EU coordination: the clerk records the day the file actually went to the voivode.
      forwardedOn: null,
      status: body.workingAbroad ? 'forwarded' : missing ? 'incomplete' : 'complete',
    }),
  );
  return get(ctx, id);
}

/** The applicant brings the missing attachments: complete once the checklist is. */
export async function provideAttachments(ctx: StaffContext, id: string, keys: readonly string[]) {
  const a = await reads.load(ctx, id, true);
  if (a.status !== 'incomplete')
    throw conflict('familyBenefits.status', 'error.familyBenefits.notIncomplete');
  const attachments = a.attachments.map((x) => ({ ...x, provided: x.provided || keys.includes(x.key) }));
  const status = attachments.every((x) => x.provided) ? 'complete' : 'incomplete';
  await repo.setAttachments(ctx.q, id, attachments, status);
  await ctx.audit({ action: 'update', entity: ENTITY, entityId: id, details: { attachments: keys, status } });
  return get(ctx, id);
}

/** EU coordination: the day the application was sent to the voivode (a correction may follow). */
export async function recordForwarding(ctx: StaffContext, id: string, forwardedOn: string) {
  const a = await reads.load(ctx, id, true);
  if (a.status !== 'forwarded') throw conflict('familyBenefits.status', 'error.familyBenefits.notForwarded');
  if (forwardedOn < a.submittedOn)
    throw fieldError('forwardedOn', 'validation.familyBenefits.forwardedBeforeFiling');
  if (forwardedOn > todayInPoland())
    throw fieldError('forwardedOn', 'validation.familyBenefits.forwardedFuture');
  await repo.setForwardedOn(ctx.q, id, forwardedOn);
  await ctx.audit({ action: 'update', entity: ENTITY, entityId: id, details: { forwardedOn } });
  return get(ctx, id);
}

/** The clerk's home page: the calls to complete still running or run out, nearest first (logged). */
export async function completionDeadlines(ctx: StaffContext) {
  const today = todayInPoland();
  const rows = await repo.completionDeadlines(ctx.q, personScope(ctx.actor), 50);
  await ctx.audit({
    action: 'list',
    entity: ENTITY,
    details: { completionDeadlines: rows.length },
    persons: rows.map((r) => r.applicantId),
  });
  return { items: rows.map(({ applicantId: _, ...r }) => ({ ...r, overdue: r.dueOn < today })) };
}

/**
 * The months of the right: from the month of filing (or 1 November) to 31 October, each month
 * computed with the ages of that month; the one-off dodatki are paid with the first month.
 */
export function rightByMonth(a: repo.ApplicationRow) {
  const { period, firstMonth: from } = applicationPeriod(a.submittedOn);
  const right = claims.monthsOfRight(
    from,
    period.end,
    (m) => rightIn(a, m),
    (calc, first): { amount: number; items: BenefitItem[] } => ({
      amount: calc.monthlyAmount + (first ? calc.oneOffAmount : 0),
      items: calc.items.filter((x) => first || x.period === 'monthly'),
    }),
  );
  return { period, from, ...right };
}

export async function decide(ctx: StaffContext, id: string, input: z.output<typeof DecideFamilyBenefit>) {
  const a = await reads.load(ctx, id, true);
  if (a.status === 'incomplete')
    throw conflict('familyBenefits.incomplete', 'error.familyBenefits.incomplete');
  if (a.status === 'forwarded') throw conflict('familyBenefits.forwarded', 'error.familyBenefits.forwarded');
  if (a.status === 'decided') throw conflict('familyBenefits.decided', 'error.familyBenefits.decided');
  await claims.decideClaim(
    ctx,
    repo.claims,
    {
      register: 'familyBenefitDecision',
      prefix: 'ŚR.5230',
      benefit: 'zasilekRodzinny',
      link: 'familyBenefitApplicationId',
      legalBasis: LEGAL_BASIS,
      notEligible: ['familyBenefits.notEligible', 'error.familyBenefits.notEligible'],
      justification: (period) =>
        `Prawo do zasiłku rodzinnego z dodatkami na okres zasiłkowy ${period} (${USR_ART('24 ust. 2')}).`,
    },
    a,
    input,
    () => rightByMonth(a),
  );
  return get(ctx, id);
}

/**
 * The sprawozdanie of family benefits for the months from–to: per benefit and dodatek, how many
 * were due, to how many families, and the amount — from the granted decisions (the months of
 * entitlement; a one-off counts in its decision's first month).
 */
export async function report(ctx: StaffContext, from: string, to: string) {
  const rows = new Map<string, { kind: string; count: number; families: Set<string>; amount: number }>();
  const amended = await repo.amendmentsUntil(ctx.q, to);
  for (const { a, item: x } of await claims.grantedItems(ctx, repo.claims, from, to, (a) => {
    const right = rightByMonth(a);
    return itemsInForce(a, right.items, amended.get(a.id), right.period.end);
  })) {
    const r = rows.get(x.kind) ?? { kind: x.kind, count: 0, families: new Set(), amount: 0 };
    r.count += 1;
    r.families.add(a.id);
    r.amount += x.amount;
    rows.set(x.kind, r);
  }
  const order = [...BENEFIT_ITEM_KINDS];
  const out = [...rows.values()]
    .sort((a, b) => order.indexOf(a.kind as never) - order.indexOf(b.kind as never))
    .map((r) => ({
      kind: r.kind as BenefitItem['kind'],
      count: r.count,
      families: r.families.size,
      amount: r.amount,
    }));
  await ctx.audit({ action: 'read', entity: 'familyBenefitReport', details: { from, to } });
  return { from, to, rows: out, totalAmount: out.reduce((s, r) => s + r.amount, 0) };
}
