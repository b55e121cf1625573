import {
  type CreateAssignment,
  type CreateNeighbour,
  type CreateNeighbourRate,
  type EnterHours,
  neighbourPay,
} from '@ostoja/domain/services/neighbour';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { fieldError } from '../../http/errors.ts';
import { decodeCursor, keyId, keyText, toPage } from '../../shared/cursor.ts';
import { personScope } from '../registry/access.ts';
import { registerPage } from '../registry/person-register.ts';
import * as repo from './neighbour-repo.ts';

// Neighbour services (issue 16 item 7): the client's decision is a care-service decision of kind
// neighbourService (with its fee per hour); here the neighbours, whom they help for how many hours
// a month, the hours of each month, and what the centre pays them. One transaction per use case.

export async function addNeighbour(ctx: StaffContext, input: z.output<typeof CreateNeighbour>) {
  const id = await repo.insertNeighbour(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'neighbour', entityId: id });
  return (await repo.findNeighbour(ctx.q, id))!;
}

export async function listNeighbours(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listNeighbours(ctx.q, decodeCursor(z.tuple([keyText, keyId]), after), limit + 1);
  return toPage(rows, limit, (n) => [n.fullName, n.id]);
}

/** A new rate from a day [M]; rates are never edited, so a month already paid keeps its own. */
export async function addRate(ctx: StaffContext, input: z.output<typeof CreateNeighbourRate>) {
  const id = await repo.insertRate(ctx.q, input, ctx.actor.id);
  if (!id) throw fieldError('validFrom', 'validation.neighbour.rateExists');
  await ctx.audit({ action: 'create', entity: 'neighbourRate', entityId: id, details: input });
  return { items: await repo.rates(ctx.q) };
}

export async function rates(ctx: StaffContext) {
  return { items: await repo.rates(ctx.q) };
}

/** A neighbour helps a client under their neighbour-service decision, inside its period. */
export async function assign(ctx: StaffContext, input: z.output<typeof CreateAssignment>) {
  const scope = personScope(ctx.actor);
  const d = await repo.findDecision(ctx.q, input.careServiceId, scope);
  if (!d) throw fieldError('careServiceId', 'validation.schedule.unknownDecision');
  if (d.serviceKind !== 'neighbourService')
    throw fieldError('careServiceId', 'validation.neighbour.notNeighbourDecision');
  if (input.periodFrom < d.periodFrom) throw fieldError('periodFrom', 'validation.neighbour.outsideDecision');
  if (input.periodTo > d.periodTo) throw fieldError('periodTo', 'validation.neighbour.outsideDecision');
  if (!(await repo.findNeighbour(ctx.q, input.neighbourId)))
    throw fieldError('neighbourId', 'validation.neighbour.unknownNeighbour');
  const id = await repo.insertAssignment(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'neighbourService', entityId: id, persons: [d.personId] });
  return (await repo.findAssignment(ctx.q, id, scope))!;
}

export const listAssignments = registerPage('neighbourService', repo.listAssignments, (a) => a.periodFrom);

const monthEnd = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The month's hours of an assignment: within its period and at most its hours a month. */
export async function enterHours(ctx: StaffContext, input: z.output<typeof EnterHours>) {
  const a = await repo.findAssignment(ctx.q, input.assignmentId, personScope(ctx.actor));
  if (!a) throw fieldError('assignmentId', 'validation.neighbour.unknownAssignment');
  if (`${input.month}-01` > a.periodTo || monthEnd(input.month) < a.periodFrom)
    throw fieldError('month', 'validation.neighbour.outsideAssignment');
  if (input.hours > a.hoursPerMonth)
    throw fieldError('hours', `validation.neighbour.overMonthly?max=${a.hoursPerMonth}`);
  await repo.upsertHours(ctx.q, a.id, input.month, input.hours, ctx.actor.id);
  await ctx.audit({
    action: 'update',
    entity: 'neighbourHours',
    entityId: a.id,
    details: { month: input.month, hours: input.hours },
    persons: [a.personId],
  });
  return { assignmentId: a.id, month: input.month, hours: input.hours };
}

/** The month's payment list: each neighbour's hours × the rate in force on the month's first day. */
export async function paymentList(ctx: StaffContext, month: string) {
  const rate = await repo.rateOn(ctx.q, `${month}-01`);
  const rows = await repo.hoursByNeighbour(ctx.q, month);
  const items = rows.map((r) => ({
    ...r,
    amountGrosze: rate ? neighbourPay(r.hours, rate.hourlyRateGrosze) : 0,
  }));
  if (items.length && !rate) throw fieldError('month', 'validation.neighbour.noRate');
  await ctx.audit({
    action: 'read',
    entity: 'neighbourPayments',
    details: { month, neighbours: items.length },
  });
  return {
    month,
    hourlyRateGrosze: rate?.hourlyRateGrosze ?? null,
    basis: rate?.basis ?? null,
    items,
    totalGrosze: items.reduce((s, i) => s + i.amountGrosze, 0),
  };
}
