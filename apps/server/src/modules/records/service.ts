import type {
  CreateProtocol,
  DueQuery,
  SignProtocol,
  UpdateRetentionRule,
} from '@ostoja/domain/records/records';
import { lastDayOfMonth, type RecordKind } from '@ostoja/domain/records/retention';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { conflict, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, keyText, keyTimestamp, toPage } from '../../shared/cursor.ts';
import { nextNumber } from '../../shared/register.ts';
import { centre } from '../org/repo.ts';
import { personScope } from '../registry/access.ts';
import { historyRows } from '../registry/history-repo.ts';
import * as registry from '../registry/repo.ts';
import { revisions } from '../registry/revision-repo.ts';
import * as ukrStatus from '../registry/ukr-status-repo.ts';
import { protocolPdf, subjectAccessPdf } from './pdf.ts';
import * as repo from './repo.ts';

// Records management (issue 21 items 6–7): each use case runs in the route's one transaction.

const RecordCursor = z.tuple([keyDate, keyText, keyId]);
const ProtocolCursor = z.tuple([keyTimestamp, keyId]);
type Page = { after?: string | undefined; limit: number };

export async function listRules(ctx: StaffContext) {
  return { items: await repo.rules(ctx.q), nextCursor: null };
}

export async function updateRule(
  ctx: StaffContext,
  kind: RecordKind,
  body: z.output<typeof UpdateRetentionRule>,
) {
  const saved = await repo.updateRule(ctx.q, kind, body, ctx.actor.id);
  if (!saved) throw (await repo.ruleExists(ctx.q, kind)) ? versionConflict() : notFound();
  const { jrwaSymbol, category, years } = body;
  await ctx.audit({
    action: 'update',
    entity: 'retentionRule',
    entityId: kind,
    details: { jrwaSymbol, category, years },
  });
  return saved;
}

/** The records whose period ends by the end of `month` and that no protocol lists yet (no personal data). */
export async function dueList(ctx: StaffContext, query: z.output<typeof DueQuery>) {
  const after = decodeCursor(RecordCursor, query.after);
  const rows = await repo.dueRecords(ctx.q, lastDayOfMonth(query.month), after, query.limit + 1);
  return toPage(rows, query.limit, (r) => [r.dueOn, r.recordKind, r.recordId]);
}

const notInFuture = (month: string, path: string) => {
  if (month > todayInPoland().slice(0, 7)) throw fieldError(path, 'validation.records.futureMonth');
};

/** Draws up a protocol of the records of category B/Bc due by the end of the month. */
export async function createProtocol(ctx: StaffContext, body: z.output<typeof CreateProtocol>) {
  notInFuture(body.month, 'month');
  const number = await nextNumber(ctx.q, 'destructionProtocol', 'PB', todayInPoland(), 3);
  const id = await repo.insertProtocol(ctx.q, { ...body, number, actorId: ctx.actor.id });
  const listed = await repo.insertProtocolItems(ctx.q, id, lastDayOfMonth(body.month));
  // Nothing due: the whole transaction (the number too) is rolled back.
  if (listed === 0) throw conflict('nothingDue', 'error.records.nothingDue');
  await ctx.audit({
    action: 'create',
    entity: 'destructionProtocol',
    entityId: id,
    details: { number, listed },
  });
  return (await repo.protocol(ctx.q, id))!;
}

export async function getProtocol(ctx: StaffContext, id: string) {
  const p = await repo.protocol(ctx.q, id);
  if (!p) throw notFound();
  return p;
}

export async function listProtocols(ctx: StaffContext, page: Page) {
  const after = decodeCursor(ProtocolCursor, page.after);
  const rows = await repo.protocols(ctx.q, after, page.limit + 1);
  return toPage(
    rows,
    page.limit,
    (r) => [r.key, r.id],
    ({ key: _k, ...p }) => p,
  );
}

export async function protocolItems(ctx: StaffContext, id: string, page: Page) {
  await getProtocol(ctx, id);
  const after = decodeCursor(RecordCursor, page.after);
  const rows = await repo.protocolItems(ctx.q, id, after, page.limit + 1);
  return toPage(rows, page.limit, (r) => [r.dueOn, r.recordKind, r.recordId]);
}

export async function signProtocol(ctx: StaffContext, id: string, body: z.output<typeof SignProtocol>) {
  const p = await repo.protocol(ctx.q, id, true);
  if (!p) throw notFound();
  if (p.version !== body.version) throw versionConflict();
  if (p.status !== 'draft') throw conflict('protocolNotDraft', 'error.records.notDraft');
  if (body.signedOn > todayInPoland()) throw fieldError('signedOn', 'validation.records.signedInFuture');
  await repo.signProtocol(ctx.q, id, body, ctx.actor.id);
  await ctx.audit({
    action: 'sign',
    entity: 'destructionProtocol',
    entityId: id,
    details: { signedOn: body.signedOn },
  });
  return (await repo.protocol(ctx.q, id))!;
}

export async function protocolDocument(ctx: StaffContext, id: string) {
  const p = await getProtocol(ctx, id);
  const items = await repo.protocolItems(ctx.q, id, null, null);
  const c = await centre(ctx.q);
  await ctx.audit({ action: 'print', entity: 'destructionProtocol', entityId: id });
  return { pdf: await protocolPdf(p, items, c.name), filename: `${p.number.replaceAll('/', '-')}.pdf` };
}

/**
 * The anonymisation run of a signed protocol: the persons whose every record is now destroyed
 * lose their personal data; one audit row per person (by id), and the earlier audit rows stay.
 */
export async function anonymisationRun(ctx: StaffContext, id: string, version: number) {
  const p = await repo.protocol(ctx.q, id, true);
  if (!p) throw notFound();
  if (p.version !== version) throw versionConflict();
  if (p.status !== 'signed') throw conflict('protocolNotSigned', 'error.records.notSigned');
  const persons = await repo.protocolPersons(ctx.q, id);
  await repo.anonymisePersons(ctx.q, persons);
  for (const personId of persons)
    await ctx.audit({
      action: 'anonymise',
      entity: 'person',
      entityId: personId,
      details: { protocol: p.number },
    });
  await repo.markAnonymised(ctx.q, id, persons.length);
  await ctx.audit({
    action: 'anonymise',
    entity: 'destructionProtocol',
    entityId: id,
    details: { persons: persons.length },
  });
  return (await repo.protocol(ctx.q, id))!;
}

/** The person as the actor may see them (the registry's row scope: a sealed person answers as missing). */
async function visiblePerson(ctx: StaffContext, personId: string) {
  const person = await registry.findPerson(ctx.q, personId, personScope(ctx.actor));
  if (!person) throw notFound();
  return person;
}

/** RODO art. 17 after retention: only when none of the person's records is kept any longer. */
export async function anonymisePerson(ctx: StaffContext, personId: string) {
  await visiblePerson(ctx, personId);
  const kept = await repo.recordsStillKept(ctx.q, personId, todayInPoland());
  if (kept > 0) {
    const err = conflict('retentionNotEnded', 'error.records.retentionNotEnded');
    err.extra = { recordsKept: kept };
    throw err;
  }
  await repo.anonymisePersons(ctx.q, [personId]);
  await ctx.audit({
    action: 'anonymise',
    entity: 'person',
    entityId: personId,
    details: { reason: 'retentionEnded' },
  });
  return { persons: 1 };
}

export async function rectifications(ctx: StaffContext, personId: string) {
  await visiblePerson(ctx, personId);
  const items = await revisions(ctx.q, personId);
  await ctx.audit({
    action: 'read',
    entity: 'person',
    entityId: personId,
    details: { view: 'rectifications' },
  });
  return { items, nextCursor: null };
}

/**
 * Everything about a person (RODO art. 15) as the requester may see it: the registry's row scope
 * for the person, the compartment's scope in the history's SQL (Niebieska Karta procedures only
 * for their team). Every export is audited with its format.
 */
export async function subjectAccess(ctx: StaffContext, personId: string, format: 'json' | 'pdf') {
  const person = await visiblePerson(ctx, personId);
  const events = (await historyRows(ctx.q, ctx.actor, personId, null, 100_000))
    .filter((e) => e.kind !== null)
    .map(({ found: _f, ...e }) => e);
  const data = {
    generatedAt: new Date(),
    person,
    households: await registry.personHistory(ctx.q, personId),
    events,
    caseFiles: await repo.caseFilesOf(ctx.q, personId),
    consultations: await repo.consultationsOf(ctx.q, personId),
    rectifications: await revisions(ctx.q, personId),
    ukrStatusHistory: await ukrStatus.history(ctx.q, personId),
  };
  await ctx.audit({
    action: 'export',
    entity: 'person',
    entityId: personId,
    details: { view: 'subjectAccess', format, events: events.length },
  });
  return data;
}

export async function subjectAccessDocument(ctx: StaffContext, personId: string) {
  const data = await subjectAccess(ctx, personId, 'pdf');
  const c = await centre(ctx.q);
  return { pdf: await subjectAccessPdf(data, c.name), filename: `dane-osoby-${todayInPoland()}.pdf` };
}
