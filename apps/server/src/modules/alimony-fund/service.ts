import type {
  CreateAlimonyFundApplication,
  DecideAlimonyFund,
} from '@ostoja/domain/alimony-fund/application';
import {
  type AlimonyFundCalculatorRequest,
  type AlimonyFundItem,
  calculateAlimonyFund,
  UFA_ART,
} from '@ostoja/domain/alimony-fund/calculator';
import {
  alimonyFundApplicationPeriod,
  alimonyFundParametersOn,
} from '@ostoja/domain/alimony-fund/parameters';
import { enforcementIneffective } from '@ostoja/domain/alimony-fund/rules';
import { step } from '@ostoja/domain/benefits/explanation';
import type { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict } from '../../http/errors.ts';
import * as claims from '../benefit-claims/service.ts';
import { debtsAndRecoveries } from './debt-report.ts';
import * as repo from './repo.ts';

// The alimony fund (uFA): the application with its family's base-year income (as for family
// benefits, benefit-claims/), the debtor and the bailiff's certificate; the decision for the okres
// świadczeniowy and its monthly payments through the payment runs.

const ENTITY = 'alimonyFundApplication';
const LEGAL_BASIS =
  'art. 2, art. 9, art. 10, art. 15 i art. 20 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów (Dz.U. 2026 poz. 79)';

const parameters = claims.parametersOrField(alimonyFundParametersOn, 'validation.alimonyFund.noParameters');

/** The public calculator: the amounts in force for the month asked, each step in the caller's language. */
export async function calculate(ctx: RequestContext, r: AlimonyFundCalculatorRequest) {
  return claims.explained(ctx, calculateAlimonyFund(parameters(r.periodStart, 'periodStart'), r));
}

/** The stored application as a calculator request for one month. */
function requestFor(a: repo.ApplicationRow, month: string): AlimonyFundCalculatorRequest {
  return {
    periodStart: month,
    familyMonthlyIncome: a.familyMonthlyIncome,
    members: a.members.map((m) => ({
      ...claims.calculatorMember(m),
      significantDisability: m.significantDisability,
      ...(m.courtAlimony === null ? {} : { courtAlimony: m.courtAlimony }),
    })),
  };
}

/** One month of the right: the bailiff's certificate first (art. 2 pkt 2), then the calculator. */
function rightIn(a: repo.ApplicationRow, month: string) {
  const c = a.bailiffCertificate;
  const calc = calculateAlimonyFund(parameters(month, 'submittedOn'), requestFor(a, month));
  if (enforcementIneffective(c.issuedOn, c.lastFullPaymentOn)) {
    const first = step(UFA_ART('2 pkt 2'), 'alimonyFund.step.enforcementIneffective', {
      issuedOn: c.issuedOn,
    });
    return { ...calc, steps: [first, ...calc.steps] };
  }
  const refused = step(UFA_ART('2 pkt 2'), 'alimonyFund.step.enforcementEffective', {
    issuedOn: c.issuedOn,
    lastFullPaymentOn: c.lastFullPaymentOn ?? '',
  });
  return { ...calc, eligible: false, monthlyAmount: 0, items: [], steps: [refused] };
}

const firstMonth = (a: repo.ApplicationRow) => alimonyFundApplicationPeriod(a.submittedOn).firstMonth;

function summary(a: repo.ApplicationRow) {
  return {
    ...claims.commonSummary(a, alimonyFundApplicationPeriod(a.submittedOn).period.label),
    debtorName: a.debtorName,
  };
}

export const reads = claims.claimReads({
  entity: ENTITY,
  repo: repo.claims,
  summary,
  view: async (ctx, a) => {
    const month = firstMonth(a);
    const { incomePerPerson: _p, ...calc } = rightIn(a, month);
    return {
      ...summary(a),
      ...(await claims.commonView(ctx, repo.claims, a, month, calc)),
      debtorAddress: a.debtorAddress,
      bailiffCertificate: a.bailiffCertificate,
    };
  },
});
export const { list, get } = reads;

export async function create(ctx: StaffContext, body: z.output<typeof CreateAlimonyFundApplication>) {
  const { period, firstMonth: from } = alimonyFundApplicationPeriod(body.submittedOn);
  parameters(from, 'submittedOn');
  const id = await claims.registerClaim(
    ctx,
    { entity: ENTITY, repo: repo.claims, prefix: 'FA', register: 'alimonyFundApplication' },
    body,
    period,
    (member) => ({
      members: body.members.map((m) => ({
        ...member(m),
        significantDisability: m.significantDisability,
        courtAlimony: m.courtAlimony ?? null,
      })),
      debtorName: body.debtor.name,
      debtorAddress: body.debtor.address,
      bailiffCertificate: body.bailiffCertificate,
      status: 'complete',
    }),
  );
  return get(ctx, id);
}

/**
 * The months of the right: from the month of filing (or 1 October) to 30 September, each
 * computed with the ages of that month (a child turning 18 drops out after its birthday month).
 */
export function rightByMonth(a: repo.ApplicationRow) {
  const { period, firstMonth: from } = alimonyFundApplicationPeriod(a.submittedOn);
  const right = claims.monthsOfRight(
    from,
    period.end,
    (m) => rightIn(a, m),
    (calc): { amount: number; items: AlimonyFundItem[] } => ({
      amount: calc.monthlyAmount,
      items: calc.items,
    }),
  );
  return { period, from: right.first ? `${right.months[0]!.month}-01` : from, ...right };
}

export async function decide(ctx: StaffContext, id: string, input: z.output<typeof DecideAlimonyFund>) {
  const a = await reads.load(ctx, id, true);
  if (a.status === 'decided') throw conflict('alimonyFund.decided', 'error.alimonyFund.decided');
  await claims.decideClaim(
    ctx,
    repo.claims,
    {
      register: 'alimonyFundDecision',
      prefix: 'FA',
      benefit: 'funduszAlimentacyjny',
      link: 'alimonyFundApplicationId',
      legalBasis: LEGAL_BASIS,
      notEligible: ['alimonyFund.notEligible', 'error.alimonyFund.notEligible'],
      justification: (period) =>
        `Prawo do świadczeń z funduszu alimentacyjnego na okres świadczeniowy ${period} (${UFA_ART('9 i 10')}).`,
    },
    a,
    input,
    () => rightByMonth(a),
    () => rightIn(a, firstMonth(a)).steps,
  );
  return get(ctx, id);
}

/** The alimony fund's figures for the months from–to: the benefits from the granted decisions, the debts and recoveries from the debtors' statements. */
export async function report(ctx: StaffContext, from: string, to: string) {
  const families = new Set<string>();
  const persons = new Set<string>();
  let amount = 0;
  const items = await claims.grantedItems(ctx, repo.claims, from, to, (a) => rightByMonth(a).items);
  for (const { a, item } of items) {
    families.add(a.id);
    persons.add(a.members[item.personIndex]!.personId);
    amount += item.amount;
  }
  await ctx.audit({ action: 'read', entity: 'alimonyFundReport', details: { from, to } });
  return {
    from,
    to,
    families: families.size,
    persons: persons.size,
    benefits: items.length,
    amount,
    ...(await debtsAndRecoveries(ctx, from, to)),
  };
}
