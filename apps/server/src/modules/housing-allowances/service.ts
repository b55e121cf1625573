import { renderExplanation } from '@ostoja/domain/benefits/explanation';
import type {
  CreateHousingAllowanceApplication,
  DecideHousingAllowance,
} from '@ostoja/domain/housing-allowances/application';
import {
  type AverageWageNoticeInput,
  missingQuarters,
  noticeInForce,
  type Quarter,
  wageNoticeStep,
} from '@ostoja/domain/housing-allowances/average-wage';
import { calculateHousingAllowance } from '@ostoja/domain/housing-allowances/calculator';
import { GRANT_MONTHS, housingParametersOn } from '@ostoja/domain/housing-allowances/parameters';
import { UDM_ART } from '@ostoja/domain/housing-allowances/rules';
import { checkIban, normalizeIban } from '@ostoja/domain/payments/iban';
import { addMonths } from '@ostoja/domain/payments/schedule';
import { z } from 'zod';
import type { RequestContext, StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import { householdExists, persons } from '../benefit-claims/repo.ts';
import { applicationPage, headSummary, signer } from '../benefit-claims/service.ts';
import * as paymentsRepo from '../payments/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as repo from './repo.ts';

// The dodatek mieszkaniowy (udm) and the dodatek energetyczny attached to it (art. 5c Prawa
// energetycznego): the application, the decision for 6 months with its payments to the building
// manager through the payment runs, and the figures of the granted months. Each use case runs in
// the route's one transaction.

const ENTITY = 'housingAllowanceApplication';
export const HOUSING_BASIS =
  'art. 2, art. 3, art. 5, art. 6 i art. 7 ustawy z dnia 21 czerwca 2001 r. o dodatkach mieszkaniowych';
export const ENERGY_BASIS = 'art. 5c i art. 5d ustawy z dnia 10 kwietnia 1997 r. – Prawo energetyczne';

type Decide = z.output<typeof DecideHousingAllowance>;

/** A 400 naming the date's field when no notice of the Prezes GUS is in force on it. */
const noWage = (field: string, date: string) =>
  fieldError(field, `validation.housing.noParameters?date=${date}`);

/**
 * Art. 3 ust. 3 udm: the notice an application computes with — the one its decision used, or, while
 * undecided, the latest live one in force on the day it was filed — and the quarters missing then.
 */
function wageOf(a: repo.HousingRow, notices: readonly repo.NoticeRow[]) {
  const pinned = a.averageWageNoticeId ? notices.find((n) => n.id === a.averageWageNoticeId) : undefined;
  const notice =
    pinned ??
    noticeInForce(
      notices.filter((n) => !n.supersededById),
      a.submittedOn,
    );
  if (!notice) throw noWage('submittedOn', a.submittedOn);
  return used(notice, a.status === 'decided' ? [] : missingQuarters(notice, a.submittedOn));
}

/** What the clerk (and the resident) is shown of the notice used. */
const used = (n: repo.NoticeRow, missing: Quarter[]) => ({
  id: n.id,
  year: n.year,
  quarter: n.quarter,
  amountGrosze: n.amountGrosze,
  appliesFrom: n.appliesFrom,
  monitorPolski: n.monitorPolski,
  missing,
});

/** The application's calculation with the average wage of its notice (art. 3 ust. 3 udm). */
function calculationOf(a: repo.HousingRow, notices: readonly repo.NoticeRow[]) {
  const wageNotice = wageOf(a, notices);
  const p = housingParametersOn(a.submittedOn, wageNotice.amountGrosze);
  if (!p) throw noWage('submittedOn', a.submittedOn);
  const calc = calculateHousingAllowance(p, {
    persons: a.members.length,
    incomes: a.incomes,
    areaHundredths: Math.round(a.flatArea * 100),
    wheelchairUser: a.wheelchairUser,
    monthlyExpenses: a.monthlyExpenses,
    electricityContract: a.electricityContract,
  });
  return { ...calc, steps: [wageNoticeStep(wageNotice), ...calc.steps], wageNotice };
}

function summary(a: repo.HousingRow, notices: readonly repo.NoticeRow[]) {
  return {
    ...headSummary(a),
    status: a.status,
    managerName: a.managerName,
    amount: calculationOf(a, notices).amount,
  };
}

async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const a = await repo.find(ctx.q, id, personScope(ctx.actor), forUpdate);
  if (!a) throw notFound();
  return a;
}

async function view(ctx: StaffContext, a: repo.HousingRow) {
  const notices = await repo.allNotices(ctx.q);
  const { steps, maxAreaHundredths, wageNotice, ...calc } = calculationOf(a, notices);
  const housing = await repo.decisionOf(ctx.q, a.id, 'dodatekMieszkaniowy');
  const energy = await repo.decisionOf(ctx.q, a.id, 'dodatekEnergetyczny');
  return {
    ...summary(a, notices),
    householdId: a.householdId,
    members: a.members,
    incomes: a.incomes,
    flatArea: a.flatArea,
    wheelchairUser: a.wheelchairUser,
    monthlyExpenses: a.monthlyExpenses,
    legalTitle: a.legalTitle,
    electricityContract: a.electricityContract,
    manager: { name: a.managerName, address: a.managerAddress, iban: a.managerIban },
    calculation: {
      ...calc,
      maxArea: maxAreaHundredths / 100,
      explanation: renderExplanation(steps, ctx.locale),
    },
    wageNotice,
    decision: housing,
    energyDecision: energy,
  };
}

const ListCursor = z.tuple([keyDate, keyId]);

export async function list(ctx: StaffContext, after: string | undefined, limit: number) {
  const notices = await repo.allNotices(ctx.q);
  return applicationPage(ctx, { entity: ENTITY, repo, summary: (a) => summary(a, notices) }, after, limit);
}

export async function get(ctx: StaffContext, id: string) {
  const a = await load(ctx, id);
  await ctx.audit({
    action: 'read',
    entity: ENTITY,
    entityId: id,
    persons: a.members.map((m) => m.personId),
  });
  return view(ctx, a);
}

export async function create(ctx: StaffContext, body: z.output<typeof CreateHousingAllowanceApplication>) {
  if (!noticeInForce(await repo.liveNoticesUpTo(ctx.q, body.submittedOn), body.submittedOn))
    throw noWage('submittedOn', body.submittedOn);
  if (!(await householdExists(ctx.q, body.householdId)))
    throw fieldError('householdId', 'validation.familyBenefits.unknownHousehold');
  const ids = body.members.map((m) => m.personId);
  const found = new Map((await persons(ctx.q, ids, personScope(ctx.actor))).map((p) => [p.id, p]));
  ids.forEach((id, i) => {
    if (!found.has(id)) throw fieldError(`members.${i}.personId`, 'validation.familyBenefits.unknownPerson');
  });
  await knownToCentre(ctx, [
    { id: body.applicantId, path: 'applicantId' },
    ...ids.map((id, i) => ({ id, path: `members.${i}.personId` })),
  ]);
  const number = await nextNumber(ctx.q, 'housingAllowanceApplication', 'DM', body.submittedOn, 6);
  const id = await repo.insert(
    ctx.q,
    {
      number,
      householdId: body.householdId,
      applicantId: body.applicantId,
      submittedOn: body.submittedOn,
      members: ids.map((personId) => ({ personId, name: found.get(personId)!.name })),
      incomes: body.incomes,
      flatArea: body.flatArea,
      wheelchairUser: body.wheelchairUser,
      monthlyExpenses: body.monthlyExpenses,
      legalTitle: body.legalTitle,
      electricityContract: body.electricityContract,
      managerName: body.manager.name,
      managerAddress: body.manager.address,
      managerIban: body.manager.iban,
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: ENTITY,
    entityId: id,
    details: { number, members: ids.length },
  });
  return get(ctx, id);
}

/** Art. 7 ust. 2 udm [M: the paragraph]: the 6 months from the 1st of the month after the filing. */
export function grantMonths(submittedOn: string) {
  const first = addMonths(submittedOn.slice(0, 7), 1);
  const months = Array.from({ length: GRANT_MONTHS }, (_, i) => addMonths(first, i));
  const after = addMonths(months.at(-1)!, 1);
  const end = new Date(Date.UTC(Number(after.slice(0, 4)), Number(after.slice(5, 7)) - 1, 0));
  return { months, from: `${first}-01`, to: end.toISOString().slice(0, 10) };
}

/** One decision on the application: its number, the schedule of a grant into the payment runs. */
async function issue(
  ctx: StaffContext,
  a: repo.HousingRow,
  input: Decide,
  d: {
    benefit: 'dodatekMieszkaniowy' | 'dodatekEnergetyczny';
    grant: boolean;
    amount: number;
    method: 'transfer' | 'cashDesk';
    iban: string | null;
    legalBasis: string;
    justification: string;
    calculation: object;
  },
) {
  const number = await nextNumber(ctx.q, 'housingAllowanceDecision', 'DM', input.decidedOn, 4);
  const period = grantMonths(a.submittedOn);
  const id = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    housingAllowanceApplicationId: a.id,
    proposalId: null,
    benefit: d.benefit,
    number,
    outcome: d.grant ? 'grant' : 'refuse',
    decidedOn: input.decidedOn,
    amount: d.grant ? d.amount : 0,
    periodFrom: d.grant ? period.from : null,
    periodTo: d.grant ? period.to : null,
    schedule: d.grant ? period.months.map((month) => ({ month, amount: d.amount, days: null })) : [],
    paymentMethod: d.grant ? d.method : null,
    iban: d.grant ? d.iban : null,
    legalBasis: d.legalBasis,
    justification: d.justification,
    calculation: d.calculation,
    signedById: ctx.actor.id,
    draftedById: ctx.actor.id,
  });
  if (d.grant) await createScheduleForDecision(ctx.q, id);
  await ctx.audit({
    action: 'create',
    entity: 'decision',
    entityId: id,
    details: { housingAllowanceApplicationId: a.id, number, benefit: d.benefit, outcome: input.outcome },
  });
  return id;
}

/**
 * The decision: a grant of the dodatek mieszkaniowy for 6 months paid to the building manager
 * (and, where the household has an electricity contract, the dodatek energetyczny for the same
 * months, paid to the applicant as chosen), or a refusal.
 */
export async function decide(ctx: StaffContext, id: string, input: Decide) {
  const a = await load(ctx, id, true);
  if (a.status === 'decided') throw conflict('housing.decided', 'error.housing.decided');
  if (input.decidedOn < a.submittedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  await signer(ctx);
  const { steps, wageNotice, ...calc } = calculationOf(a, await repo.allNotices(ctx.q));
  const grant = input.outcome === 'grant';
  if (grant && !calc.eligible) throw conflict('housing.notEligible', 'error.housing.notEligible');
  const { missing, ...notice } = wageNotice;
  const stored = { ...calc, averageWageNotice: notice, explanation: renderExplanation(steps, 'pl') };
  const period = grantMonths(a.submittedOn);
  const housingId = await issue(ctx, a, input, {
    benefit: 'dodatekMieszkaniowy',
    grant,
    amount: calc.amount,
    method: 'transfer',
    iban: a.managerIban,
    legalBasis: HOUSING_BASIS,
    justification: grant
      ? `Dodatek mieszkaniowy na okres 6 miesięcy od ${period.from} do ${period.to}, wypłacany zarządcy: ${a.managerName} (${UDM_ART('7')}).`
      : (input.refusalReason ?? ''),
    calculation: stored,
  });
  // Art. 5c ust. 1 Prawa energetycznego: only to a household granted the dodatek mieszkaniowy.
  if (grant && calc.energyAmount > 0) {
    let iban: string | null = null;
    if (input.energyPaymentMethod === 'transfer') {
      const problem = checkIban(input.energyIban ?? '', { polishOnly: true });
      if (problem) throw fieldError('energyIban', `validation.payments.iban.${problem}`);
      iban = normalizeIban(input.energyIban!);
    }
    await issue(ctx, a, input, {
      benefit: 'dodatekEnergetyczny',
      grant: true,
      amount: calc.energyAmount,
      method: input.energyPaymentMethod,
      iban,
      legalBasis: ENERGY_BASIS,
      justification: `Dodatek energetyczny dla gospodarstwa, któremu przyznano dodatek mieszkaniowy, na okres od ${period.from} do ${period.to}.`,
      calculation: stored,
    });
  }
  if (grant)
    await paymentsRepo.setRecipient(ctx.q, housingId, { name: a.managerName, address: a.managerAddress });
  await repo.setDecided(ctx.q, a.id, wageNotice.id);
  return get(ctx, id);
}

/** The figures of the strategy report: the months granted from–to, by allowance. */
export async function report(ctx: StaffContext, from: string, to: string) {
  const rows = await repo.grantedMonths(ctx.q, from, to);
  const of = (b: string) => rows.find((r) => r.benefit === b) ?? { households: 0, months: 0, amount: 0 };
  const h = of('dodatekMieszkaniowy');
  const e = of('dodatekEnergetyczny');
  await ctx.audit({ action: 'read', entity: 'housingAllowanceReport', details: { from, to } });
  return {
    from,
    to,
    households: h.households,
    months: h.months,
    amount: h.amount,
    energyHouseholds: e.households,
    energyAmount: e.amount,
  };
}

/** The notices of the Prezes GUS, newest publication first (legal data, no person's). */
export async function listNotices(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listNotices(ctx.q, decodeCursor(ListCursor, after), limit + 1);
  return toPage(rows, limit, (n) => [n.appliesFrom, n.id]);
}

/**
 * A notice the administrator enters from Monitor Polski: the first for its quarter, or a correction
 * superseding the live one of the same quarter (the old row stays; decisions keep what they used).
 */
export async function addNotice(ctx: StaffContext, input: z.output<typeof AverageWageNoticeInput>) {
  if (input.supersedesId) {
    const old = await repo.findNotice(ctx.q, input.supersedesId, true);
    if (!old) throw fieldError('supersedesId', 'validation.wageNotice.unknown');
    if (old.year !== input.year || old.quarter !== input.quarter)
      throw fieldError('quarter', 'validation.wageNotice.otherQuarter');
    if (old.supersededById) throw fieldError('supersedesId', 'validation.wageNotice.notLive');
  } else if (await repo.liveNoticeOf(ctx.q, input.year, input.quarter))
    throw conflict('wageNotice.quarterLive', 'error.wageNotice.quarterLive', [
      { path: 'quarter', message: 'validation.wageNotice.quarterLive' },
    ]);
  const id = await repo.insertNotice(ctx.q, input, ctx.actor.id);
  await ctx.audit({
    action: 'create',
    entity: 'averageWageNotice',
    entityId: id,
    details: {
      year: input.year,
      quarter: input.quarter,
      amountGrosze: input.amountGrosze,
      appliesFrom: input.appliesFrom,
      supersedesId: input.supersedesId ?? null,
    },
  });
  return (await repo.findNotice(ctx.q, id))!;
}

/** The public question: the notice in force on a day and the quarters missing then (no login). */
export async function noticeOn(ctx: RequestContext, date: string) {
  const n = noticeInForce(await repo.liveNoticesUpTo(ctx.q, date), date);
  if (!n) throw noWage('date', date);
  return used(n, missingQuarters(n, date));
}
