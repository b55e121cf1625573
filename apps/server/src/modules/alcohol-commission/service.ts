import type { AddMeeting, AddMember, AddTraining } from '@ostoja/domain/alcohol-commission/commission';
import type {
  AddInspection,
  AddPermitOpinion,
  AddPermitRules,
  AddSellerTraining,
  AddShop,
} from '@ostoja/domain/alcohol-commission/permits';
import type { AddGroup, AddGroupSession } from '@ostoja/domain/alcohol-commission/point';
import {
  type EventType,
  LETTER_EVENTS,
  type OpenProceeding,
  type ProceedingEventInput,
} from '@ostoja/domain/alcohol-commission/proceeding';
import {
  allowedEvents,
  eventDateProblem,
  hasQuorum,
  inTerm,
  monthlyPay,
  nextDeadline,
  permitLimits,
  permitOpinionProblem,
  proceedingStatus,
} from '@ostoja/domain/alcohol-commission/rules';
import { foldDiacritics } from '@ostoja/domain/shared/polish-text';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, toPage } from '../../shared/cursor.ts';
import { nextNumber } from '../../shared/register.ts';
import * as counselling from '../counselling/work.ts';
import * as org from '../org/repo.ts';
import { personScope, personVisible } from '../registry/access.ts';
import * as registryRepo from '../registry/repo.ts';
import { toRow } from '../registry/service.ts';
import * as documents from './documents.ts';
import * as repo from './repo.ts';
import { GROUND_TEXT, petitionAttachments, petitionFacts } from './texts.ts';

// Use cases of the alcohol commission. Every one is the commission's own (the route's permission
// is held by its role only), and every read is logged: the data are health data (art. 9 RODO).

type Out<S extends z.ZodType> = z.output<S>;
const DateCursor = z.tuple([keyDate, keyId]);
/** Audit entities; the audit view shows entries of `alcohol*` to the commission only (migration 0200). */
const PROCEEDING = 'alcoholProceeding';
const MEETING = 'alcoholCommissionMeeting';

export async function letterhead(ctx: StaffContext): Promise<documents.Letterhead> {
  const c = await org.centre(ctx.q);
  // "… w Pruszkowie": the place as the centre's own name declines it.
  const where = / we? [^(]+/.exec(c.name)?.[0].trimEnd() ?? '';
  return { city: c.city ?? '', commission: `Miejska Komisja Rozwiązywania Problemów Alkoholowych${where}` };
}

// Members and their training.
export async function listMembers(ctx: StaffContext) {
  await ctx.audit({ action: 'read', entity: 'alcoholCommissionMembers' });
  return { items: await repo.members(ctx.q), nextCursor: null };
}

export async function addMember(ctx: StaffContext, body: Out<typeof AddMember>) {
  const id = await repo.insertMember(ctx.q, { ...body, appointment: body.appointment ?? null });
  await ctx.audit({ action: 'create', entity: 'alcoholCommissionMember', entityId: id });
  return (await repo.members(ctx.q, [id]))[0]!;
}

export async function addTraining(ctx: StaffContext, memberId: string, body: Out<typeof AddTraining>) {
  if ((await repo.members(ctx.q, [memberId])).length === 0) throw notFound();
  await repo.insertTraining(ctx.q, memberId, body);
  await ctx.audit({ action: 'addTraining', entity: 'alcoholCommissionMember', entityId: memberId });
  return (await repo.members(ctx.q, [memberId]))[0]!;
}

// Meetings.
export async function addMeeting(ctx: StaffContext, body: Out<typeof AddMeeting>) {
  const present = [...new Set(body.presentMemberIds)];
  const found = new Map((await repo.members(ctx.q, present)).map((m) => [m.id, m]));
  for (const [i, id] of body.presentMemberIds.entries()) {
    const m = found.get(id);
    if (!m) throw fieldError(`presentMemberIds.${i}`, 'validation.invalidOption');
    if (!inTerm(m, body.heldOn)) throw fieldError(`presentMemberIds.${i}`, 'validation.alcohol.notInTerm');
  }
  const membersInTerm = await repo.countInTerm(ctx.q, body.heldOn);
  if (body.deciding && !hasQuorum(present.length, membersInTerm))
    throw fieldError('deciding', 'validation.alcohol.noQuorum');
  const id = await repo.insertMeeting(
    ctx.q,
    { ...body, resolutions: body.resolutions ?? null, membersInTerm, createdBy: ctx.actor.id },
    present.map((memberId) => ({ memberId, pay: found.get(memberId)!.payPerMeeting })),
  );
  await ctx.audit({ action: 'create', entity: MEETING, entityId: id });
  return getMeeting(ctx, id);
}

export async function listMeetings(ctx: StaffContext, query: { after?: string | undefined; limit: number }) {
  const cursor = decodeCursor(DateCursor, query.after);
  const rows = await repo.listMeetings(ctx.q, cursor, query.limit + 1);
  await ctx.audit({ action: 'list', entity: MEETING });
  return toPage(rows, query.limit, (r) => [r.heldOn, r.id]);
}

export async function getMeeting(ctx: StaffContext, id: string) {
  const g = await repo.findMeeting(ctx.q, id);
  if (!g) throw notFound();
  await ctx.audit({ action: 'read', entity: MEETING, entityId: id });
  return g;
}

export async function minutes(ctx: StaffContext, id: string) {
  const g = await getMeeting(ctx, id);
  const pdf = await documents.minutesPdf({
    head: await letterhead(ctx),
    ...g,
    present: g.attendance.map((a) => a.fullName),
  });
  return { pdf, filename: `protokol-${g.heldOn}.pdf` };
}

export async function payList(ctx: StaffContext, month: string) {
  const rows = await repo.attendanceOfMonth(ctx.q, month);
  const names = new Map(rows.map((r) => [r.memberId, r.fullName]));
  const list = [...monthlyPay(rows)].map(([memberId, m]) => ({
    memberId,
    fullName: names.get(memberId)!,
    ...m,
  }));
  await ctx.audit({ action: 'read', entity: 'alcoholCommissionPayList', details: { month } });
  return { month, rows: list, total: list.reduce((s, r) => s + r.amount, 0) };
}

export async function payListDocument(ctx: StaffContext, month: string) {
  const list = await payList(ctx, month);
  return {
    pdf: await documents.payListPdf({ head: await letterhead(ctx), ...list }),
    filename: `lista-${month}.pdf`,
  };
}

// Proceedings towards treatment.

/**
 * A registry person the commission may name (as every module asks: a person sealed in another
 * compartment answers as a missing one), the person with the PESEL (the names must agree), or a
 * new person sealed in the commission's compartment.
 */
async function resolvePerson(ctx: StaffContext, body: Out<typeof OpenProceeding>) {
  if (body.personId) {
    if (!(await personVisible(ctx.q, ctx.actor, body.personId)))
      throw fieldError('personId', 'validation.invalidOption');
    return { personId: body.personId, sealed: false };
  }
  const p = body.person!;
  if (p.pesel) {
    const known = await registryRepo.findPersonByPesel(ctx.q, p.pesel, personScope(ctx.actor));
    if (known) {
      const same =
        foldDiacritics(known.surname) === foldDiacritics(p.surname) &&
        foldDiacritics(known.firstName) === foldDiacritics(p.firstName);
      if (!same) throw fieldError('person.pesel', 'validation.blueCard.peselNameMismatch');
      return { personId: known.id, sealed: false };
    }
  }
  return { personId: await registryRepo.insertPerson(ctx.q, toRow(p), true), sealed: true };
}

export async function openProceeding(ctx: StaffContext, body: Out<typeof OpenProceeding>) {
  if (body.reportedOn > todayInPoland()) throw fieldError('reportedOn', 'validation.alcohol.future');
  const blueCardProcedureId = body.blueCardNumber
    ? await repo.blueCardProcedureByNumber(ctx.q, body.blueCardNumber)
    : null;
  if (body.blueCardNumber && !blueCardProcedureId)
    throw fieldError('blueCardNumber', 'validation.alcohol.blueCardNumber');
  const { personId, sealed } = await resolvePerson(ctx, body);
  const number = await nextNumber(ctx.q, 'alcoholProceeding', 'MKRPA', body.reportedOn, 4);
  const due = nextDeadline(body.reportedOn, []);
  const id = await repo.insertProceeding(ctx.q, {
    ...body,
    reporter: { ...body.reporter, institution: body.reporter.institution ?? null },
    number,
    personId,
    sealed,
    nextDue: due?.due ?? null,
    nextDueKind: due?.kind ?? null,
    blueCardProcedureId,
    createdBy: ctx.actor.id,
  });
  await ctx.audit({
    action: 'create',
    entity: PROCEEDING,
    entityId: id,
    details: { reporterKind: body.reporter.kind, personId },
  });
  return getProceeding(ctx, id);
}

async function load(ctx: StaffContext, id: string, forUpdate = false) {
  const p = await repo.findProceeding(ctx.q, id, forUpdate);
  if (!p) throw notFound();
  return p;
}

function view(p: repo.ProceedingRow, events: repo.EventRow[]) {
  return {
    ...p,
    reporter: { kind: p.reporterKind, name: p.reporterName, institution: p.reporterInstitution },
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      on: e.on,
      details: e.details,
      hasAttachment: e.hasAttachment,
      hasLetter: (LETTER_EVENTS as readonly string[]).includes(e.type),
    })),
    allowedEvents: allowedEvents(events),
  };
}

export async function getProceeding(ctx: StaffContext, id: string) {
  const p = await load(ctx, id);
  const events = await repo.events(ctx.q, id);
  await ctx.audit({ action: 'read', entity: PROCEEDING, entityId: id, persons: [p.person.id] });
  return view(p, events);
}

export async function listProceedings(
  ctx: StaffContext,
  query: { state?: 'open' | 'closed' | undefined; after?: string | undefined; limit: number },
) {
  const cursor = decodeCursor(DateCursor, query.after);
  const rows = await repo.listProceedings(ctx.q, query.state ?? null, cursor, query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [r.reportedOn, r.id]);
  await ctx.audit({
    action: 'list',
    entity: PROCEEDING,
    details: { ids: page.items.map((r) => r.id) },
    persons: page.items.map((r) => r.person.id),
  });
  return page;
}

/**
 * The commission shares that the proceeding exists (from today) or stops sharing it. A proceeding
 * linked to a Niebieska Karta procedure stays in that compartment: never shared.
 */
export async function shareProceeding(ctx: StaffContext, id: string, shared: boolean) {
  const p = await load(ctx, id, true);
  if (p.blueCardNumber) throw new AppError(409, 'blueCardNotShared', 'error.alcohol.blueCardNotShared');
  if (shared !== (p.sharedOn !== null))
    await repo.setShared(ctx.q, id, shared ? todayInPoland() : null, ctx.actor.id);
  await ctx.audit({ action: shared ? 'share' : 'unshare', entity: PROCEEDING, entityId: id });
  return getProceeding(ctx, id);
}

/**
 * What a worker outside the commission learns about a person they work with: that a proceeding
 * exists and since when it is shared. A person out of their scope, and a person with no shared
 * proceeding, answer as a missing record does. The read is logged.
 */
export async function proceedingNotice(ctx: StaffContext, personId: string) {
  const sharedOn = (await personVisible(ctx.q, ctx.actor, personId))
    ? await repo.sharedNotice(ctx.q, personId)
    : null;
  if (!sharedOn) throw notFound();
  await ctx.audit({
    action: 'read',
    entity: 'alcoholProceedingNotice',
    entityId: personId,
    persons: [personId],
  });
  return { sharedOn };
}

/** The secretary's home page: open proceedings by their next deadline, the overdue marked. */
export async function deadlines(ctx: StaffContext, today: string) {
  const rows = await repo.dueList(ctx.q, 200);
  await ctx.audit({
    action: 'list',
    entity: PROCEEDING,
    details: { deadlines: rows.length },
    persons: rows.map((r) => r.person.id),
  });
  return { items: rows.map((r) => ({ ...r, overdue: r.nextDue! < today })) };
}

function decodePdf(a: { fileName: string; dataBase64: string }) {
  const bytes = Buffer.from(a.dataBase64, 'base64');
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
    throw fieldError('attachment.dataBase64', 'validation.alcohol.notPdf');
  return bytes;
}

export async function addEvent(ctx: StaffContext, id: string, body: Out<typeof ProceedingEventInput>) {
  const p = await load(ctx, id, true);
  const log = await repo.events(ctx.q, id);
  if (!allowedEvents(log).includes(body.type))
    throw new AppError(409, 'eventNotAllowed', 'error.alcohol.eventNotAllowed');
  const problem = eventDateProblem(p.reportedOn, log, body);
  if (problem) throw fieldError(problem[0], problem[1]);
  const { type, on, ...rest } = body;
  const attachment = 'attachment' in rest && rest.attachment ? rest.attachment : null;
  const bytes = attachment ? decodePdf(attachment) : null;
  const details: Record<string, unknown> = { ...rest };
  delete details.attachment;
  const eventId = await repo.appendEvent(
    ctx.q,
    id,
    { type, on, details, attachment: bytes, attachmentName: attachment?.fileName ?? null },
    ctx.actor.id,
  );
  const next = [...log, { type, on, details }];
  const due = nextDeadline(p.reportedOn, next);
  await repo.setState(ctx.q, id, {
    status: proceedingStatus(next),
    nextDue: due?.due ?? null,
    nextDueKind: due?.kind ?? null,
    ...(type === 'close' ? { closedOn: on, closeReason: String(details.reason) } : {}),
  });
  await ctx.audit({ action: type, entity: PROCEEDING, entityId: id, details: { eventId } });
  return getProceeding(ctx, id);
}

/** The letter an event prints: the invitation, the experts' referral, the petition to the court. */
export async function eventLetter(ctx: StaffContext, id: string, eventId: string) {
  const p = await load(ctx, id);
  const log = await repo.events(ctx.q, id);
  const at = log.findIndex((e) => e.id === eventId);
  const e = log[at];
  if (!e || !(LETTER_EVENTS as readonly string[]).includes(e.type)) throw notFound();
  const head = await letterhead(ctx);
  const person = {
    fullName: p.person.fullName,
    address: p.personAddress,
    birthDate: p.personBirthDate,
    pesel: p.personPesel,
  };
  const d = e.details as Record<string, string>;
  const type = e.type as EventType;
  const pdf =
    type === 'invitation'
      ? await documents.invitationLetter({
          head,
          number: p.number,
          on: e.on,
          addresseeName: d.addresseeName!,
          address: p.personAddress,
          person: p.person.fullName,
          aboutFamily: d.addressee === 'family',
          appointmentOn: d.appointmentOn!,
          appointmentAt: d.appointmentAt!,
          place: d.place!,
        })
      : type === 'expertReferral'
        ? await documents.expertReferralLetter({
            head,
            number: p.number,
            on: e.on,
            person,
            psychiatrist: d.psychiatrist!,
            psychologist: d.psychologist!,
            examinationOn: d.examinationOn!,
          })
        : await documents.courtPetition({
            head,
            number: p.number,
            on: e.on,
            court: d.court!,
            person,
            grounds: p.grounds.map((g) => GROUND_TEXT[g]),
            // What was on file when the petition was filed.
            facts: petitionFacts(p, log.slice(0, at)),
            attachments: petitionAttachments(p, log.slice(0, at)),
          });
  await ctx.audit({ action: 'print', entity: PROCEEDING, entityId: id, details: { eventId, type } });
  return { pdf, filename: `${type}-${p.number.replaceAll('/', '-')}.pdf` };
}

export async function eventAttachment(ctx: StaffContext, id: string, eventId: string) {
  const a = await repo.attachment(ctx.q, id, eventId);
  if (!a) throw notFound();
  await ctx.audit({ action: 'readAttachment', entity: PROCEEDING, entityId: id, details: { eventId } });
  return a;
}

// Sale permits.
const SHOP = 'alcoholShop';
const NameCursor = z.tuple([z.string().max(200), keyId]);

export async function listPermitRules(ctx: StaffContext) {
  return { items: await repo.permitRules(ctx.q), nextCursor: null };
}

export async function addPermitRules(ctx: StaffContext, body: Out<typeof AddPermitRules>) {
  const id = await repo.insertPermitRules(ctx.q, body);
  if (!id) throw fieldError('validFrom', 'validation.alcohol.rulesExist');
  await ctx.audit({ action: 'create', entity: 'alcoholPermitRules', entityId: id });
  return { ...body, id };
}

export async function listShops(ctx: StaffContext, query: { after?: string | undefined; limit: number }) {
  const cursor = decodeCursor(NameCursor, query.after);
  const rows = await repo.shops(ctx.q, cursor, query.limit + 1);
  await ctx.audit({ action: 'list', entity: SHOP });
  return toPage(rows, query.limit, (r) => [r.name, r.id]);
}

export async function addShop(ctx: StaffContext, body: Out<typeof AddShop>) {
  const id = await repo.insertShop(ctx.q, body);
  await ctx.audit({ action: 'create', entity: SHOP, entityId: id });
  return getShop(ctx, id);
}

export async function getShop(ctx: StaffContext, id: string) {
  const s = await repo.findShop(ctx.q, id);
  if (!s) throw notFound();
  await ctx.audit({ action: 'read', entity: SHOP, entityId: id });
  return s;
}

/**
 * The commission's opinion on a permit application: the limit counted from the positive opinions
 * in force on the first day applied for, the distance rule of the council's resolution that day.
 */
export async function addPermitOpinion(
  ctx: StaffContext,
  shopId: string,
  body: Out<typeof AddPermitOpinion>,
) {
  if (!(await repo.findShop(ctx.q, shopId))) throw notFound();
  if (body.opinionOn > todayInPoland()) throw fieldError('opinionOn', 'validation.alcohol.future');
  // One opinion at a time, so two applications cannot both take the last permit under the limit.
  await repo.lockPermitOpinions(ctx.q);
  const rules = await repo.permitRulesOn(ctx.q, body.opinionOn);
  const kinds = [...new Set(body.kinds)];
  const limits = permitLimits(
    kinds,
    rules?.limits[body.premises] ?? null,
    await repo.permitsInForce(ctx.q, body.premises, body.validFrom),
  );
  const minDistanceM = rules?.minDistanceM ?? null;
  const problem = permitOpinionProblem({ ...body, minDistanceM, limits });
  if (problem) throw fieldError(problem[0], problem[1]);
  const id = await repo.insertPermitOpinion(
    ctx.q,
    shopId,
    { ...body, kinds, reason: body.reason ?? null, minDistanceM, limits },
    ctx.actor.id,
  );
  await ctx.audit({ action: 'opinion', entity: SHOP, entityId: shopId, details: { opinionId: id } });
  return getShop(ctx, shopId);
}

export async function opinionsOfYear(
  ctx: StaffContext,
  query: { year: number; after?: string | undefined; limit: number },
) {
  const cursor = decodeCursor(DateCursor, query.after);
  const rows = await repo.opinionsOfYear(ctx.q, query.year, cursor, query.limit + 1);
  await ctx.audit({ action: 'list', entity: 'alcoholPermitOpinion', details: { year: query.year } });
  return {
    ...toPage(rows, query.limit, (r) => [r.opinionOn, r.id]),
    totals: await repo.opinionTotals(ctx.q, query.year),
  };
}

export async function addInspection(ctx: StaffContext, shopId: string, body: Out<typeof AddInspection>) {
  if (!(await repo.findShop(ctx.q, shopId))) throw notFound();
  if (body.on > todayInPoland()) throw fieldError('on', 'validation.alcohol.future');
  const id = await repo.insertInspection(
    ctx.q,
    shopId,
    { ...body, recommendations: body.recommendations ?? null },
    ctx.actor.id,
  );
  await ctx.audit({ action: 'inspect', entity: SHOP, entityId: shopId, details: { inspectionId: id } });
  return getShop(ctx, shopId);
}

export async function inspectionProtocol(ctx: StaffContext, id: string) {
  const i = await repo.findInspection(ctx.q, id);
  if (!i) throw notFound();
  await ctx.audit({ action: 'print', entity: 'alcoholInspection', entityId: id });
  return {
    pdf: await documents.inspectionProtocol({ head: await letterhead(ctx), ...i }),
    filename: `kontrola-${i.on}.pdf`,
  };
}

export async function addSellerTraining(
  ctx: StaffContext,
  shopId: string,
  body: Out<typeof AddSellerTraining>,
) {
  if (!(await repo.findShop(ctx.q, shopId))) throw notFound();
  await repo.insertSellerTraining(ctx.q, shopId, body);
  await ctx.audit({ action: 'sellerTraining', entity: SHOP, entityId: shopId });
  return getShop(ctx, shopId);
}

// The consultation point: its groups, and its year in figures.
const GROUP = 'alcoholSupportGroup';

export async function groupsOfYear(ctx: StaffContext, year: number) {
  await ctx.audit({ action: 'list', entity: GROUP, details: { year } });
  return { items: await repo.groupsOfYear(ctx.q, year), nextCursor: null };
}

export async function addGroup(ctx: StaffContext, body: Out<typeof AddGroup>) {
  const id = await repo.insertGroup(ctx.q, { ...body, endedOn: body.endedOn ?? null });
  await ctx.audit({ action: 'create', entity: GROUP, entityId: id });
  return (await repo.findGroup(ctx.q, id))!;
}

export async function addGroupSession(ctx: StaffContext, id: string, body: Out<typeof AddGroupSession>) {
  const g = await repo.findGroup(ctx.q, id);
  if (!g) throw notFound();
  if (body.heldOn < g.startedOn || (g.endedOn && body.heldOn > g.endedOn))
    throw fieldError('heldOn', 'validation.alcohol.outsideGroup');
  if (body.heldOn > todayInPoland()) throw fieldError('heldOn', 'validation.date.future');
  if (body.present > g.participants) throw fieldError('present', 'validation.alcohol.moreThanEnrolled');
  await repo.insertGroupSession(ctx.q, id, { ...body, topic: body.topic ?? null });
  await ctx.audit({ action: 'session', entity: GROUP, entityId: id });
  return (await repo.findGroup(ctx.q, id))!;
}

/** The point's year: consultations of its specialists (anonymous ones counted), groups' hours. */
export async function pointYear(ctx: StaffContext, year: number) {
  const groups = await repo.groupsOfYear(ctx.q, year);
  await ctx.audit({ action: 'read', entity: 'consultationPointYear', details: { year } });
  return {
    year,
    consultations: await counselling.yearCounts(ctx, year, true),
    groups: {
      count: groups.length,
      sessions: groups.reduce((n, g) => n + g.sessions.length, 0),
      minutes: groups.reduce((n, g) => n + g.minutes, 0),
      participants: groups.reduce((n, g) => n + g.participants, 0),
    },
  };
}
