import type {
  AddCrisisContact,
  AddCrisisPlanItem,
  AddCrisisStay,
  CloseCrisisCase,
  CrisisCaseQuery,
  OpenCrisisCase,
} from '@ostoja/domain/crisis-intervention/crisis-case';
import { stayLimit } from '@ostoja/domain/crisis-intervention/stay';
import { roleHas } from '@ostoja/domain/identity/permissions';
import { ROLES } from '@ostoja/domain/identity/roles';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound } from '../../http/errors.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { personRegister } from '../registry/person-register.ts';
import * as repo from './repo.ts';

// Crisis intervention (art. 47 ups) as a case: opened for a person (or their household), the
// contacts, the intervention plan, a stay at a crisis point's hostel, closed with an outcome. No
// decision (art. 106 ust. 2 ups), and no release from a Niebieska Karta compartment: a sealed
// person's case stays with those who see them. Each use case runs in the route's one transaction.

const ENTITY = 'crisisCase';
/** Who may lead a case: the roles the matrix lets manage crisis intervention. */
const LEAD_ROLES = ROLES.filter((r) => roleHas(r, 'crisisIntervention.manage'));

const shown = (iso: string) => iso.split('-').reverse().join('.');

const register = personRegister(ENTITY, repo.listCases, repo.findCase, (c) => c.openedOn);

export const listCases = (ctx: StaffContext, query: z.output<typeof CrisisCaseQuery>) =>
  register.page(ctx, { personId: query.personId ?? null, state: query.state ?? null }, query);

/** The case with its contacts, plan and stays, within the actor's scope (a sealed person's is a 404). */
export async function getCase(ctx: StaffContext, id: string) {
  const c = await register.row(ctx, id);
  // One transaction, one connection: the three reads one after another.
  const contacts = await repo.contactsOf(ctx.q, id);
  const plan = await repo.planOf(ctx.q, id);
  const stays = await repo.staysOf(ctx.q, id);
  return {
    ...c,
    contacts,
    plan,
    stays,
    stayLimitTo: stays[0] ? (stayLimit(stays[0].from)?.last ?? null) : null,
  };
}

export const leads = async (ctx: StaffContext) => ({ items: await repo.staffWithRoles(ctx.q, LEAD_ROLES) });
export const places = async (ctx: StaffContext) => ({ items: await repo.places(ctx.q) });

function notAfterToday(path: string, day: string) {
  if (day > todayInPoland()) throw fieldError(path, 'validation.crisis.future');
}

/** Logs an action on the case (naming `persons` when given) and answers the case as it now is. */
async function changed(
  ctx: StaffContext,
  id: string,
  action: string,
  details: Record<string, unknown>,
  persons?: string[],
) {
  await ctx.audit({ action, entity: ENTITY, entityId: id, details, ...(persons ? { persons } : {}) });
  return getCase(ctx, id);
}

export async function openCase(ctx: StaffContext, input: z.output<typeof OpenCrisisCase>) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.shelters.unknownPerson');
  notAfterToday('openedOn', input.openedOn);
  if (!(await repo.isStaffWithRoles(ctx.q, input.leadId, LEAD_ROLES)))
    throw fieldError('leadId', 'validation.crisis.unknownLead');
  const householdId = input.wholeHousehold ? await repo.currentHousehold(ctx.q, input.personId) : null;
  if (input.wholeHousehold && !householdId)
    throw fieldError('wholeHousehold', 'validation.crisis.noHousehold');
  const id = await repo.insertCase(
    ctx.q,
    {
      personId: input.personId,
      householdId,
      openedOn: input.openedOn,
      source: input.source,
      kind: input.kind,
      summary: input.summary,
      leadId: input.leadId,
    },
    ctx.actor.id,
  );
  return changed(ctx, id, 'create', { kind: input.kind, source: input.source, householdId }, [
    input.personId,
  ]);
}

/** The open case locked for a change; a sealed or missing one is a 404, a closed one a 409. */
async function openCaseRow(ctx: StaffContext, id: string) {
  const c = await repo.lockCase(ctx.q, id, personScope(ctx.actor));
  if (!c) throw notFound();
  if (c.closedOn) throw conflict('crisis.closed', 'error.crisis.closed');
  return c;
}

/** A day of the case: not before it was opened, not after today. */
function withinCase(path: string, day: string, openedOn: string) {
  if (day < openedOn) throw fieldError(path, `validation.crisis.beforeOpened?openedOn=${shown(openedOn)}`);
  notAfterToday(path, day);
}

export async function addContact(ctx: StaffContext, id: string, input: z.output<typeof AddCrisisContact>) {
  const c = await openCaseRow(ctx, id);
  withinCase('contactOn', input.contactOn, c.openedOn);
  const contactId = await repo.insertContact(ctx.q, id, input, ctx.actor.id);
  return changed(ctx, id, 'addContact', { contactId, form: input.form, minutes: input.minutes });
}

export async function addPlanItem(ctx: StaffContext, id: string, input: z.output<typeof AddCrisisPlanItem>) {
  const c = await openCaseRow(ctx, id);
  if (input.byWhen < c.openedOn)
    throw fieldError('byWhen', `validation.crisis.beforeOpened?openedOn=${shown(c.openedOn)}`);
  const itemId = await repo.insertPlanItem(ctx.q, id, input, ctx.actor.id);
  return changed(ctx, id, 'addPlanItem', { itemId });
}

/**
 * Art. 47 ust. 3 ups: shelter at a crisis point's hostel — the case's stays together within the
 * limit counted from the first one (STAY_LIMITS [M]), never two at once, and never beyond the
 * point's places on any day of the stay (the point's row locked while counting).
 */
export async function addStay(ctx: StaffContext, id: string, input: z.output<typeof AddCrisisStay>) {
  const c = await openCaseRow(ctx, id);
  if (input.from < c.openedOn)
    throw fieldError('from', `validation.crisis.beforeOpened?openedOn=${shown(c.openedOn)}`);
  const place = await repo.lockPlace(ctx.q, input.facilityId);
  if (!place) throw fieldError('facilityId', 'validation.crisis.unknownPlace');
  const earlier = await repo.staysOf(ctx.q, id);
  if (earlier.some((s) => s.from <= input.to && s.to >= input.from))
    throw fieldError('from', 'validation.crisis.stayOverlaps');
  const first = [input.from, ...earlier.map((s) => s.from)].sort()[0]!;
  const limit = stayLimit(first);
  if (limit && input.to > limit.last)
    throw fieldError('to', `validation.crisis.stayTooLong?months=${limit.months}&last=${shown(limit.last)}`);
  if ((await repo.peakOccupancy(ctx.q, input.facilityId, input.from, input.to)) >= place.capacity)
    throw fieldError('facilityId', 'validation.crisis.placeFull');
  const stayId = await repo.insertStay(ctx.q, id, input, ctx.actor.id);
  return changed(ctx, id, 'addStay', {
    stayId,
    facilityId: input.facilityId,
    from: input.from,
    to: input.to,
  });
}

export async function closeCase(ctx: StaffContext, id: string, input: z.output<typeof CloseCrisisCase>) {
  const c = await openCaseRow(ctx, id);
  withinCase('closedOn', input.closedOn, c.openedOn);
  await repo.closeCase(ctx.q, id, input);
  return changed(ctx, id, 'close', { outcome: input.outcome });
}
