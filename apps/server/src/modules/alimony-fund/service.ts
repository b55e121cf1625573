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
import { renderExplanation, step } from '@ostoja/domain/benefits/explanation';
import { addMonths } from '@ostoja/domain/payments/schedule';
import { z } from 'zod';
import { personsOf, type RequestContext, type StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextInRegister, registerNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import { checkDecision, enteredIncome, membersFound } from '../family-benefits/service.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as repo from './repo.ts';

// The alimony fund (uFA): the application with its family's base-year income (as for family
// benefits), the debtor and the bailiff's certificate; the decision for the okres świadczeniowy
// and its monthly payments through the payment runs. Each use case runs in the route's one transaction.

const ENTITY = 'alimonyFundApplication';
const LEGAL_BASIS =
  'art. 2, art. 9, art. 10, art. 15 i art. 20 ustawy z dnia 7 września 2007 r. o pomocy osobom uprawnionym do alimentów (Dz.U. 2026 poz. 79)';

function parameters(on: string, field: string) {
  const p = alimonyFundParametersOn(on);
  if (!p) throw fieldError(field, 'validation.alimonyFund.noParameters');
  return p;
}

/** The public calculator: the amounts in force for the month asked, each step in the caller's language. */
export async function calculate(ctx: RequestContext, r: AlimonyFundCalculatorRequest) {
  const { steps, ...answer } = calculateAlimonyFund(parameters(r.periodStart, 'periodStart'), r);
  return { ...answer, explanation: renderExplanation(steps, ctx.locale) };
}

/** The stored application as a calculator request for one month. */
function requestFor(a: repo.ApplicationRow, month: string): AlimonyFundCalculatorRequest {
  return {
    periodStart: month,
    familyMonthlyIncome: a.familyMonthlyIncome,
    members: a.members.map((m) => ({
      role: m.role,
      birthDate: m.birthDate,
      disabilityCertificate: m.disabilityCertificate,
      significantDisability: m.significantDisability,
      inSchool: m.inSchool,
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
    id: a.id,
    number: a.number,
    applicantId: a.applicantId,
    applicantName: a.applicantName,
    submittedOn: a.submittedOn,
    period: alimonyFundApplicationPeriod(a.submittedOn).period.label,
    status: a.status,
    debtorName: a.debtorName,
    familyMonthlyIncome: a.familyMonthlyIncome,
    incomePerPerson: a.incomePerPerson,
  };
}

async function view(ctx: StaffContext, a: repo.ApplicationRow) {
  const month = firstMonth(a);
  const { steps, incomePerPerson: _p, ...calc } = rightIn(a, month);
  return {
    ...summary(a),
    householdId: a.householdId,
    baseYear: a.baseYear,
    farmHectares: a.farmHectares,
    debtorAddress: a.debtorAddress,
    bailiffCertificate: a.bailiffCertificate,
    members: a.members,
    calculation: { month, ...calc, explanation: renderExplanation(steps, ctx.locale) },
    decision: await repo.decisionOf(ctx.q, a.id),
  };
}

const ListCursor = z.tuple([keyDate, keyId]);

export async function list(ctx: StaffContext, after: string | undefined, limit: number) {
  const cursor = decodeCursor(ListCursor, after);
  const rows = await repo.list(ctx.q, personScope(ctx.actor), cursor, limit + 1);
  const page = toPage(rows, limit, (a) => [a.submittedOn, a.id], summary);
  await ctx.audit({
    action: 'list',
    entity: ENTITY,
    details: { results: page.items.length },
    persons: personsOf(page.items, 'applicantId'),
  });
  return page;
}

async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const a = await repo.find(ctx.q, id, personScope(ctx.actor), forUpdate);
  if (!a) throw notFound();
  return a;
}

export async function get(ctx: StaffContext, id: string) {
  const a = await load(ctx, id);
  const shown = await view(ctx, a);
  const persons = [shown.applicantId, ...personsOf(shown.members)];
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, persons });
  return shown;
}

export async function create(ctx: StaffContext, body: z.output<typeof CreateAlimonyFundApplication>) {
  const ids = body.members.map((m) => m.personId);
  const found = await membersFound(ctx, body.householdId, ids);
  // Sealed members (only the compartment can name them) become known to the centre (decision 0015).
  await knownToCentre(ctx, [
    { id: body.applicantId, path: 'applicantId' },
    ...ids.map((id, i) => ({ id, path: `members.${i}.personId` })),
  ]);
  const { period, firstMonth: from } = alimonyFundApplicationPeriod(body.submittedOn);
  parameters(from, 'submittedOn');
  const income = enteredIncome(body.members, body.farmHectares, period.baseYear);
  const year = Number(body.submittedOn.slice(0, 4));
  const number = registerNumber('FA', year, await nextInRegister(ctx.q, 'alimonyFundApplication', year), 6);
  const id = await repo.insert(
    ctx.q,
    {
      number,
      householdId: body.householdId,
      applicantId: body.applicantId,
      submittedOn: body.submittedOn,
      periodStart: period.start,
      baseYear: period.baseYear,
      members: body.members.map((m) => ({
        personId: m.personId,
        name: found.get(m.personId)!.name,
        birthDate: found.get(m.personId)!.birthDate,
        role: m.role,
        disabilityCertificate: m.disabilityCertificate,
        significantDisability: m.significantDisability,
        inSchool: m.inSchool,
        courtAlimony: m.courtAlimony ?? null,
      })),
      farmHectares: body.farmHectares,
      familyMonthlyIncome: income.monthly,
      incomePerPerson: income.perPerson,
      debtorName: body.debtor.name,
      debtorAddress: body.debtor.address,
      bailiffCertificate: body.bailiffCertificate,
      status: 'complete',
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { number, applicantId: body.applicantId, members: ids.length },
  });
  return get(ctx, id);
}

/**
 * The months of the right: from the month of filing (or 1 October) to 30 September, each
 * computed with the ages of that month (a child turning 18 drops out after its birthday month).
 */
export function rightByMonth(a: repo.ApplicationRow) {
  const { period, firstMonth: from } = alimonyFundApplicationPeriod(a.submittedOn);
  const months: { month: string; amount: number; days: null }[] = [];
  const items: { month: string; items: AlimonyFundItem[] }[] = [];
  let first: ReturnType<typeof rightIn> | null = null;
  for (let m = from; m <= period.end; m = `${addMonths(m.slice(0, 7), 1)}-01`) {
    const calc = rightIn(a, m);
    if (!calc.eligible) continue;
    months.push({ month: m.slice(0, 7), amount: calc.monthlyAmount, days: null });
    items.push({ month: m.slice(0, 7), items: calc.items });
    first ??= calc;
  }
  return { period, from: first ? `${months[0]!.month}-01` : from, months, items, first };
}

export async function decide(ctx: StaffContext, id: string, input: z.output<typeof DecideAlimonyFund>) {
  const a = await load(ctx, id, true);
  if (a.status === 'decided') throw conflict('alimonyFund.decided', 'error.alimonyFund.decided');
  await checkDecision(ctx, a.submittedOn, input);
  const grant = input.outcome === 'grant';
  const right = rightByMonth(a);
  if (grant && !right.first) throw conflict('alimonyFund.notEligible', 'error.alimonyFund.notEligible');
  const year = Number(input.decidedOn.slice(0, 4));
  const number = registerNumber('FA', year, await nextInRegister(ctx.q, 'alimonyFundDecision', year), 4);
  const steps = right.first?.steps ?? rightIn(a, firstMonth(a)).steps;
  const decisionId = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    alimonyFundApplicationId: id,
    proposalId: null,
    benefit: 'funduszAlimentacyjny',
    number,
    outcome: input.outcome,
    decidedOn: input.decidedOn,
    amount: grant ? right.first!.monthlyAmount : 0,
    periodFrom: grant ? right.from : null,
    periodTo: grant ? right.period.end : null,
    schedule: grant ? right.months : [],
    paymentMethod: grant ? input.paymentMethod : null,
    iban: grant ? (input.iban ?? null) : null,
    legalBasis: LEGAL_BASIS,
    justification: grant
      ? `Prawo do świadczeń z funduszu alimentacyjnego na okres świadczeniowy ${right.period.label} (${UFA_ART('9 i 10')}).`
      : (input.refusalReason ?? ''),
    calculation: { ...right.first, steps: undefined, explanation: renderExplanation(steps, 'pl') },
    signedById: ctx.actor.id,
    draftedById: ctx.actor.id,
  });
  if (grant) await createScheduleForDecision(ctx.q, decisionId);
  await repo.setDecided(ctx.q, id);
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: decisionId,
    details: { alimonyFundApplicationId: id, number, outcome: input.outcome },
  });
  return get(ctx, id);
}

/** The alimony fund's figures for the months from–to, from the granted decisions' months of right. */
export async function report(ctx: StaffContext, from: string, to: string) {
  const families = new Set<string>();
  const persons = new Set<string>();
  let benefits = 0;
  let amount = 0;
  for (const a of await repo.granted(ctx.q, `${from}-01`, `${to}-01`)) {
    for (const m of rightByMonth(a).items) {
      if (m.month < from || m.month > to) continue;
      for (const x of m.items) {
        families.add(a.id);
        persons.add(a.members[x.personIndex]!.personId);
        benefits += 1;
        amount += x.amount;
      }
    }
  }
  await ctx.audit({ action: 'read', entity: 'alimonyFundReport', details: { from, to } });
  return { from, to, families: families.size, persons: persons.size, benefits, amount };
}
