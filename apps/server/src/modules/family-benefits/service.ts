import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import { addDaysKpa } from '@ostoja/domain/calendar/working-days';
import {
  type CreateFamilyBenefitApplication,
  type DecideFamilyBenefit,
  type MemberInput,
  requiredAttachments,
} from '@ostoja/domain/family-benefits/application';
import {
  BENEFIT_ITEM_KINDS,
  type BenefitItem,
  calculateFamilyBenefits,
  type FamilyBenefitsCalculatorRequest,
  USR_ART,
} from '@ostoja/domain/family-benefits/calculator';
import {
  familyMonthlyIncome,
  farmIncomeForYear,
  taxedIncomeNet,
} from '@ostoja/domain/family-benefits/income';
import { applicationPeriod, familyBenefitParametersOn } from '@ostoja/domain/family-benefits/parameters';
import { checkIban } from '@ostoja/domain/payments/iban';
import { addMonths } from '@ostoja/domain/payments/schedule';
import { z } from 'zod';
import { personsOf, type RequestContext, type StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextInRegister, registerNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as identityRepo from '../identity/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as repo from './repo.ts';

// Family benefits under the usr: the application with its base-year income, the wezwanie for
// missing attachments, the decision per okres zasiłkowy and its monthly payments (the payment
// runs of social assistance pay them). Each use case runs in the route's one transaction.

const ENTITY = 'familyBenefitApplication';
const LEGAL_BASIS =
  'art. 3, art. 4, art. 5, art. 6, art. 9–15, art. 20, art. 23 i art. 24 ustawy z dnia 28 listopada 2003 r. o świadczeniach rodzinnych (Dz.U. 2025 poz. 1208)';

function parameters(on: string, field: string) {
  const p = familyBenefitParametersOn(on);
  if (!p) throw fieldError(field, 'validation.familyBenefits.noParameters');
  return p;
}

/** The public calculator: the amounts in force for the month asked, each step in the caller's language. */
export async function calculate(ctx: RequestContext, r: FamilyBenefitsCalculatorRequest) {
  const { steps, ...answer } = calculateFamilyBenefits(parameters(r.periodStart, 'periodStart'), r);
  return { ...answer, explanation: renderExplanation(steps, ctx.locale) };
}

/** The stored application as a calculator request for one month. */
function requestFor(a: repo.ApplicationRow, month: string): FamilyBenefitsCalculatorRequest {
  const index = new Map(a.members.map((m, i) => [m.personId, i]));
  return {
    periodStart: month,
    familyMonthlyIncome: a.familyMonthlyIncome,
    members: a.members.map((m) => ({
      role: m.role,
      birthDate: m.birthDate,
      disabilityCertificate: m.disabilityCertificate,
      inSchool: m.inSchool,
    })),
    singleParent: a.singleParent,
    additions: a.additions.map((x) => ({
      kind: x.kind as FamilyBenefitsCalculatorRequest['additions'][number]['kind'],
      childIndex: index.get(x.personId)!,
    })),
  };
}

const firstMonth = (a: repo.ApplicationRow) => applicationPeriod(a.submittedOn).firstMonth;

async function view(ctx: StaffContext, a: repo.ApplicationRow) {
  const month = firstMonth(a);
  const { steps, ...calc } = calculateFamilyBenefits(parameters(month, 'submittedOn'), requestFor(a, month));
  return {
    ...summary(a),
    householdId: a.householdId,
    baseYear: a.baseYear,
    singleParent: a.singleParent,
    workingAbroad: a.workingAbroad,
    farmHectares: a.farmHectares,
    members: a.members,
    attachments: a.attachments,
    calculation: { month, ...calc, explanation: renderExplanation(steps, ctx.locale) },
    decision: await repo.decisionOf(ctx.q, a.id),
  };
}

function summary(a: repo.ApplicationRow) {
  return {
    id: a.id,
    number: a.number,
    applicantId: a.applicantId,
    applicantName: a.applicantName,
    submittedOn: a.submittedOn,
    period: applicationPeriod(a.submittedOn).period.label,
    status: a.status,
    completionDue: a.completionDue,
    familyMonthlyIncome: a.familyMonthlyIncome,
    incomePerPerson: a.incomePerPerson,
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

/**
 * The family's monthly income from the base-year figures entered per member and the farm's
 * hectares (also the alimony fund's, which counts income as the usr does).
 */
export function enteredIncome(members: readonly MemberInput[], farmHectares: number, baseYear: number) {
  let farm = 0;
  if (farmHectares > 0) {
    const f = farmIncomeForYear(farmHectares, baseYear);
    if (f === null)
      throw fieldError('farmHectares', `validation.familyBenefits.noFarmIncome?year=${baseYear}`);
    farm = f;
  }
  return familyMonthlyIncome(
    members.map((m) => ({
      taxed: taxedIncomeNet(m.taxed),
      untaxed: m.untaxed,
      alimonyPaid: m.alimonyPaid,
      changes: m.changes,
    })),
    baseYear,
    farm,
  );
}

/** The registry's name and birth date of each member, in scope; 400 naming a member not found. */
export async function membersFound(ctx: StaffContext, householdId: string, ids: readonly string[]) {
  if (!(await repo.householdExists(ctx.q, householdId)))
    throw fieldError('householdId', 'validation.familyBenefits.unknownHousehold');
  const found = new Map((await repo.persons(ctx.q, [...ids], personScope(ctx.actor))).map((p) => [p.id, p]));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw fieldError(`members.${i}.personId`, 'validation.familyBenefits.unknownPerson');
  });
  return found;
}

export async function create(ctx: StaffContext, body: z.output<typeof CreateFamilyBenefitApplication>) {
  const ids = body.members.map((m) => m.personId);
  const found = await membersFound(ctx, body.householdId, ids);
  // Sealed members (only the compartment can name them) become known to the centre (decision 0015).
  await knownToCentre(ctx, [
    { id: body.applicantId, path: 'applicantId' },
    ...ids.map((id, i) => ({ id, path: `members.${i}.personId` })),
  ]);
  const { period } = applicationPeriod(body.submittedOn);
  const income = enteredIncome(body.members, body.farmHectares, period.baseYear);
  const required = requiredAttachments(body);
  const attachments = required.map((key) => ({
    key,
    required: true,
    provided: body.attachments.includes(key),
  }));
  const missing = attachments.some((x) => !x.provided);
  const year = Number(body.submittedOn.slice(0, 4));
  const number = registerNumber('ŚR', year, await nextInRegister(ctx.q, 'familyBenefitApplication', year), 6);
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
        inSchool: m.inSchool,
      })),
      singleParent: body.singleParent,
      additions: body.additions,
      farmHectares: body.farmHectares,
      familyMonthlyIncome: income.monthly,
      incomePerPerson: income.perPerson,
      attachments,
      // Art. 24 ust. 3a usr with KPA art. 64 § 2: the applicant is called to complete within 14 days [M].
      completionDue: missing ? addDaysKpa(body.submittedOn, 14) : null,
      workingAbroad: body.workingAbroad,
      status: body.workingAbroad ? 'forwarded' : missing ? 'incomplete' : 'complete',
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

/** The applicant brings the missing attachments: complete once the checklist is. */
export async function provideAttachments(ctx: StaffContext, id: string, keys: readonly string[]) {
  const a = await load(ctx, id, true);
  if (a.status !== 'incomplete')
    throw conflict('familyBenefits.status', 'error.familyBenefits.notIncomplete');
  const attachments = a.attachments.map((x) => ({ ...x, provided: x.provided || keys.includes(x.key) }));
  const status = attachments.every((x) => x.provided) ? 'complete' : 'incomplete';
  await repo.setAttachments(ctx.q, id, attachments, status);
  await ctx.audit({ action: 'update', entity: ENTITY, entityId: id, details: { attachments: keys, status } });
  return get(ctx, id);
}

/**
 * The months of the right: from the month of filing (or 1 November) to 31 October, each month
 * computed with the ages of that month; the one-off dodatki are paid with the first month.
 */
export function rightByMonth(a: repo.ApplicationRow) {
  const { period, firstMonth: from } = applicationPeriod(a.submittedOn);
  const months: { month: string; amount: number; days: null }[] = [];
  const items: { month: string; items: BenefitItem[] }[] = [];
  let first: ReturnType<typeof calculateFamilyBenefits> | null = null;
  for (let m = from; m <= period.end; m = `${addMonths(m.slice(0, 7), 1)}-01`) {
    const calc = calculateFamilyBenefits(parameters(m, 'submittedOn'), requestFor(a, m));
    if (!calc.eligible) continue;
    months.push({
      month: m.slice(0, 7),
      amount: calc.monthlyAmount + (first ? 0 : calc.oneOffAmount),
      days: null,
    });
    items.push({ month: m.slice(0, 7), items: calc.items.filter((x) => !first || x.period === 'monthly') });
    first ??= calc;
  }
  return { period, from, months, first, items };
}

async function signer(ctx: StaffContext) {
  const s = await identityRepo.signatory(ctx.q, ctx.actor.id);
  if (!s?.authorisationNumber) throw conflict('notAuthorised', 'error.decision.signerNotAuthorised');
}

/**
 * What every decision of the benefits section checks before it is written (also the alimony
 * fund's): not dated before the filing, a signer with the director's authorisation, a Polish
 * account for a transfer.
 */
export async function checkDecision(
  ctx: StaffContext,
  submittedOn: string,
  input: z.output<typeof DecideFamilyBenefit>,
) {
  if (input.decidedOn < submittedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  await signer(ctx);
  if (input.outcome === 'grant' && input.paymentMethod === 'transfer') {
    const problem = checkIban(input.iban ?? '', { polishOnly: true });
    if (problem) throw fieldError('iban', `validation.payments.iban.${problem}`);
  }
}

export async function decide(ctx: StaffContext, id: string, input: z.output<typeof DecideFamilyBenefit>) {
  const a = await load(ctx, id, true);
  if (a.status === 'incomplete')
    throw conflict('familyBenefits.incomplete', 'error.familyBenefits.incomplete');
  if (a.status === 'forwarded') throw conflict('familyBenefits.forwarded', 'error.familyBenefits.forwarded');
  if (a.status === 'decided') throw conflict('familyBenefits.decided', 'error.familyBenefits.decided');
  await checkDecision(ctx, a.submittedOn, input);
  const grant = input.outcome === 'grant';
  const right = rightByMonth(a);
  if (grant && !right.first) throw conflict('familyBenefits.notEligible', 'error.familyBenefits.notEligible');
  const year = Number(input.decidedOn.slice(0, 4));
  const number = registerNumber(
    'ŚR.5230',
    year,
    await nextInRegister(ctx.q, 'familyBenefitDecision', year),
    4,
  );
  const steps = right.first?.steps ?? [];
  const decisionId = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    familyBenefitApplicationId: id,
    proposalId: null,
    benefit: 'zasilekRodzinny',
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
      ? `Prawo do zasiłku rodzinnego z dodatkami na okres zasiłkowy ${right.period.label} (${USR_ART('24 ust. 2')}).`
      : (input.refusalReason ?? ''),
    calculation: { ...right.first, steps: undefined, explanation: renderExplanation(steps, 'pl') },
    signedById: ctx.actor.id,
    draftedById: ctx.actor.id,
  });
  if (grant) await createScheduleForDecision(ctx.q, decisionId);
  await repo.setStatus(ctx.q, id, 'decided');
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: decisionId,
    details: { familyBenefitApplicationId: id, number, outcome: input.outcome },
  });
  return get(ctx, id);
}

/**
 * The sprawozdanie of family benefits for the months from–to: per benefit and dodatek, how many
 * were due, to how many families, and the amount — from the granted decisions (the months of
 * entitlement; a one-off counts in its decision's first month).
 */
export async function report(ctx: StaffContext, from: string, to: string) {
  const rows = new Map<string, { kind: string; count: number; families: Set<string>; amount: number }>();
  for (const a of await repo.granted(ctx.q, `${from}-01`, `${to}-01`)) {
    for (const m of rightByMonth(a).items) {
      if (m.month < from || m.month > to) continue;
      for (const x of m.items) {
        const r = rows.get(x.kind) ?? { kind: x.kind, count: 0, families: new Set(), amount: 0 };
        r.count += 1;
        r.families.add(a.id);
        r.amount += x.amount;
        rows.set(x.kind, r);
      }
    }
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
