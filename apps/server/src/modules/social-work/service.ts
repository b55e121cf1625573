import type { HelpReason } from '@ostoja/domain/applications/help-reasons';
import { foldDiacritics } from '@ostoja/domain/shared/polish-text';
import type {
  AddContract,
  AddNote,
  AddPlanItem,
  AddTask,
  CloseCaseFile,
  ContractActionInput,
  OpenCaseFile,
} from '@ostoja/domain/social-work/case-file';
import {
  type ContractStatus,
  contractAllowedActions,
  contractStatus,
} from '@ostoja/domain/social-work/contract-workflow';
import type { z } from 'zod';
import { z as zod } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { permissionsOf } from '../identity/service.ts';
import { caseFileScope, householdUnsealed } from './access.ts';
import { draftedJustification } from './art11-grounds.ts';
import { socialContractPdf } from './contract-pdf.ts';
import * as repo from './repo.ts';

type Out<S extends z.ZodType> = z.output<S>;
const DateCursor = zod.tuple([keyDate, keyId]);

async function scopedCaseFile(ctx: StaffContext, id: string) {
  const c = await repo.findCaseFile(ctx.q, id, caseFileScope(ctx.actor));
  if (!c) throw notFound();
  return c;
}

/** Writes go to an open case file only. */
async function openCaseFileFor(ctx: StaffContext, id: string) {
  const c = await scopedCaseFile(ctx, id);
  if (c.closedOn) throw new AppError(409, 'caseFileClosed', 'error.caseFileClosed');
  return c;
}

function contractView(ctx: StaffContext, k: repo.ContractRow) {
  const status: ContractStatus = contractStatus(k.actions);
  const { caseFileId: _c, ...rest } = k;
  return { ...rest, status, allowedActions: contractAllowedActions(status, permissionsOf(ctx.actor.roles)) };
}

export async function getCaseFile(ctx: StaffContext, id: string) {
  const c = await scopedCaseFile(ctx, id);
  // One transaction is one connection: its queries go one after another (pg refuses overlap).
  const coWorkers = await repo.coWorkers(ctx.q, id);
  const members = await repo.members(ctx.q, c.householdId);
  const plan = await repo.planItems(ctx.q, id);
  const tasks = await repo.tasks(ctx.q, id);
  const contracts = await repo.contracts(ctx.q, id);
  await ctx.audit({ action: 'read', entity: 'caseFile', entityId: id, persons: members.map((m) => m.id) });
  return {
    ...c,
    problems: c.problems as HelpReason[],
    coWorkers,
    members,
    plan,
    tasks,
    contracts: contracts.map((k) => contractView(ctx, k)),
  };
}

export async function listCaseFiles(
  ctx: StaffContext,
  query: {
    householdId?: string | undefined;
    state?: 'open' | 'closed' | undefined;
    after?: string | undefined;
    limit: number;
  },
) {
  const cursor = decodeCursor(DateCursor, query.after);
  const rows = await repo.listCaseFiles(ctx.q, caseFileScope(ctx.actor), query, cursor, query.limit + 1);
  return toPage(rows, query.limit, (r) => [r.openedOn, r.id]);
}

export async function openCaseFile(ctx: StaffContext, body: Out<typeof OpenCaseFile>) {
  if (body.reviewDue < body.openedOn)
    throw fieldError('reviewDue', 'validation.caseFile.reviewBeforeOpening');
  // The household must exist for this actor: a sealed one looks missing (same 404 as none).
  if (!(await repo.householdVisible(ctx.q, body.householdId, householdUnsealed(ctx.actor, 'h.id'))))
    throw notFound();
  const id = await repo.insertCaseFile(ctx.q, { ...body, leadWorkerId: ctx.actor.id });
  await repo.addCoWorkers(
    ctx.q,
    id,
    body.coWorkerIds.filter((w) => w !== ctx.actor.id),
  );
  await ctx.audit({
    action: 'create',
    entity: 'caseFile',
    entityId: id,
    details: { householdId: body.householdId },
  });
  return getCaseFile(ctx, id);
}

export async function closeCaseFile(ctx: StaffContext, id: string, body: Out<typeof CloseCaseFile>) {
  const c = await openCaseFileFor(ctx, id);
  if (body.closedOn < c.openedOn) throw fieldError('closedOn', 'validation.caseFile.closedBeforeOpening');
  await repo.closeCaseFile(ctx.q, id, body.closedOn, body.closeReason);
  await ctx.audit({ action: 'close', entity: 'caseFile', entityId: id });
  return getCaseFile(ctx, id);
}

export async function addPlanItem(ctx: StaffContext, id: string, body: Out<typeof AddPlanItem>) {
  await openCaseFileFor(ctx, id);
  await repo.insertPlanItem(ctx.q, id, body);
  await ctx.audit({ action: 'addPlanItem', entity: 'caseFile', entityId: id });
  return getCaseFile(ctx, id);
}

export async function addNote(ctx: StaffContext, id: string, body: Out<typeof AddNote>) {
  await openCaseFileFor(ctx, id);
  const noteId = await repo.insertNote(ctx.q, id, {
    ...body,
    searchText: foldDiacritics(body.body),
    authorId: ctx.actor.id,
  });
  await ctx.audit({ action: 'create', entity: 'caseNote', entityId: noteId, details: { caseFileId: id } });
  return (await repo.findNote(ctx.q, noteId))!;
}

/** The notes, newest contact first, optionally those containing a text; every read is audited. */
export async function listNotes(
  ctx: StaffContext,
  id: string,
  query: { q?: string | null | undefined; after?: string | undefined; limit: number },
) {
  await scopedCaseFile(ctx, id);
  const cursor = decodeCursor(DateCursor, query.after);
  const folded = query.q ? foldDiacritics(query.q) : null;
  const rows = await repo.listNotes(ctx.q, id, folded, cursor, query.limit + 1);
  const page = toPage(rows, query.limit, (n) => [n.contactOn, n.id]);
  await ctx.audit({
    action: 'read',
    entity: 'caseNote',
    entityId: id,
    details: { q: query.q ?? null, notes: page.items.map((n) => n.id) },
  });
  return page;
}

export async function addTask(ctx: StaffContext, id: string, body: Out<typeof AddTask>) {
  await openCaseFileFor(ctx, id);
  const taskId = await repo.insertTask(ctx.q, id, {
    title: body.title,
    due: body.due,
    assigneeId: body.assigneeId ?? ctx.actor.id,
  });
  await ctx.audit({ action: 'create', entity: 'caseTask', entityId: taskId, details: { caseFileId: id } });
  return (await repo.findTask(ctx.q, taskId, caseFileScope(ctx.actor)))!;
}

export async function completeTask(ctx: StaffContext, taskId: string, on: string) {
  const t = await repo.findTask(ctx.q, taskId, caseFileScope(ctx.actor));
  if (!t) throw notFound();
  if (!t.doneOn) await repo.completeTask(ctx.q, taskId, on);
  await ctx.audit({ action: 'complete', entity: 'caseTask', entityId: taskId });
  return (await repo.findTask(ctx.q, taskId, caseFileScope(ctx.actor)))!;
}

/** "Moja praca": the signed-in worker's open case tasks. */
export async function myCaseTasks(ctx: StaffContext, today: string) {
  const rows = await repo.openTasksOf(ctx.q, ctx.actor.id, caseFileScope(ctx.actor));
  return { today, items: rows.map((t) => ({ ...t, overdue: t.due < today })) };
}

export async function addContract(ctx: StaffContext, id: string, body: Out<typeof AddContract>) {
  const c = await openCaseFileFor(ctx, id);
  if (body.validTo < body.concludedOn) throw fieldError('validTo', 'validation.contract.endsBeforeStart');
  const members = await repo.members(ctx.q, c.householdId);
  if (!members.some((m) => m.id === body.personId))
    throw fieldError('personId', 'validation.contract.notMember');
  const contractId = await repo.insertContract(ctx.q, id, { ...body, reviewDue: body.reviewDue ?? null });
  await ctx.audit({
    action: 'create',
    entity: 'socialContract',
    entityId: contractId,
    details: { caseFileId: id },
  });
  return contractView(ctx, (await repo.findContract(ctx.q, contractId, caseFileScope(ctx.actor)))!);
}

/** Signature, review or outcome of a contract: allowed by the workflow's table, or 409. */
export async function recordContractAction(
  ctx: StaffContext,
  contractId: string,
  body: Out<typeof ContractActionInput>,
) {
  const k = await repo.findContract(ctx.q, contractId, caseFileScope(ctx.actor));
  if (!k) throw notFound();
  await openCaseFileFor(ctx, k.caseFileId);
  const status = contractStatus(k.actions);
  if (!contractAllowedActions(status, permissionsOf(ctx.actor.roles)).includes(body.type))
    throw new AppError(409, 'actionNotAllowed', 'error.socialContract.actionNotAllowed');
  if (body.on < k.concludedOn) throw fieldError('on', 'validation.contract.actionBeforeConclusion');
  await repo.insertContractAction(ctx.q, contractId, {
    ...body,
    note: body.note ?? null,
    actorId: ctx.actor.id,
  });
  await ctx.audit({ action: body.type, entity: 'socialContract', entityId: contractId });
  return contractView(ctx, (await repo.findContract(ctx.q, contractId, caseFileScope(ctx.actor)))!);
}

export async function contractDocument(ctx: StaffContext, contractId: string) {
  const k = await repo.findContract(ctx.q, contractId, caseFileScope(ctx.actor));
  if (!k) throw notFound();
  const c = (await repo.findCaseFile(ctx.q, k.caseFileId, caseFileScope(ctx.actor)))!;
  const centre = await repo.centre(ctx.q);
  await ctx.audit({ action: 'print', entity: 'socialContract', entityId: contractId });
  const pdf = await socialContractPdf({
    ...k,
    centreName: centre.name,
    city: centre.city,
    address: c.address,
    worker: c.lead.fullName,
  });
  return { pdf, filename: `kontrakt-${k.number.replaceAll('/', '-')}.pdf` };
}

/**
 * Art. 11 ust. 2 after a breach: the household's running benefits (the clerk revokes or changes
 * one through the decision flow of the applications) and the justification drafted from the file.
 */
export async function art11Draft(ctx: StaffContext, contractId: string, today: string) {
  const k = await repo.findContract(ctx.q, contractId, caseFileScope(ctx.actor));
  if (!k) throw notFound();
  if (contractStatus(k.actions) !== 'broken')
    throw new AppError(409, 'contractNotBroken', 'error.socialContract.notBroken');
  const c = (await repo.findCaseFile(ctx.q, k.caseFileId, caseFileScope(ctx.actor)))!;
  await ctx.audit({
    action: 'read',
    entity: 'caseNote',
    entityId: k.caseFileId,
    details: { art11: contractId },
  });
  const { justification } = await draftedJustification(ctx.q, k);
  return { justification, decisions: await repo.runningDecisions(ctx.q, c.householdId, today) };
}
