import type { ReferFamily } from '@ostoja/domain/family-support/assistance';
import { MAX_FAMILIES_PER_ASSISTANT, mayTakeFamily } from '@ostoja/domain/family-support/assistant';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import * as orgRepo from '../org/repo.ts';
import { assistanceScope, householdScope } from './access.ts';
import { familyOpinionPdf } from './opinion-pdf.ts';
import * as repo from './repo-assistance.ts';

// The family assistant's work with a household (uwr art. 11–17): referral → assignment → consent →
// plan and visits → end → monitoring. Each use case runs in the route's one transaction.

const ENTITY = 'familyAssistance';
type Status = repo.AssistanceRow['status'];

const summary = ({
  reason: _r,
  courtOrder: _c,
  assignedOn: _a,
  consentOn: _o,
  endedOn: _e,
  endReason: _x,
  version: _v,
  sortKey: _k,
  ...s
}: repo.AssistanceRow) => s;
const Cursor = z.tuple([keyDate, keyId]);

export async function list(
  ctx: StaffContext,
  filter: { status?: Status | undefined; householdId?: string | undefined },
  after: string | undefined,
  limit: number,
) {
  const rows = await repo.list(
    ctx.q,
    assistanceScope(ctx.actor),
    filter,
    decodeCursor(Cursor, after),
    limit + 1,
  );
  const page = toPage(rows, limit, (r) => [r.referredOn, r.id], summary);
  await ctx.audit({ action: 'list', entity: ENTITY, details: { ...filter, results: page.items.length } });
  return page;
}

export async function get(ctx: StaffContext, id: string) {
  const row = await repo.find(ctx.q, id, assistanceScope(ctx.actor));
  if (!row) throw notFound();
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id });
  const { sortKey: _k, ...rest } = row;
  return { ...rest, plan: await repo.plan(ctx.q, id), visits: await repo.visits(ctx.q, id) };
}

/** The row for a change, locked, in one of the statuses the action is allowed in. */
async function forChange(ctx: StaffContext, id: string, allowed: Status[]) {
  const row = await repo.find(ctx.q, id, assistanceScope(ctx.actor), true);
  if (!row) throw notFound();
  if (!allowed.includes(row.status))
    throw new AppError(409, 'familySupport.status', `error.familySupport.status?status=${row.status}`);
  return row;
}

export async function refer(ctx: StaffContext, body: ReferFamily) {
  if (!(await repo.householdVisible(ctx.q, body.householdId, householdScope(ctx.actor, 'h.id'))))
    throw fieldError('householdId', 'validation.familySupport.unknownHousehold');
  if (await repo.openForHousehold(ctx.q, body.householdId))
    throw fieldConflict('familySupport.open', 'householdId');
  const id = await repo.insertReferral(ctx.q, body, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: ENTITY, entityId: id, details: { basis: body.basis } });
  return get(ctx, id);
}

/**
 * The head of the centre assigns an assistant (art. 15 ust. 4 uwr: at most 15 families at once).
 * The assistant's row is locked first, so that concurrent assignments are counted one by one.
 */
export async function assign(ctx: StaffContext, id: string, assistantId: string, assignedOn: string) {
  const row = await forChange(ctx, id, ['referred', 'assigned', 'active']);
  if (!(await repo.lockAssistant(ctx.q, assistantId)))
    throw fieldError('assistantId', 'validation.familySupport.notAssistant');
  const families = await repo.familiesOf(ctx.q, assistantId, id);
  if (!mayTakeFamily(families))
    throw new AppError(
      409,
      'familySupport.assistantFull',
      'error.familySupport.assistantFull',
      [
        {
          path: 'assistantId',
          message: `validation.familySupport.assistantFull?max=${MAX_FAMILIES_PER_ASSISTANT}`,
        },
      ],
      { max: MAX_FAMILIES_PER_ASSISTANT },
    );
  const status: Status = row.consentOn ? 'active' : 'assigned';
  await repo.update(ctx.q, id, {
    assistant_id: assistantId,
    assigned_by: ctx.actor.id,
    assigned_on: assignedOn,
    status,
  });
  await ctx.audit({
    action: 'assign',
    entity: ENTITY,
    entityId: id,
    details: { assistantId, families: families + 1 },
  });
  return get(ctx, id);
}

export async function consent(ctx: StaffContext, id: string, consentOn: string) {
  await forChange(ctx, id, ['assigned']);
  await repo.update(ctx.q, id, { consent_on: consentOn, status: 'active' });
  await ctx.audit({ action: 'consent', entity: ENTITY, entityId: id });
  return get(ctx, id);
}

export async function addPlanItem(
  ctx: StaffContext,
  id: string,
  item: { goal: string; action: string; deadline: string; expectedEffect: string },
) {
  await forChange(ctx, id, ['active']);
  await repo.insertPlanItem(ctx.q, id, item);
  await ctx.audit({ action: 'planItem', entity: ENTITY, entityId: id });
  return get(ctx, id);
}

/** A visit or contact; after the end only monitoring visits, until the monitoring ends. */
export async function addVisit(
  ctx: StaffContext,
  id: string,
  v: { visitedOn: string; kind: string; note: string },
) {
  const row = await forChange(ctx, id, ['assigned', 'active', 'ended']);
  if (
    row.status === 'ended' &&
    (v.kind !== 'monitoring' || !row.monitoringUntil || v.visitedOn > row.monitoringUntil)
  )
    throw fieldError('kind', 'validation.familySupport.monitoringOnly');
  await repo.insertVisit(ctx.q, id, v, ctx.actor.id);
  await ctx.audit({ action: 'visit', entity: ENTITY, entityId: id });
  return get(ctx, id);
}

export async function end(
  ctx: StaffContext,
  id: string,
  e: { endedOn: string; reason: string; monitoringUntil?: string | null | undefined },
) {
  const row = await forChange(ctx, id, ['assigned', 'active']);
  if (row.assignedOn && e.endedOn < row.assignedOn)
    throw fieldError('endedOn', 'validation.familySupport.endBeforeStart');
  if (e.monitoringUntil && e.monitoringUntil < e.endedOn)
    throw fieldError('monitoringUntil', 'validation.familySupport.monitoringBeforeEnd');
  await repo.update(ctx.q, id, {
    status: 'ended',
    ended_on: e.endedOn,
    end_reason: e.reason,
    monitoring_until: e.monitoringUntil ?? null,
  });
  await ctx.audit({ action: 'end', entity: ENTITY, entityId: id });
  return get(ctx, id);
}

/** The opinion for the court as PDF, dated today; its making is logged. */
export async function courtOpinion(
  ctx: StaffContext,
  id: string,
  input: { court: string; caseNumber: string; opinion: string },
) {
  const row = await forChange(ctx, id, ['assigned', 'active', 'ended']);
  const visits = await repo.visits(ctx.q, id);
  const pdf = await familyOpinionPdf({
    centreName: (await orgRepo.centre(ctx.q)).name,
    madeOn: todayInPoland(),
    court: input.court,
    caseNumber: input.caseNumber,
    familyName: row.familyName,
    address: row.address,
    assistantName: row.assistantName ?? '',
    basis: row.basis,
    courtOrder: row.courtOrder,
    assignedOn: row.assignedOn,
    consentOn: row.consentOn,
    plan: await repo.plan(ctx.q, id),
    visits: visits.length,
    lastVisitOn: visits[0]?.visitedOn ?? null,
    opinion: input.opinion,
  });
  await ctx.audit({
    action: 'document',
    entity: ENTITY,
    entityId: id,
    details: { caseNumber: input.caseNumber },
  });
  return { pdf, filename: `opinia-asystenta-${row.referredOn}.pdf` };
}

/** For the head's choice: each assistant's families now against the limit of art. 15 ust. 4 uwr. */
export async function assistants(ctx: StaffContext) {
  const rows = await repo.assistantLoads(ctx.q);
  return { items: rows.map((r) => ({ ...r, limit: MAX_FAMILIES_PER_ASSISTANT })) };
}
