import { type ExplanationStep, renderExplanation } from '@ostoja/domain/benefits/explanation';
import { addMonths } from '@ostoja/domain/payments/schedule';
import {
  type DecideMealAid,
  MEAL_REPORT_LINES,
  type MealListInput,
  type MealProviderInput,
} from '@ostoja/domain/services/meals';
import { exceptionCap, programmeOn, withinProgrammeCriterion } from '@ostoja/domain/services/meals-rules';
import { z } from 'zod';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { loggedRow } from '../../http/logged.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import * as applicationsRepo from '../applications/repo.ts';
import { createScheduleForDecision } from '../payments/service.ts';
import { personScope } from '../registry/access.ts';
import { registerPage } from '../registry/person-register.ts';
import { MEALS_BASIS, mealDecisionLetter } from './meals-decision-pdf.ts';
import * as repo from './meals-repo.ts';
import { incomeOf, recordDecision } from './service.ts';

// "Posiłek w szkole i w domu": the schools and canteens, the decisions measured against the
// programme's criterion, the providers' monthly lists with the headteacher's exception, and the
// programme's yearly report. Each use case runs in the route's one transaction.

const ENTITY = 'mealAid';

async function programme(ctx: StaffContext, day: string, field: string) {
  const p = programmeOn(await repo.programmePeriods(ctx.q), day);
  if (!p) throw fieldError(field, 'validation.meals.noProgramme');
  return p;
}

export async function listProviders(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listProviders(ctx.q, decodeCursor(z.tuple([keyText, keyId]), after), limit + 1);
  return toPage(rows, limit, (p) => [p.name, p.id]);
}

export async function addProvider(ctx: StaffContext, input: z.output<typeof MealProviderInput>) {
  if (await repo.providerNamed(ctx.q, input.name)) throw fieldConflict('meals.providerExists', 'name');
  const id = await repo.insertProvider(ctx.q, { ...input, address: input.address ?? null }, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'mealProvider', entityId: id, details: { name: input.name } });
  return (await repo.findProvider(ctx.q, id))!;
}

const full = (m: repo.MealAidRow) => ({ ...m, steps: m.steps as ExplanationStep[] });
const summary = ({ steps: _s, ...rest }: repo.MealAidRow) => rest;

export const listAid = registerPage(ENTITY, repo.listAid, (m) => m.decidedOn, summary);

/** The decision letter as PDF (the read logged). */
export async function aidDocument(ctx: StaffContext, id: string) {
  const m = await repo.findAid(ctx.q, id, personScope(ctx.actor));
  if (!m) throw notFound();
  return mealDecisionLetter(ctx, m);
}

export async function getAid(ctx: StaffContext, id: string) {
  return full(await loggedRow(ctx, ENTITY, id, await repo.findAid(ctx.q, id, personScope(ctx.actor))));
}

/**
 * Art. 106 ups with the programme: a meal, a zasiłek celowy for food or food in kind, granted when
 * the household's income from the home visit is within the programme's criterion on the first day.
 */
export async function decideAid(ctx: StaffContext, input: z.output<typeof DecideMealAid>) {
  const provider = input.providerId ? await repo.findProvider(ctx.q, input.providerId) : null;
  if (input.form === 'meal' && !provider) throw fieldError('providerId', 'validation.meals.unknownProvider');
  const { app, wywiad, period, hi, steps } = await incomeOf(ctx, input);
  if (input.decidedOn < app.submittedOn)
    throw fieldError('decidedOn', 'validation.familyBenefits.decidedBeforeFiling');
  const p = await programme(ctx, input.periodFrom, 'periodFrom');
  const test = withinProgrammeCriterion({
    income: hi.income,
    size: hi.size,
    criterionSingle: period.criterionSingle,
    criterionPerPerson: period.criterionPerPerson,
    percent: p.criterionPercent,
  });
  if (!test.within)
    throw fieldError('applicationId', `validation.meals.aboveCriterion?percent=${p.criterionPercent}`);
  return recordDecision(
    ctx,
    ENTITY,
    { ...input, wywiadId: wywiad.id },
    async (base) => {
      const id = await repo.insertAid(
        ctx.q,
        {
          ...base,
          form: input.form,
          providerId: input.form === 'meal' ? input.providerId : null,
          amountGrosze: input.form === 'meal' ? null : input.amountGrosze,
          criterionPercent: p.criterionPercent,
          criterionGrosze: test.criterion,
          steps: [...steps, ...test.steps],
        },
        ctx.actor.id,
      );
      if (input.form === 'zasilekCelowy') await payable(ctx, id, base, input, [...steps, ...test.steps]);
      return id;
    },
    { form: input.form },
    getAid,
  );
}

/**
 * A zasiłek celowy for food is a cash benefit: its decision row schedules one payment in the month
 * of the decision (as a zasiłek celowy of the decision flow), which the month's payment run lists.
 */
async function payable(
  ctx: StaffContext,
  mealAidId: string,
  base: { number: string; periodFrom: string; periodTo: string; decidedOn: string },
  input: z.output<typeof DecideMealAid>,
  steps: ExplanationStep[],
) {
  const amount = input.amountGrosze!;
  const decisionId = await applicationsRepo.insertDecision(ctx.q, {
    applicationId: null,
    mealAidId,
    proposalId: null,
    benefit: 'zasilekCelowy',
    number: base.number,
    outcome: 'grant',
    decidedOn: base.decidedOn,
    amount,
    periodFrom: base.periodFrom,
    periodTo: base.periodTo,
    schedule: [{ month: base.decidedOn.slice(0, 7), amount, days: null }],
    paymentMethod: input.paymentMethod,
    iban: input.paymentMethod === 'transfer' ? (input.iban ?? null) : null,
    legalBasis: MEALS_BASIS,
    justification:
      'Zasiłek celowy na zakup posiłku lub żywności w ramach programu „Posiłek w szkole i w domu”.',
    calculation: { explanation: renderExplanation(steps, 'pl') },
    signedById: ctx.actor.id,
  });
  await createScheduleForDecision(ctx.q, decisionId);
}

async function providerOr404(ctx: StaffContext, id: string) {
  const p = await repo.findProvider(ctx.q, id);
  if (!p) throw notFound();
  return p;
}

/** The cap of the month: 20 % (data) of the pupils fed in the gmina the month before. */
async function capOf(ctx: StaffContext, first: string, providerId: string) {
  const p = await programme(ctx, first, 'month');
  const fedPreviousMonth = await repo.pupilsFed(ctx.q, `${addMonths(first.slice(0, 7), -1)}-01`);
  return {
    fedPreviousMonth,
    percent: p.exceptionCapPercent,
    allowed: exceptionCap(fedPreviousMonth, p.exceptionCapPercent),
    elsewhere: await repo.exceptionsElsewhere(ctx.q, first, providerId),
  };
}

/** A provider's list of a month with its cost and the gmina's exception cap (logged). */
export async function getList(ctx: StaffContext, providerId: string, month: string) {
  const provider = await providerOr404(ctx, providerId);
  const first = `${month}-01`;
  const list = await repo.findList(ctx.q, providerId, first);
  const entries = list ? await repo.listEntries(ctx.q, list.id, personScope(ctx.actor)) : [];
  const decided = await repo.decidedAt(ctx.q, providerId, first, personScope(ctx.actor));
  const { elsewhere, ...cap } = await capOf(ctx, first, providerId);
  const cost = list?.costPerMealGrosze ?? 0;
  const rows = entries.map((e) => ({ ...e, costGrosze: e.meals * cost }));
  await ctx.audit({
    action: 'read',
    entity: 'mealList',
    entityId: list?.id,
    details: { providerId, month },
    persons: [...new Set([...personsOf(entries), ...personsOf(decided)])],
  });
  return {
    providerId,
    providerName: provider.name,
    place: provider.place,
    month,
    costPerMealGrosze: list?.costPerMealGrosze ?? null,
    invoiceNumber: list?.invoiceNumber ?? null,
    entries: rows,
    decided,
    meals: rows.reduce((s, e) => s + e.meals, 0),
    costGrosze: rows.reduce((s, e) => s + e.costGrosze, 0),
    cap: { ...cap, used: elsewhere + rows.filter((e) => e.exception).length },
  };
}

/**
 * Saves the month's list: each person fed on a decision granting a meal at this kind of place, or
 * (at a school only) by the headteacher's exception within the gmina's cap for the month.
 */
export async function saveList(
  ctx: StaffContext,
  providerId: string,
  month: string,
  input: z.output<typeof MealListInput>,
) {
  const provider = await providerOr404(ctx, providerId);
  const first = `${month}-01`;
  await repo.findList(ctx.q, providerId, first, true);
  const ids = input.entries.map((e) => e.personId);
  const visible = await repo.personsInScope(ctx.q, ids, personScope(ctx.actor));
  const decisions = await repo.mealDecisions(ctx.q, ids, provider.place, first);
  const { allowed, elsewhere, fedPreviousMonth, percent } = await capOf(ctx, first, providerId);
  let used = elsewhere;
  const entries = input.entries.map((e, i) => {
    if (!visible.has(e.personId)) throw fieldError(`entries.${i}.personId`, 'validation.meals.unknownPerson');
    if (e.exception) {
      if (provider.place !== 'school')
        throw fieldError(`entries.${i}.exception`, 'validation.meals.exceptionSchoolOnly');
      used += 1;
      // Programme: at most 20 % (data) of the children fed in the previous month.
      if (used > allowed)
        throw fieldError(
          `entries.${i}.exception`,
          `validation.meals.exceptionCap?allowed=${allowed}&fed=${fedPreviousMonth}&percent=${percent}`,
        );
      return { ...e, mealAidId: null };
    }
    const aid = decisions.get(e.personId);
    if (!aid) throw fieldError(`entries.${i}.personId`, 'validation.meals.noDecision');
    return { ...e, mealAidId: aid };
  });
  const id = await repo.saveList(
    ctx.q,
    {
      providerId,
      month: first,
      costPerMealGrosze: input.costPerMealGrosze,
      invoiceNumber: input.invoiceNumber,
    },
    entries,
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'update',
    entity: 'mealList',
    entityId: id,
    details: { providerId, month, entries: entries.length, exceptions: used - elsewhere },
  });
  return getList(ctx, providerId, month);
}

/** The programme's yearly report for the voivode: persons, meals and cost by form of help. */
export async function yearReport(ctx: StaffContext, year: number) {
  const f = await repo.yearFigures(ctx.q, year);
  const lines = MEAL_REPORT_LINES.map(
    (line) => f.lines.find((l) => l.line === line) ?? { line, persons: 0, meals: 0, costGrosze: 0 },
  ).map((l) => ({ ...l, line: l.line as (typeof MEAL_REPORT_LINES)[number] }));
  return {
    year,
    lines,
    persons: f.persons,
    exceptionPupils: f.exceptions,
    meals: lines.reduce((s, l) => s + l.meals, 0),
    costGrosze: lines.reduce((s, l) => s + l.costGrosze, 0),
  };
}
