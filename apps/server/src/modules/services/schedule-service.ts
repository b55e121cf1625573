import {
  type CreateCarer,
  type CreatePlanEntry,
  CreateVisit,
  centiHours,
  overlaps,
  plannedHours,
} from '@ostoja/domain/services/schedule';
import { parseVisitsCsv } from '@ostoja/domain/services/schedule-csv';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { FieldError } from '@ostoja/domain/shared/validation';
import { z } from 'zod';
import { personsOf, type StaffContext } from '../../http/context.ts';
import { AppError, badRequest, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { personScope } from '../registry/access.ts';
import * as repo from './schedule-repo.ts';

// Carers' schedules: carers, the weekly plan, visits entered or imported, conflicts and hours.
// Each use case runs in the route's one transaction; a bad CSV line writes nothing.

export async function addCarer(ctx: StaffContext, input: z.output<typeof CreateCarer>) {
  if (input.staffUserId) {
    const u = await repo.staffUserTaken(ctx.q, input.staffUserId);
    if (!u.exists) throw fieldError('staffUserId', 'validation.schedule.unknownUser');
    if (!u.isCarer) throw fieldError('staffUserId', 'validation.schedule.notCarer');
    if (u.taken) throw fieldError('staffUserId', 'validation.schedule.userTaken');
  }
  const id = await repo.insertCarer(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'carer', entityId: id });
  return (await repo.findCarer(ctx.q, id))!;
}

/** The accounts a carer's record may be linked to: those with the carer role. */
export async function carerLogins(ctx: StaffContext) {
  return { items: await repo.carerLogins(ctx.q), nextCursor: null };
}

export async function listCarers(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listCarers(ctx.q, decodeCursor(z.tuple([keyText, keyId]), after), limit + 1);
  return toPage(rows, limit, (c) => [c.fullName, c.id]);
}

/** The decision (in the actor's scope) and a carer who may work on it: own staff, or the decision's provider's. */
async function decisionAndCarer(ctx: StaffContext, careServiceId: string, carerId: string) {
  const decision = await repo.findDecision(ctx.q, careServiceId, personScope(ctx.actor));
  if (!decision) throw fieldError('careServiceId', 'validation.schedule.unknownDecision');
  const carer = await repo.findCarer(ctx.q, carerId);
  if (!carer) throw fieldError('carerId', 'validation.schedule.unknownCarer');
  if (
    carer.employer !== decision.provider ||
    (decision.provider === 'contracted' && carer.providerName !== decision.providerName)
  )
    throw fieldError('carerId', 'validation.schedule.otherProvider');
  return { decision, carer };
}

/** A plan entry or a visit added to a care decision, logged under the decision's person. */
const logAdded = (ctx: StaffContext, entity: string, id: string, careServiceId: string, personId: string) =>
  ctx.audit({ action: 'create', entity, entityId: id, details: { careServiceId }, persons: [personId] });

export async function addPlanEntry(ctx: StaffContext, input: z.output<typeof CreatePlanEntry>) {
  const { decision } = await decisionAndCarer(ctx, input.careServiceId, input.carerId);
  const id = await repo.insertPlan(ctx.q, input, ctx.actor.id);
  await logAdded(ctx, 'carePlan', id, input.careServiceId, decision.personId);
  return (await repo.planOf(ctx.q, input.careServiceId)).find((p) => p.id === id)!;
}

export async function schedule(ctx: StaffContext, careServiceId: string, month: string) {
  const decision = await repo.findDecision(ctx.q, careServiceId, personScope(ctx.actor));
  if (!decision) throw notFound();
  await ctx.audit({
    action: 'read',
    entity: 'careSchedule',
    entityId: careServiceId,
    details: { month },
    persons: [decision.personId],
  });
  return {
    careServiceId,
    month,
    plan: await repo.planOf(ctx.q, careServiceId),
    visits: await repo.visitsOf(ctx.q, careServiceId, month),
  };
}

/**
 * A visit is checked against its decision: inside the decision's period (art. 50: services are
 * granted for the period the decision names), not in the future, and the client's day has 24 hours.
 */
async function visitErrors(
  ctx: StaffContext,
  v: z.output<typeof CreateVisit>,
  decision: repo.DecisionRow,
  pending: number,
  path = (field: string) => field,
): Promise<FieldError[]> {
  if (v.visitOn < decision.periodFrom || v.visitOn > decision.periodTo)
    return [
      {
        path: path('visitOn'),
        message: `validation.schedule.outsidePeriod?from=${decision.periodFrom}&to=${decision.periodTo}`,
      },
    ];
  if (v.visitOn > todayInPoland()) return [{ path: path('visitOn'), message: 'validation.schedule.future' }];
  const day = centiHours(await repo.hoursOnDay(ctx.q, decision.personId, v.visitOn)) + pending;
  if (day + centiHours(v.hours) > 2400)
    return [
      {
        path: path('hours'),
        message: `validation.schedule.dayOver24?hours=${String((day + centiHours(v.hours)) / 100).replace('.', ',')}`,
      },
    ];
  return [];
}

export async function recordVisit(ctx: StaffContext, input: z.output<typeof CreateVisit>) {
  const { decision } = await decisionAndCarer(ctx, input.careServiceId, input.carerId);
  const errors = await visitErrors(ctx, input, decision, 0);
  if (errors.length) throw badRequest(errors);
  const id = await repo.insertVisit(ctx.q, input, 'coordinator', ctx.actor.id);
  await logAdded(ctx, 'careVisit', id, input.careServiceId, decision.personId);
  return repo.findVisit(ctx.q, id);
}

/**
 * The provider's monthly CSV: every line checked (format, a decision in scope, the carer by name,
 * the period, 24 hours a day) before any is saved; one bad line → 400 naming it, nothing written.
 */
export async function importVisits(ctx: StaffContext, csv: string) {
  const parsed = parseVisitsCsv(csv);
  const reject = (errors: FieldError[]) =>
    new AppError(
      400,
      'validation',
      `error.schedule.csvRow?line=${errors[0]!.path.split('.')[1] ?? ''}`,
      errors,
    );
  if (parsed.errors.length) throw reject(parsed.errors);
  const scope = personScope(ctx.actor);
  const decisions = await repo.decisionsByNumber(
    ctx.q,
    [...new Set(parsed.rows.map((r) => r.decision))],
    scope,
  );
  const carers = await repo.carersByName(ctx.q, [...new Set(parsed.rows.map((r) => r.carer))]);
  const errors: FieldError[] = [];
  const ready: { visit: z.output<typeof CreateVisit>; decision: repo.DecisionRow }[] = [];
  const pendingDay = new Map<string, number>();
  for (const r of parsed.rows) {
    const at = (field: string) => `csv.${r.line}.${field === 'visitOn' ? 'date' : field}`;
    const decision = decisions.find((d) => d.number === r.decision);
    if (!decision) {
      errors.push({ path: at('decision'), message: 'validation.schedule.unknownDecision' });
      continue;
    }
    const carer = carers.find(
      (c) =>
        c.fullName === r.carer &&
        c.employer === decision.provider &&
        (decision.provider === 'own' || c.providerName === decision.providerName),
    );
    if (!carer) {
      errors.push({ path: at('carer'), message: 'validation.schedule.unknownCarer' });
      continue;
    }
    const visit = CreateVisit.parse({
      careServiceId: decision.id,
      carerId: carer.id,
      visitOn: r.visitOn,
      startsAt: r.startsAt,
      hours: r.hours,
      missedReason: r.missedReason,
      note: null,
    });
    const key = `${decision.personId}/${r.visitOn}`;
    const pending = pendingDay.get(key) ?? 0;
    const bad = await visitErrors(ctx, visit, decision, pending, at);
    if (bad.length) {
      errors.push(...bad);
      continue;
    }
    pendingDay.set(key, pending + centiHours(r.hours));
    ready.push({ visit, decision });
  }
  if (errors.length) throw reject(errors);
  for (const { visit } of ready) await repo.insertVisit(ctx.q, visit, 'providerCsv', ctx.actor.id);
  await ctx.audit({
    action: 'import',
    entity: 'careVisit',
    details: { lines: ready.length },
    persons: [...new Set(ready.map((r) => r.decision.personId))],
  });
  return { imported: ready.length };
}

/** A carer in two places at once: overlapping plan slots on a weekday, or delivered visits on a day. */
export async function conflicts(ctx: StaffContext, month: string) {
  const scope = personScope(ctx.actor);
  const plan = (await repo.planSlots(ctx.q, month, scope)).map((s) => ({ ...s, key: s.weekday! }));
  const visits = (await repo.visitSlots(ctx.q, month, scope)).map((s) => ({ ...s, key: s.date! }));
  const side = (s: repo.SlotRow) => ({
    careServiceId: s.careServiceId,
    client: s.client,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
  });
  const items = [...overlaps(plan), ...overlaps(visits)].map(([a, b]) => ({
    carerId: a.carerId,
    carerName: a.carerName,
    weekday: a.weekday,
    date: a.date,
    first: side(a),
    second: side(b),
  }));
  await ctx.audit({
    action: 'list',
    entity: 'careScheduleConflict',
    details: { month, results: items.length },
    persons: [...new Set([...plan, ...visits].map((x) => x.personId))],
  });
  return { month, items };
}

/** Hours planned by the weekly schedule against those delivered, per client of the month. */
export async function hours(ctx: StaffContext, month: string) {
  const rows = await repo.monthDecisions(ctx.q, month, personScope(ctx.actor));
  const items = rows.map(({ plan, periodFrom, periodTo, ...r }) => {
    const planned = plannedHours(plan, month, { from: periodFrom, to: periodTo });
    return {
      ...r,
      plannedHours: planned,
      differenceHours: (centiHours(r.deliveredHours) - centiHours(planned)) / 100,
    };
  });
  await ctx.audit({
    action: 'list',
    entity: 'careScheduleHours',
    details: { month, results: items.length },
    persons: personsOf(items),
  });
  return { month, items };
}

/** What a carer sees: their own clients' addresses, tasks and plan — nothing of income or fees. */
export async function myClients(ctx: StaffContext) {
  const rows = await repo.carerClients(ctx.q, ctx.actor.id, personScope(ctx.actor));
  await ctx.audit({
    action: 'list',
    entity: 'carerClient',
    details: { results: rows.length },
    persons: personsOf(rows),
  });
  return { items: rows.map(({ personId: _p, ...r }) => r) };
}
