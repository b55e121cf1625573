import { type ExplanationStep, renderExplanation } from '@ostoja/domain/benefits/explanation';
import type { DecideFamilyBenefit, MemberInput } from '@ostoja/domain/family-benefits/application';
import {
  familyMonthlyIncome,
  farmIncomeForYear,
  taxedIncomeNet,
} from '@ostoja/domain/family-benefits/income';
import { checkIban } from '@ostoja/domain/payments/iban';
import { addMonths } from '@ostoja/domain/payments/schedule';
import { z } from 'zod';
import { personsOf, type RequestContext, type StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextNumber, type Register } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as identityRepo from '../identity/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import {
  type ApplicationHead,
  type ApplicationReads,
  type ClaimMember,
  type ClaimRepo,
  type ClaimRow,
  householdExists,
  persons,
} from './repo.ts';

// The use cases shared by the benefits a family claims on one application for a benefit period
// (family benefits under the usr, the alimony fund under the uFA, which counts income as the usr
// does): the list and the read, the registration with the base-year income, the months of the
// right, the decision with its payments and the figures from the granted decisions. Each module
// gives its table, its calculator and its texts; each use case runs in the route's one transaction.

type Decide = z.output<typeof DecideFamilyBenefit>;

/** A module's dated parameters, or a 400 on the field whose date has none. */
export function parametersOrField<P>(lookup: (on: string) => P | null, noParameters: string) {
  return (on: string, field: string): P => {
    const p = lookup(on);
    if (!p) throw fieldError(field, noParameters);
    return p;
  };
}

/** A public calculator's answer: its steps in the caller's language. */
export function explained<A extends { steps: ExplanationStep[] }>(ctx: RequestContext, answer: A) {
  const { steps, ...rest } = answer;
  return { ...rest, explanation: renderExplanation(steps, ctx.locale) };
}

/** What a module's calculator asks of a stored member of the family: the role, the age, a disability and school. */
export const calculatorMember = (m: ClaimMember) => ({
  role: m.role,
  birthDate: m.birthDate,
  disabilityCertificate: m.disabilityCertificate,
  inSchool: m.inSchool,
});

const ListCursor = z.tuple([keyDate, keyId]);

/** A page of a module's applications, newest first, within the reader's row scope; the list is logged with its applicants. */
export async function applicationPage<R extends ApplicationHead, S>(
  ctx: StaffContext,
  m: { entity: string; repo: Pick<ApplicationReads<R>, 'list'>; summary: (a: R) => S },
  after: string | undefined,
  limit: number,
) {
  const cursor = decodeCursor(ListCursor, after);
  const rows = await m.repo.list(ctx.q, personScope(ctx.actor), cursor, limit + 1);
  const page = toPage(rows, limit, (a) => [a.submittedOn, a.id], m.summary);
  await ctx.audit({
    action: 'list',
    entity: m.entity,
    details: { results: page.items.length },
    persons: rows.slice(0, limit).map((a) => a.applicantId),
  });
  return page;
}

/** The reads of a claim module: its list (newest first), an application in scope, its view. */
export function claimReads<R extends ClaimRow, S, V>(m: {
  entity: string;
  repo: ClaimRepo<R>;
  summary: (a: R) => S;
  view: (ctx: StaffContext, a: R) => Promise<V>;
}) {
  async function load(ctx: StaffContext, id: string, forUpdate = false) {
    const a = await m.repo.find(ctx.q, id, personScope(ctx.actor), forUpdate);
    if (!a) throw notFound();
    return a;
  }
  return {
    load,
    list: (ctx: StaffContext, after: string | undefined, limit: number) =>
      applicationPage(ctx, m, after, limit),
    async get(ctx: StaffContext, id: string) {
      const a = await load(ctx, id);
      const persons = [a.applicantId, ...personsOf(a.members)];
      await ctx.audit({ action: 'read', entity: m.entity, entityId: id, persons });
      return m.view(ctx, a);
    },
  };
}

/** What every application's view holds besides the module's own: the family, the first month's right, the decision. */
export async function commonView<R extends ClaimRow, C extends { steps: ExplanationStep[] }>(
  ctx: StaffContext,
  repo: ClaimRepo<R>,
  a: R,
  month: string,
  calculation: C,
) {
  const { steps, ...calc } = calculation;
  return {
    householdId: a.householdId,
    baseYear: a.baseYear,
    farmHectares: a.farmHectares,
    members: a.members as R['members'],
    calculation: { month, ...calc, explanation: renderExplanation(steps, ctx.locale) },
    decision: await repo.decisionOf(ctx.q, a.id),
  };
}

/** What a list shows of every application: its number, the applicant and the day it was submitted. */
export const headSummary = (a: ApplicationHead) => ({
  id: a.id,
  number: a.number,
  applicantId: a.applicantId,
  applicantName: a.applicantName,
  submittedOn: a.submittedOn,
});

/** The summary's fields every claim module shows. */
export function commonSummary<R extends ClaimRow>(a: R, period: string) {
  return {
    ...headSummary(a),
    period,
    status: a.status as R['status'],
    familyMonthlyIncome: a.familyMonthlyIncome,
    incomePerPerson: a.incomePerPerson,
  };
}

/**
 * The family's monthly income from the base-year figures entered per member and the farm's
 * hectares (the alimony fund counts income as the usr does).
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
async function membersFound(ctx: StaffContext, householdId: string, ids: readonly string[]) {
  if (!(await householdExists(ctx.q, householdId)))
    throw fieldError('householdId', 'validation.familyBenefits.unknownHousehold');
  const found = new Map((await persons(ctx.q, [...ids], personScope(ctx.actor))).map((p) => [p.id, p]));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw fieldError(`members.${i}.personId`, 'validation.familyBenefits.unknownPerson');
  });
  return found;
}

interface CreateBody<I extends MemberInput> {
  householdId: string;
  applicantId: string;
  submittedOn: string;
  farmHectares: number;
  members: I[];
}

/**
 * Registers an application: the members as the registry knows them, the base-year income, the
 * next number of the module's register; `own` adds the module's columns. Returns the new id.
 */
export async function registerClaim<R extends ClaimRow, I extends MemberInput>(
  ctx: StaffContext,
  m: { entity: string; repo: ClaimRepo<R>; prefix: string; register: Register },
  body: CreateBody<I>,
  period: { start: string; baseYear: number },
  own: (
    member: (i: I) => ClaimMember,
  ) => Omit<R, keyof ClaimRow> & { status: R['status']; members: R['members'] },
) {
  const ids = body.members.map((x) => x.personId);
  const found = await membersFound(ctx, body.householdId, ids);
  // Sealed members (only the compartment can name them) become known to the centre (decision 0015).
  await knownToCentre(ctx, [
    { id: body.applicantId, path: 'applicantId' },
    ...ids.map((id, i) => ({ id, path: `members.${i}.personId` })),
  ]);
  const income = enteredIncome(body.members, body.farmHectares, period.baseYear);
  const number = await nextNumber(ctx.q, m.register, m.prefix, body.submittedOn, 6);
  const member = (x: I): ClaimMember => ({
    personId: x.personId,
    name: found.get(x.personId)!.name,
    birthDate: found.get(x.personId)!.birthDate,
    role: x.role,
    disabilityCertificate: x.disabilityCertificate,
    inSchool: x.inSchool,
  });
  const row = {
    number,
    householdId: body.householdId,
    applicantId: body.applicantId,
    submittedOn: body.submittedOn,
    periodStart: period.start,
    baseYear: period.baseYear,
    farmHectares: body.farmHectares,
    familyMonthlyIncome: income.monthly,
    incomePerPerson: income.perPerson,
    ...own(member),
  } as unknown as Omit<R, 'id' | 'applicantName'>;
  const id = await m.repo.insert(ctx.q, row, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: m.entity,
    entityId: id,
    details: { number, applicantId: body.applicantId, members: ids.length },
  });
  return id;
}

/**
 * The months of the right from `from` to the period's end, each computed with the ages of that
 * month; `paid` says what the month pays (the first eligible month may pay more).
 */
export function monthsOfRight<C extends { eligible: boolean }, I>(
  from: string,
  end: string,
  calc: (month: string) => C,
  paid: (c: C, first: boolean) => { amount: number; items: I[] },
) {
  const months: { month: string; amount: number; days: null }[] = [];
  const items: { month: string; items: I[] }[] = [];
  let first: C | null = null;
  for (let m = from; m <= end; m = `${addMonths(m.slice(0, 7), 1)}-01`) {
    const c = calc(m);
    if (!c.eligible) continue;
    const p = paid(c, first === null);
    months.push({ month: m.slice(0, 7), amount: p.amount, days: null });
    items.push({ month: m.slice(0, 7), items: p.items });
    first ??= c;
  }
  return { months, items, first };
}

export async function signer(ctx: StaffContext) {
  const s = await identityRepo.signatory(ctx.q, ctx.actor.id);
  if (!s?.authorisationNumber) throw conflict('notAuthorised', 'error.decision.signerNotAuthorised');
}

/**
 * What every decision of the benefits section checks before it is written: not dated before the
 * filing, a signer with the director's authorisation, a Polish account for a transfer.
 */
async function checkDecision(ctx: StaffContext, submittedOn: string, input: Decide) {
  if (input.decidedOn < submittedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  await signer(ctx);
  if (input.outcome === 'grant' && input.paymentMethod === 'transfer') {
    const problem = checkIban(input.iban ?? '', { polishOnly: true });
    if (problem) throw fieldError('iban', `validation.payments.iban.${problem}`);
  }
}

export interface ClaimDecision {
  /** The module's register of decisions and its number prefix. */
  register: Register;
  prefix: string;
  benefit: 'zasilekRodzinny' | 'funduszAlimentacyjny';
  /** The decision's field naming the application. */
  link: 'familyBenefitApplicationId' | 'alimonyFundApplicationId';
  legalBasis: string;
  /** 409 code and message key when nothing is payable. */
  notEligible: [code: string, key: string];
  /** The grant's justification for the period's label (with the article). */
  justification: (periodLabel: string) => string;
}

/**
 * Writes the decision on an application: a grant for the months of the right (its schedule goes
 * to the payment runs) or a refusal; the application is then decided.
 */
export async function decideClaim<R extends ClaimRow>(
  ctx: StaffContext,
  repo: ClaimRepo<R>,
  d: ClaimDecision,
  a: R,
  input: Decide,
  /** The months of the right, computed once the decision's input has passed its checks. */
  rightOf: () => {
    period: { end: string; label: string };
    from: string;
    months: { month: string; amount: number; days: null }[];
    first: { monthlyAmount: number; steps: ExplanationStep[] } | null;
  },
  /** What a refusal explains when no month is eligible. */
  stepsWithoutRight: () => ExplanationStep[] = () => [],
) {
  await checkDecision(ctx, a.submittedOn, input);
  const months = rightOf();
  const right = {
    ...months,
    end: months.period.end,
    steps: months.first?.steps ?? stepsWithoutRight(),
    justification: d.justification(months.period.label),
  };
  const grant = input.outcome === 'grant';
  if (grant && !right.first) throw conflict(...d.notEligible);
  const number = await nextNumber(ctx.q, d.register, d.prefix, input.decidedOn, 4);
  const decisionId = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    [d.link]: a.id,
    proposalId: null,
    benefit: d.benefit,
    number,
    outcome: input.outcome,
    decidedOn: input.decidedOn,
    amount: grant ? right.first!.monthlyAmount : 0,
    periodFrom: grant ? right.from : null,
    periodTo: grant ? right.end : null,
    schedule: grant ? right.months : [],
    paymentMethod: grant ? input.paymentMethod : null,
    iban: grant ? (input.iban ?? null) : null,
    legalBasis: d.legalBasis,
    justification: grant ? right.justification : (input.refusalReason ?? ''),
    calculation: { ...right.first, steps: undefined, explanation: renderExplanation(right.steps, 'pl') },
    signedById: ctx.actor.id,
    draftedById: ctx.actor.id,
  });
  if (grant) await createScheduleForDecision(ctx.q, decisionId);
  await repo.setStatus(ctx.q, a.id, 'decided');
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: decisionId,
    details: { [d.link]: a.id, number, outcome: input.outcome },
  });
}

/** Each item of the months from–to paid by the granted decisions, with its application. */
export async function grantedItems<R extends ClaimRow, I>(
  ctx: StaffContext,
  repo: ClaimRepo<R>,
  from: string,
  to: string,
  itemsOf: (a: R) => { month: string; items: I[] }[],
) {
  const out: { a: R; item: I }[] = [];
  for (const a of await repo.granted(ctx.q, `${from}-01`, `${to}-01`))
    for (const m of itemsOf(a)) {
      if (m.month < from || m.month > to) continue;
      for (const item of m.items) out.push({ a, item });
    }
  return out;
}
