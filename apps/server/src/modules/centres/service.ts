import { addDays } from '@ostoja/domain/calendar/working-days';
import type {
  ActivityInput,
  EnrolInput,
  EnrolmentStatus,
  FacilityInput,
} from '@ostoja/domain/centres/facility';
import { dayFee, monthFee, monthFigures, nextOffer, openDays, opensOn } from '@ostoja/domain/centres/rules';
import { todayInPoland } from '@ostoja/domain/shared/today';
import { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, conflict, fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, keyDate, keyId, keyTimestamp, namePage, toPage } from '../../shared/cursor.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import * as orgRepo from '../org/repo.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as servicesRepo from '../services/repo.ts';
import { consentPdf } from './consent-pdf.ts';
import * as repo from './repo.ts';

// Support centres and clubs: places, enrolment with the waiting list, the consent, attendance,
// the month's report and the classes. Each use case runs in the route's one transaction.

type Out<S extends z.ZodType> = z.output<S>;

const QueueCursor = z.tuple([keyTimestamp, keyId]);
const DateCursor = z.tuple([keyDate, keyId]);

export const listFacilities = namePage(repo.listFacilities);

export async function getFacility(ctx: StaffContext, id: string) {
  const f = await repo.findFacility(ctx.q, id);
  if (!f) throw notFound();
  return f;
}

export async function addFacility(ctx: StaffContext, input: Out<typeof FacilityInput>) {
  if (await repo.facilityNameTaken(ctx.q, input.name))
    throw conflict('centres.nameTaken', 'error.validation', [
      { path: 'name', message: 'validation.centres.nameTaken' },
    ]);
  const id = await repo.insertFacility(ctx.q, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'facility', entityId: id, details: { name: input.name } });
  return getFacility(ctx, id);
}

function status(e: Pick<repo.EnrolmentRow, 'endedOn' | 'enrolledOn' | 'offeredOn'>): EnrolmentStatus {
  if (e.endedOn) return 'ended';
  if (e.enrolledOn) return 'enrolled';
  return e.offeredOn ? 'offered' : 'waiting';
}

const view = ({ queuedAt: _q, ...e }: repo.EnrolmentRow) => ({ ...e, status: status(e) });

export async function listEnrolments(
  ctx: StaffContext,
  facilityId: string,
  query: { status: EnrolmentStatus; after?: string | undefined; limit: number },
) {
  await getFacility(ctx, facilityId);
  const rows = await repo.listEnrolments(
    ctx.q,
    facilityId,
    query.status,
    personScope(ctx.actor),
    decodeCursor(QueueCursor, query.after),
    query.limit + 1,
  );
  const page = toPage(rows, query.limit, (e) => [e.queuedAt, e.id], view);
  await ctx.audit({
    action: 'list',
    entity: 'enrolment',
    details: { facilityId, status: query.status, results: page.items.length },
  });
  return page;
}

async function enrolmentOf(ctx: StaffContext, id: string) {
  const e = await repo.findEnrolment(ctx.q, id, personScope(ctx.actor));
  if (!e) throw notFound();
  return e;
}

export async function getEnrolment(ctx: StaffContext, id: string) {
  const e = await enrolmentOf(ctx, id);
  await ctx.audit({ action: 'read', entity: 'enrolment', entityId: id, persons: [e.personId] });
  return view(e);
}

/** Art. 97 ust. 1 and 5 ups: the day's fee from the resolution in force on the day of the request. */
async function feeFor(ctx: StaffContext, input: Out<typeof EnrolInput>) {
  if (!input.fee) throw fieldError('fee', 'validation.centres.feeRequired');
  const table = await servicesRepo.tableOn(ctx.q, 'supportCentreResolution', input.requestedOn);
  const fee = table
    ? dayFee(table, {
        income: input.fee.incomeGrosze,
        size: input.fee.householdSize,
        ...(await criteria(ctx, input.requestedOn)),
      })
    : null;
  if (!table || !fee) throw fieldError('requestedOn', 'validation.centres.noTable');
  return { feeTableId: table.id, dailyFeeGrosze: fee.dailyFeeGrosze, feeSteps: fee.steps };
}

async function criteria(ctx: StaffContext, on: string) {
  const period = await benefitsRepo.periodOn(ctx.q, on);
  if (!period) throw fieldError('requestedOn', 'validation.benefits.noParameters?from=2015-10-01');
  return { criterionSingle: period.criterionSingle, criterionPerPerson: period.criterionPerPerson };
}

/**
 * A request for a place: enrolled at once while a place is free and nobody waits, otherwise on
 * the waiting list in the order of requests. The facility row is locked, so two requests for the
 * last place queue one behind the other.
 */
export async function enrol(ctx: StaffContext, facilityId: string, input: Out<typeof EnrolInput>) {
  const f = await repo.findFacility(ctx.q, facilityId, true);
  if (!f) throw notFound();
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.centres.unknownPerson');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  if (await repo.openEnrolmentOf(ctx.q, facilityId, input.personId))
    throw fieldConflict('centres.alreadyEnrolled', 'personId');
  const fee = f.charged ? await feeFor(ctx, input) : { feeTableId: null, dailyFeeGrosze: null, feeSteps: [] };
  const free =
    (await repo.placesTaken(ctx.q, facilityId)) < f.capacity &&
    (await repo.waitingQueue(ctx.q, facilityId)).length === 0;
  const id = await repo.insertEnrolment(
    ctx.q,
    {
      facilityId,
      personId: input.personId,
      requestedOn: input.requestedOn,
      enrolledOn: free ? input.requestedOn : null,
      referredBy: input.referredBy,
      referrerName: input.referrerName ?? null,
      consentBy: input.consentBy,
      guardianName: input.consentBy === 'parent' ? (input.guardianName ?? null) : null,
      ...fee,
    },
    ctx.actor.id,
  );
  await ctx.audit({
    action: 'create',
    entity: 'enrolment',
    entityId: id,
    details: { facilityId, personId: input.personId, waiting: !free },
  });
  return view((await repo.findEnrolment(ctx.q, id, personScope(ctx.actor)))!);
}

/** A freed place goes to the first on the list (first come, first served), held for them as an offer. */
async function offerFreedPlaces(ctx: StaffContext, facilityId: string, on: string) {
  const f = (await repo.findFacility(ctx.q, facilityId))!;
  const next = nextOffer(
    f.capacity,
    await repo.placesTaken(ctx.q, facilityId),
    await repo.waitingQueue(ctx.q, facilityId),
  );
  if (!next) return;
  await repo.setOffered(ctx.q, next.id, on);
  await ctx.audit({ action: 'offer', entity: 'enrolment', entityId: next.id, details: { facilityId } });
}

/** Ends a participation, or takes a person off the list (declining an offered place too); the place goes on. */
export async function end(ctx: StaffContext, id: string, input: { on: string; reason: string }) {
  const e = await enrolmentOf(ctx, id);
  await repo.findFacility(ctx.q, e.facilityId, true);
  if (e.endedOn) throw conflict('centres.ended', 'error.centres.ended');
  if (input.on < (e.enrolledOn ?? e.requestedOn)) throw fieldError('on', 'validation.centres.beforeStart');
  await repo.setEnded(ctx.q, id, input.on, input.reason);
  await ctx.audit({ action: 'end', entity: 'enrolment', entityId: id });
  await offerFreedPlaces(ctx, e.facilityId, input.on);
  return view((await enrolmentOf(ctx, id))!);
}

/** The person takes the place offered to them. */
export async function accept(ctx: StaffContext, id: string, on: string) {
  const e = await enrolmentOf(ctx, id);
  if (status(e) !== 'offered') throw conflict('centres.notOffered', 'error.centres.notWaiting');
  if (on < e.offeredOn!) throw fieldError('on', 'validation.centres.beforeStart');
  await repo.setEnrolled(ctx.q, id, on);
  await ctx.audit({ action: 'enrol', entity: 'enrolment', entityId: id });
  return view(await enrolmentOf(ctx, id));
}

/** The signed consent came back: from that day attendance may be recorded. */
export async function signConsent(ctx: StaffContext, id: string, on: string) {
  const e = await enrolmentOf(ctx, id);
  if (e.endedOn) throw conflict('centres.ended', 'error.centres.ended');
  if (on < e.requestedOn) throw fieldError('on', 'validation.centres.beforeStart');
  await repo.setConsentSigned(ctx.q, id, on);
  await ctx.audit({ action: 'consent', entity: 'enrolment', entityId: id });
  return view(await enrolmentOf(ctx, id));
}

const REFERRER_PL = {
  socialWorker: 'pracownik socjalny',
  psychologist: 'psycholog',
  school: 'szkoła (pedagog szkolny)',
  self: 'z własnej inicjatywy',
  other: 'inna instytucja',
} as const;
const DAY_PL = ['', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'];

export async function consentDocument(ctx: StaffContext, id: string) {
  const e = await enrolmentOf(ctx, id);
  const f = (await repo.findFacility(ctx.q, e.facilityId))!;
  const centre = await orgRepo.centre(ctx.q);
  await ctx.audit({ action: 'print', entity: 'enrolment', entityId: id });
  const pdf = await consentPdf({
    centreName: centre.name,
    city: centre.city,
    facility: {
      name: f.name,
      address: f.address,
      hours: f.openingHours.map((h) => `${DAY_PL[h.day]} ${h.open}–${h.close}`).join(', '),
    },
    person: `${e.firstName} ${e.surname}`,
    guardian: e.guardianName,
    referral: [REFERRER_PL[e.referredBy], e.referrerName].filter(Boolean).join(': '),
    requestedOn: e.requestedOn,
  });
  return { pdf, filename: `zgoda-${e.surname}-${e.requestedOn}.pdf` };
}

const polish = new Intl.Collator('pl');
const byName = (a: { surname: string; firstName: string }, b: { surname: string; firstName: string }) =>
  polish.compare(a.surname, b.surname) || polish.compare(a.firstName, b.firstName);

export async function sheet(ctx: StaffContext, facilityId: string, day: string) {
  const f = await getFacility(ctx, facilityId);
  const rows = (await repo.sheet(ctx.q, facilityId, day, personScope(ctx.actor))).sort(byName);
  await ctx.audit({
    action: 'list',
    entity: 'attendance',
    details: { facilityId, day, results: rows.length },
  });
  return {
    facilityId,
    day,
    open: opensOn(f.openingHours, day),
    rows: rows.map(({ sortKey: _s, ...r }) => r),
  };
}

/** Present or absent on a day: the place open, the person enrolled then with a signed consent, never ahead of today. */
export async function mark(ctx: StaffContext, id: string, day: string, present: boolean) {
  const e = await enrolmentOf(ctx, id);
  const f = (await repo.findFacility(ctx.q, e.facilityId))!;
  if (day > todayInPoland()) throw fieldError('day', 'validation.centres.future');
  if (!opensOn(f.openingHours, day)) throw fieldError('day', 'validation.centres.closed');
  if (!e.enrolledOn || e.enrolledOn > day || (e.endedOn && e.endedOn < day))
    throw new AppError(409, 'centres.notEnrolled', 'error.centres.notEnrolled');
  if (!e.consentSignedOn || e.consentSignedOn > day)
    throw new AppError(409, 'centres.noConsent', 'error.centres.noConsent');
  await repo.mark(ctx.q, id, day, present, ctx.actor.id);
  await ctx.audit({ action: 'attendance', entity: 'enrolment', entityId: id, details: { day, present } });
  return { enrolmentId: id, day, present };
}

/** The month at a place: attendance, participants, fees due and what a place and a day of attendance cost. */
export async function report(ctx: StaffContext, facilityId: string, month: string) {
  const f = await getFacility(ctx, facilityId);
  const days = openDays(f.openingHours, month);
  const last = addDays(`${month}-01`, 40).slice(0, 7);
  const rows = (
    await repo.month(ctx.q, facilityId, `${month}-01`, addDays(`${last}-01`, -1), personScope(ctx.actor))
  )
    .sort(byName)
    .map(({ sortKey: _s, dailyFeeGrosze, ...r }) => ({
      ...r,
      feeGrosze: monthFee(dailyFeeGrosze ?? 0, r.daysPresent),
    }));
  const attendanceDays = rows.reduce((s, r) => s + r.daysPresent, 0);
  await ctx.audit({
    action: 'list',
    entity: 'attendanceReport',
    details: { facilityId, month, results: rows.length },
  });
  return {
    facilityId,
    month,
    capacity: f.capacity,
    openDays: days.length,
    attendanceDays,
    participants: rows.filter((r) => r.daysPresent > 0).length,
    ...monthFigures({
      capacity: f.capacity,
      openDays: days.length,
      attendanceDays,
      monthlyCostGrosze: f.monthlyCostGrosze,
    }),
    monthlyCostGrosze: f.monthlyCostGrosze,
    feesGrosze: rows.reduce((s, r) => s + r.feeGrosze, 0),
    rows,
  };
}

export async function listActivities(
  ctx: StaffContext,
  facilityId: string,
  after: string | undefined,
  limit: number,
) {
  await getFacility(ctx, facilityId);
  const rows = await repo.listActivities(
    ctx.q,
    facilityId,
    personScope(ctx.actor),
    decodeCursor(DateCursor, after),
    limit + 1,
  );
  const page = toPage(rows, limit, (a) => [a.heldOn, a.id]);
  await ctx.audit({
    action: 'list',
    entity: 'facilityActivity',
    details: { facilityId, results: page.items.length },
  });
  return page;
}

/** Classes held, with those of the place who took part (each must be enrolled there and visible). */
export async function addActivity(ctx: StaffContext, facilityId: string, input: Out<typeof ActivityInput>) {
  await getFacility(ctx, facilityId);
  const known = await repo.enrolmentsAt(ctx.q, facilityId, input.participants, personScope(ctx.actor));
  const i = input.participants.findIndex((p) => !known.has(p));
  if (i >= 0) throw fieldError(`participants.${i}`, 'validation.centres.notParticipant');
  const id = await repo.insertActivity(ctx.q, facilityId, input, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'facilityActivity', entityId: id, details: { facilityId } });
  return (await repo.findActivity(ctx.q, id, personScope(ctx.actor)))!;
}
